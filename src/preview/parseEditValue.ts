/** What a typed cell entry becomes, as Excel would store it: a number, text, or an empty cell. */
import type { CellValue } from '../core/types';

/**
 * "" → empty; "1234", "-5", "12,5" (Dutch decimal comma) or "12.5" → a number; anything else
 * stays text ("1.234.567" too: the core reads Dutch notation in text itself, as it does for a
 * pasted ledger).
 */
export function parseEditValue(text: string): CellValue {
  const schoon = text.trim();
  if (schoon === '') return null;
  if (/^[-+]?\d+([.,]\d+)?$/.test(schoon)) return Number(schoon.replace(',', '.'));
  return text;
}
