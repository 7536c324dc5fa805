/** Euro amounts the Dutch way: "€ 1.234.567", negatives "−€ 1.234". */
import { formatAbs, GEEN_GEGEVENS, isToonbaar, MIN } from './formatGetal';

/** 1234567 → "€ 1.234.567"; −1234 → "−€ 1.234"; null → "geen gegevens". Whole euros unless `decimals` says otherwise. */
export function formatEuro(n: number | null | undefined, decimals = 0): string {
  if (!isToonbaar(n)) return GEEN_GEGEVENS;
  const { tekst, nul } = formatAbs(n, decimals);
  return `${n < 0 && !nul ? MIN : ''}€ ${tekst}`;
}
