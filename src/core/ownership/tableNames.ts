/**
 * Excel's rules for table names: letters, digits, "_", "." and "\", starting with a letter,
 * "_" or "\", at most 255 characters, not a cell reference (A1 or R1C1 style), and unique in
 * the workbook without regard to case (defined names share that namespace).
 */
import { claimName } from './claimName';

export const TABLE_NAME_MAX = 255;

/** Whether the name reads as a cell reference ("AB12", "R1C1", "R", "C"), which Excel refuses. */
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    let column = 0;
    for (const ch of a1[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
    if (column <= 16384 && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  }
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/** Whether Excel accepts `name` as a table name (uniqueness aside). */
export function isValidTableName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= TABLE_NAME_MAX &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !looksLikeReference(name)
  );
}

/** A name Excel accepts: other characters become "_", a leading digit gets "_" in front. */
export function cleanTableName(name: string): string {
  let cleaned = name.replace(/[^A-Za-z0-9_.\\]/g, '_');
  if (!/^[A-Za-z_\\]/.test(cleaned)) cleaned = `_${cleaned}`;
  if (looksLikeReference(cleaned)) cleaned = `${cleaned}_`;
  return cleaned.slice(0, TABLE_NAME_MAX - 12);
}

/**
 * The first of `name(1)`, `name(2)`, … that is valid and not in `taken` (lower-cased);
 * adds it to `taken`.
 */
export function claimTableName(taken: Set<string>, name: (n: number) => string): string {
  return claimName(taken, name, isValidTableName);
}

/** Table names for a new block: "Toets", "Toets_2", … */
export function tableNameCandidate(base: string): (n: number) => string {
  const clean = cleanTableName(base);
  return (n) => (n === 1 ? clean : `${clean}_${n}`);
}

/** Table names on a backed-up sheet: "Toets_bewerkt", "Toets_bewerkt2", … */
export function backupTableNameCandidate(base: string): (n: number) => string {
  const clean = cleanTableName(base);
  return (n) => (n === 1 ? `${clean}_bewerkt` : `${clean}_bewerkt${n}`);
}
