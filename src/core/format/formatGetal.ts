/**
 * Dutch number text: "." groups thousands, "," separates decimals, and negatives carry a real
 * minus sign (U+2212). Hand-rolled rather than Intl so every host and ICU version gives the
 * same characters, and so rounding is half away from zero on the number as it reads
 * (1,005 → 1,01), not on its binary expansion.
 */

/** Shown wherever a figure is missing, zero-divided or not finite. */
export const GEEN_GEGEVENS = 'geen gegevens';
/** The real minus sign, so a pasted text never shows a hyphen as a minus. */
export const MIN = '\u2212';

interface Afgerond {
  geheel: string;
  decimalen: string;
  nul: boolean;
}

/** Rounds |n| to `decimals` places on its shortest decimal form; returns the digit strings. */
function roundAbs(n: number, decimals: number): Afgerond {
  // 15 significant digits drop float noise such as 0.30000000000000004 before rounding.
  const schoon = Math.abs(n).toPrecision(15);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(schoon);
  if (!m) throw new RangeError(`Getal niet te lezen: ${schoon}`);
  let cijfers = m[1] + (m[2] ?? '');
  let punt = m[1].length + Number(m[3] ?? 0);
  if (punt < 0) {
    cijfers = '0'.repeat(-punt) + cijfers;
    punt = 0;
  }
  const houden = punt + decimals;
  const basis = cijfers.padEnd(houden, '0').slice(0, houden);
  const omhoog = (cijfers[houden] ?? '0') >= '5';
  const waarde = BigInt(basis === '' ? '0' : basis) + (omhoog ? BigInt(1) : BigInt(0));
  const tekst = waarde.toString().padStart(decimals + 1, '0');
  return {
    geheel: tekst.slice(0, tekst.length - decimals),
    decimalen: tekst.slice(tekst.length - decimals),
    nul: waarde === BigInt(0),
  };
}

/** True for a number that can be shown; null, undefined, NaN and ±Infinity cannot. */
export function isToonbaar(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/**
 * Digits of |n| in Dutch notation plus whether the rounded value is zero; callers add the sign.
 * Exposed for the other formatters; `decimals` must be a whole number 0..10.
 */
export function formatAbs(n: number, decimals: number): { tekst: string; nul: boolean } {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`Aantal decimalen moet 0 t/m 10 zijn, niet ${decimals}`);
  }
  const { geheel, decimalen, nul } = roundAbs(n, decimals);
  const gegroepeerd = geheel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return { tekst: decimals > 0 ? `${gegroepeerd},${decimalen}` : gegroepeerd, nul };
}

/** 1234.5 → "1.234,5" (decimals 1); −3 → "−3"; null → "geen gegevens". */
export function formatGetal(n: number | null | undefined, decimals = 0): string {
  if (!isToonbaar(n)) return GEEN_GEGEVENS;
  const { tekst, nul } = formatAbs(n, decimals);
  return n < 0 && !nul ? `${MIN}${tekst}` : tekst;
}

/** Signed: 0.8 → "+0,8", −1 → "−1,0", 0 → "0,0" (decimals 1); null → "geen gegevens". */
export function formatVerschilGetal(n: number | null | undefined, decimals = 1): string {
  if (!isToonbaar(n)) return GEEN_GEGEVENS;
  const { tekst, nul } = formatAbs(n, decimals);
  if (nul) return tekst;
  return `${n < 0 ? MIN : '+'}${tekst}`;
}

/** A score on the −2..+2 scale: "+0,8", "−1,0", "0,0". */
export function formatScore(n: number | null | undefined): string {
  return formatVerschilGetal(n, 1);
}

/** Formation in fte with two decimals: 4.2 → "4,20 fte". */
export function formatFte(n: number | null | undefined): string {
  return isToonbaar(n) ? `${formatGetal(n, 2)} fte` : GEEN_GEGEVENS;
}
