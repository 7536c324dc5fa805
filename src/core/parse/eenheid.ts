/**
 * Units of amounts as finance sheets write them in a title or header ("x € 1.000",
 * "bedragen x 1.000", "in duizenden euro", "x € 1 mln") and exact decimal scaling.
 */
import type { CellValue } from '../types';

const MILJOEN = [
  /(?<![a-z])(?:x|×)\s*(?:€|eur|euro)?\s*1\s*(?:mln|miljoen)/,
  /(?<![a-z])(?:x|×|in)\s*(?:€|eur|euro)?\s*1[.,\s]000[.,\s]000(?!\d)/,
  /in\s+miljoenen/,
];
const DUIZEND = [
  /(?<![a-z])(?:x|×|in)\s*(?:€|eur|euro)?\s*1[.,\s]?000(?![.,\s]?\d)/,
  /in\s+duizenden/,
  /(?<![a-z])x\s*duizend/,
  /(?:^|[^a-z])k€|€\s*k(?![a-z])|(?:^|[^a-z])keur(?![a-z])/,
];

/** Matches every unit phrase, so header text can be compared without it. */
export const EENHEID_PATROON =
  /\(?\s*(?:bedragen\s*)?(?<![a-z])(?:(?:x|×|in)\s*(?:€|eur|euro)?\s*1(?:[.,\s]?000){1,2}(?!\d)|(?:x|×)\s*(?:€|eur|euro)?\s*1\s*(?:mln|miljoen)|in\s+(?:duizenden|miljoenen)(?:\s+euro)?|x\s*duizend|k€)\s*\)?/g;

/** The multiplier a unit phrase in `value` asks for (1000, 1e6), or null when there is none. */
export function detectEenheid(value: CellValue): number | null {
  if (typeof value !== 'string') return null;
  const text = value.toLowerCase();
  if (MILJOEN.some((p) => p.test(text))) return 1e6;
  if (DUIZEND.some((p) => p.test(text))) return 1000;
  return null;
}

/**
 * `value` × `factor` for a power-of-ten factor, computed on the decimal text so that
 * 1,005 × 1.000 gives exactly 1005 (binary multiplication would give 1004.9999999999999).
 */
export function scaleGetal(value: number, factor: number): number {
  if (factor === 1 || value === 0) return value;
  const product = value * factor;
  if (Number.isInteger(value) && Number.isSafeInteger(product)) return product;
  // Fast path: the decimal result is a whole number when shifting it back gives the same value.
  const geheel = Math.round(product);
  if (Number.isSafeInteger(geheel) && geheel / factor === value) return geheel;
  const exponent = Math.round(Math.log10(factor));
  if (10 ** exponent !== factor) return value * factor;
  const [mantisse, exp = '0'] = String(value).split('e');
  return Number(`${mantisse}e${Number(exp) + exponent}`);
}
