/**
 * Scores of design section 7: indicator scores from four thresholds, criterion means,
 * the weighted Totaal, Dekking and the Oordeel.
 */
import type { IndicatorUitkomst } from '../analyse';
import { CRITERIA_DEFINITIES } from '../criteria';
import type { CriteriumId, Domein, Drempels, Instellingen, Oordeel } from '../types';
import { rond6 } from './rekenen';

/**
 * Score in {−2, −1, 0, +1, +2} for a change `x` where higher is better:
 * x ≤ t1 → −2; t1 < x ≤ t2 → −1; t2 < x < t3 → 0; t3 ≤ x < t4 → +1; x ≥ t4 → +2.
 * `x` is rounded to 6 decimals first, so 8,0 − 7,7 counts as exactly 0,3.
 */
export function scoreHoger(x: number, [t1, t2, t3, t4]: Drempels): number {
  const v = rond6(x);
  if (v <= t1) return -2;
  if (v <= t2) return -1;
  if (v < t3) return 0;
  if (v < t4) return 1;
  return 2;
}

/** Score of one measured value by the indicator's direction. */
export function scoreIndicator(x: number, drempels: Drempels, beter: 'hoger' | 'lager' | 'direct'): number {
  if (beter === 'direct') return Math.min(2, Math.max(-2, x));
  const s = scoreHoger(x, drempels);
  return beter === 'hoger' ? s : s === 0 ? 0 : -s;
}

/** The criteria that apply to a taakveld: K6 only for Domein = Beleid. */
export function toepasbareCriteria(domein: Domein): CriteriumId[] {
  return CRITERIA_DEFINITIES.filter((c) => !c.alleenBeleid || domein === 'Beleid').map((c) => c.id);
}

/** Criterion score = mean of its indicators with data; null = geen gegevens. */
export function scoreCriteria(indicatoren: readonly IndicatorUitkomst[], criteria: readonly CriteriumId[]): Partial<Record<CriteriumId, number | null>> {
  const uit: Partial<Record<CriteriumId, number | null>> = {};
  for (const id of criteria) {
    let som = 0;
    let n = 0;
    for (const i of indicatoren) {
      if (i.criterium === id && i.score !== null) {
        som += i.score;
        n += 1;
      }
    }
    uit[id] = n === 0 ? null : som / n;
  }
  return uit;
}

export interface Weging {
  totaal: number | null;
  dekking: number;
  oordeel: Oordeel;
}

/**
 * Totaal = Σ wᵢ·sᵢ / Σ wᵢ over the active criteria with data; Dekking = Σ wᵢ (with data) /
 * Σ wᵢ (active and applicable). `gewicht` gives the weight of each criterion.
 */
export function weeg(
  scores: Partial<Record<CriteriumId, number | null>>,
  actief: readonly CriteriumId[],
  gewicht: (id: CriteriumId) => number,
): Weging {
  let som = 0;
  let metData = 0;
  let alle = 0;
  for (const id of actief) {
    const w = gewicht(id);
    alle += w;
    const s = scores[id];
    if (s !== null && s !== undefined) {
      som += w * s;
      metData += w;
    }
  }
  const totaal = metData > 0 ? som / metData : null;
  const dekking = alle > 0 ? metData / alle : 0;
  return { totaal, dekking, oordeel: bepaalOordeel(totaal, dekking) };
}

/** Dekking < 50 % → Onvoldoende gegevens; else Totaal ≥ 0,5 Positief, ≤ −0,5 Negatief, else Neutraal. */
export function bepaalOordeel(totaal: number | null, dekking: number): Oordeel {
  if (totaal === null || rond6(dekking) < 0.5) return 'Onvoldoende gegevens';
  const t = rond6(totaal);
  if (t >= 0.5) return 'Positief';
  if (t <= -0.5) return 'Negatief';
  return 'Neutraal';
}

/** Active criteria (switched on, weight > 0) that apply to the domein. */
export function actieveCriteria(domein: Domein, instellingen: Instellingen): CriteriumId[] {
  return toepasbareCriteria(domein).filter((id) => instellingen.actief[id] && instellingen.gewichten[id] > 0);
}
