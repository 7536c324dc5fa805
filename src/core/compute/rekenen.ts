/**
 * Small arithmetic helpers that never let NaN or Infinity out: every "cannot compute"
 * becomes null, which the sheets show as "geen gegevens".
 */

/** Mean of the finite numbers; null when there are none. */
export function gemiddelde(waarden: readonly (number | null | undefined)[]): number | null {
  let som = 0;
  let n = 0;
  for (const w of waarden) {
    if (typeof w === 'number' && Number.isFinite(w)) {
      som += w;
      n += 1;
    }
  }
  return n === 0 ? null : som / n;
}

/**
 * Below this a denominator counts as zero (no amount in euros, fte or percent is that small).
 * Without it a quotient over a near-zero figure can overflow to Infinity (and become null) while
 * a slightly smaller numerator gives a finite, absurd figure: lower costs then produced a worse
 * score than "geen gegevens" (found by the K2 property test).
 */
export const NIHIL = 1e-9;

/** a / b, null when b is (near) zero or either side is missing. */
export function deel(a: number | null, b: number | null): number | null {
  if (a === null || b === null || Math.abs(b) < NIHIL) return null;
  const q = a / b;
  return Number.isFinite(q) ? q : null;
}

/**
 * Δ% = (peil − nulLijn) / nulLijn × 100. A nul-lijn of (near) 0, a negative one (a net credit,
 * for which a percentage change has no meaning) or a missing side gives null.
 */
export function deltaPct(peil: number | null, nulLijn: number | null): number | null {
  if (peil === null || nulLijn === null || !(nulLijn >= NIHIL)) return null;
  const d = ((peil - nulLijn) / nulLijn) * 100;
  return Number.isFinite(d) ? d : null;
}

/** Rounds to 6 decimals, symmetric around zero, so 8,0 − 7,7 counts as exactly 0,3. */
export function rond6(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x) * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}
