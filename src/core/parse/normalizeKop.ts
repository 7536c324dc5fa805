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
  return onthoud(NAAM_CACHE, toText(value), (text) => cleanText(text).replace(/\.+$/, '').trim().toLowerCase());
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
  return onthoud(KOP_CACHE, toText(value), (text) =>
    stripAccents(text)
      .replace(EENHEID_PATROON, ' ')
      .replace(/%/g, ' % ')
      .replace(/[^a-z0-9% ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

// The same few header, soort and taakveld texts recur on every row of a 100.000-row sheet;
// normalising each once keeps parsing linear without the regex cost per cell.
const KOP_CACHE = new Map<string, string>();
const NAAM_CACHE = new Map<string, string>();
const MAX_CACHE = 50_000;

/** Pure memo for string → string functions, cleared when it grows past MAX_CACHE. */
export function onthoud<T>(cache: Map<string, T>, text: string, f: (text: string) => T): T {
  const bekend = cache.get(text);
  if (bekend !== undefined) return bekend;
  const uit = f(text);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(text, uit);
  return uit;
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
