/**
 * Excel's rules for sheet names: 1–31 characters, none of [ ] : * ? / \, no apostrophe at
 * either end, "History" reserved, unique without regard to case.
 */
import { claimName } from './claimName';

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
const RESERVED = ['history'];

/** Whether Excel accepts `name` as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= SHEET_NAME_MAX &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !RESERVED.includes(name.toLowerCase())
  );
}

/** A name Excel accepts: forbidden characters become "-", cut to 31 characters, never empty. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim().slice(0, SHEET_NAME_MAX).trim();
  if (cleaned === '') return 'Blad';
  return RESERVED.includes(cleaned.toLowerCase()) ? `${cleaned} (2)` : cleaned;
}

/** `base` followed by `suffix`, cutting `base` so the whole stays within 31 characters. */
export function withSuffix(base: string, suffix: string): string {
  const room = SHEET_NAME_MAX - suffix.length;
  return `${base.slice(0, Math.max(room, 1)).trimEnd()}${suffix}`;
}

/**
 * The first of `name(1)`, `name(2)`, … that is a valid sheet name and not in `taken`
 * (lower-cased names). Adds the result to `taken`.
 */
export function claimSheetName(taken: Set<string>, name: (n: number) => string): string {
  return claimName(taken, name, isValidSheetName);
}

/** Names for a new owned sheet: "Toets", "Toets (2)", "Toets (3)", … */
export function ownedNameCandidate(base: string): (n: number) => string {
  return (n) => (n === 1 ? base : withSuffix(base, ` (${n})`));
}

/** Names for a user-edited owned sheet kept as backup: "Toets (bewerkt)", "Toets (bewerkt 2)", … */
export function backupNameCandidate(base: string): (n: number) => string {
  return (n) => withSuffix(base, n === 1 ? ' (bewerkt)' : ` (bewerkt ${n})`);
}
