/**
 * Text keys for comparing what users type: taakveld names, headers and setting labels.
 */
import type { CellValue } from '../types';
import { EENHEID_PATROON } from './eenheid';

/** The text of a cell as the user sees it ('' for empty); numbers in JavaScript notation. */
export function toText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** True for an empty cell or one holding only whitespace. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Trimmed text with internal whitespace (also non-breaking spaces) collapsed to one space. */
export function cleanText(value: CellValue | undefined): string {
  return toText(value).replace(/\s+/g, ' ').trim();
}

/** Key for taakveld names: case- and whitespace-insensitive, a trailing period ignored. */
export function normalizeNaam(value: CellValue | undefined): string {
  return cleanText(value).replace(/\.+$/, '').trim().toLowerCase();
}

/** Lower case without accents: "Materiële" → "materiele". */
function stripAccents(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Key for headers and labels: lower case, no accents, no unit phrase, brackets and
 * punctuation as spaces, '%' kept as a word. "Formatie (fte)" → "formatie fte".
 */
export function normalizeKop(value: CellValue | undefined): string {
  return stripAccents(toText(value))
    .replace(EENHEID_PATROON, ' ')
    .replace(/%/g, ' % ')
    .replace(/[^a-z0-9% ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalizeKop` of the text without anything in brackets: "Klanttevredenheid (1-10)" → "klanttevredenheid". */
export function normalizeKopZonderHaakjes(value: CellValue | undefined): string {
  return normalizeKop(toText(value).replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** `normalizeKop` without spaces: "MTO-score" and "mto score" both give "mtoscore". */
export function compactKop(value: CellValue | undefined): string {
  return normalizeKop(value).replace(/ /g, '');
}

/** True when a header or label, with or without its bracketed part, is one of `synoniemen` (given normalised). */
export function matchesKop(value: CellValue | undefined, synoniemen: readonly string[]): boolean {
  const vol = normalizeKop(value);
  if (vol === '') return false;
  const kort = normalizeKopZonderHaakjes(value);
  const compact = vol.replace(/ /g, '');
  return synoniemen.some((s) => s === vol || s === kort || s.replace(/ /g, '') === compact);
}
