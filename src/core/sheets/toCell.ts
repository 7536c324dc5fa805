/**
 * Turning core figures into cell values. A cell gets a real number or a Dutch text, never NaN or
 * Infinity and never a number written as text: Excel's colour scales skip the text cells.
 */
import { GEEN_GEGEVENS, isToonbaar } from '../format';
import type { CellValue } from '../types';

/** Written where a criterion or column does not apply (K6 for Bedrijfsvoering). */
export const NVT = 'n.v.t.';

/** A figure as a cell: the number itself, or "geen gegevens" when missing or not finite. */
export function toCell(n: number | null | undefined): CellValue {
  return isToonbaar(n) ? n : GEEN_GEGEVENS;
}

/** A percent number (3.2 = 3,2 %) as the fraction Excel's `%` formats expect (0.032). */
export function toFractieCell(pct: number | null | undefined): CellValue {
  return isToonbaar(pct) ? pct / 100 : GEEN_GEGEVENS;
}

/** Optional text: empty becomes a blank cell rather than an empty string. */
export function toTextCell(text: string | null | undefined): CellValue {
  return text === undefined || text === null || text === '' ? null : text;
}

/** One data row for a table that would otherwise be empty (Excel needs at least one). */
export function buildLegeRij(columns: number): CellValue[] {
  return [GEEN_GEGEVENS, ...new Array<CellValue>(Math.max(columns - 1, 0)).fill(null)];
}
