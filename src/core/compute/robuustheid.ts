/**
 * Robuustheid: the share of random weight vectors, uniform on the simplex over the applicable
 * criteria, that give the same Oordeel (stochastic multicriteria acceptability analysis).
 * The draws use a fixed seed so the same workbook always gives the same figure.
 */
import type { CriteriumId, Oordeel } from '../types';
import { CRITERIA } from '../types';
import { weeg } from './scoring';

export class Trekkingen {
  /** draws × 6 exponential variates; normalising any subset gives a uniform simplex point. */
  private readonly e: Float64Array;
  private readonly cache = new Map<string, number>();

  constructor(readonly aantal: number, seed: number) {
    const rnd = mulberry32(seed);
    this.e = new Float64Array(aantal * CRITERIA.length);
    for (let i = 0; i < this.e.length; i++) this.e[i] = -Math.log(1 - rnd());
  }

  /** Share of draws whose Oordeel equals `oordeel`, for these scores over these criteria. */
  robuustheid(scores: Partial<Record<CriteriumId, number | null>>, criteria: readonly CriteriumId[], oordeel: Oordeel): number {
    if (criteria.length === 0) return 1;
    const key = `${oordeel}|${criteria.map((c) => `${c}:${scores[c] ?? '-'}`).join(',')}`;
    const bekend = this.cache.get(key);
    if (bekend !== undefined) return bekend;
    const kolom = criteria.map((c) => CRITERIA.indexOf(c));
    let gelijk = 0;
    for (let d = 0; d < this.aantal; d++) {
      const base = d * CRITERIA.length;
      const w = weeg(scores, criteria, (id) => this.e[base + kolom[criteria.indexOf(id)]]);
      if (w.oordeel === oordeel) gelijk += 1;
    }
    const uit = gelijk / this.aantal;
    this.cache.set(key, uit);
    return uit;
  }
}

/** Small, fast, seedable PRNG (public-domain mulberry32); uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
