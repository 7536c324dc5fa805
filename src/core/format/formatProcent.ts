/**
 * Percentages from percent numbers (3.2 means 3,2 %), as the core keeps them. Written without a
 * space ("3,2%"), as in the municipality's own reports.
 */
import { formatAbs, formatGetal, GEEN_GEGEVENS, isToonbaar, MIN } from './formatGetal';

/** 3.2 → "3,2%"; −3.2 → "−3,2%"; null → "geen gegevens". */
export function formatProcent(n: number | null | undefined, decimals = 1): string {
  return isToonbaar(n) ? `${formatGetal(n, decimals)}%` : GEEN_GEGEVENS;
}

/** Signed change: 3.2 → "+3,2%", −3.2 → "−3,2%", 0 → "0,0%"; null → "geen gegevens". */
export function formatVerschilProcent(n: number | null | undefined, decimals = 1): string {
  if (!isToonbaar(n)) return GEEN_GEGEVENS;
  const { tekst, nul } = formatAbs(n, decimals);
  if (nul) return `${tekst}%`;
  return `${n < 0 ? MIN : '+'}${tekst}%`;
}

/** A share kept as a fraction (0.833 → "83%"), as dekking and robuustheid are. */
export function formatFractie(n: number | null | undefined, decimals = 0): string {
  return isToonbaar(n) ? formatProcent(n * 100, decimals) : GEEN_GEGEVENS;
}
