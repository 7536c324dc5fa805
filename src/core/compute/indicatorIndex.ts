/**
 * Indicator values per taakveld, with the municipality-wide `Alle`/`Gemeente` rows as the
 * fallback for taakvelden that have none of their own for that indicator (design section 3).
 */
import type { IndicatorNaam, IndicatorWaarde, NulLijnJaar } from '../types';
import { gemiddelde } from './rekenen';

const ALLE = '\u0000alle';

export interface Verandering {
  waarde: number;
  vanJaren: number[];
  naarJaar: number;
}

export class IndicatorIndex {
  private readonly map = new Map<IndicatorNaam, Map<string, Map<number, number>>>();

  constructor(waarden: readonly IndicatorWaarde[]) {
    for (const w of waarden) {
      let perTaakveld = this.map.get(w.indicator);
      if (!perTaakveld) this.map.set(w.indicator, (perTaakveld = new Map()));
      const key = w.taakveld ?? ALLE;
      let perJaar = perTaakveld.get(key);
      if (!perJaar) perTaakveld.set(key, (perJaar = new Map()));
      perJaar.set(w.jaar, w.waarde);
    }
  }

  /** The taakveld's own series, else the municipality-wide one, else an empty map. */
  reeks(taakveld: string, indicator: IndicatorNaam): Map<number, number> {
    const perTaakveld = this.map.get(indicator);
    return perTaakveld?.get(taakveld) ?? perTaakveld?.get(ALLE) ?? new Map();
  }

  /**
   * Value in the latest year after the nul-lijn years (up to the peiljaar) minus the mean of
   * the nul-lijn years; null when either side has no data.
   */
  verandering(taakveld: string, indicator: IndicatorNaam, nulLijnJaren: readonly NulLijnJaar[], peiljaar: number | null): Verandering | null {
    const reeks = this.reeks(taakveld, indicator);
    const vanJaren = nulLijnJaren.map((j) => j.jaar).filter((j) => reeks.has(j));
    const voor = gemiddelde(vanJaren.map((j) => reeks.get(j)));
    const laatsteNl = Math.max(...nulLijnJaren.map((j) => j.jaar));
    const naarJaar = laatsteJaar(reeks, (j) => j > laatsteNl && (peiljaar === null || j <= peiljaar));
    if (voor === null || naarJaar === null) return null;
    return { waarde: (reeks.get(naarJaar) as number) - voor, vanJaren, naarJaar };
  }

  /** The value in the latest year up to the peiljaar, as-is (Taakuitbreiding, Oordeel). */
  stand(taakveld: string, indicator: IndicatorNaam, peiljaar: number | null): { waarde: number; jaar: number } | null {
    const reeks = this.reeks(taakveld, indicator);
    const jaar = laatsteJaar(reeks, (j) => peiljaar === null || j <= peiljaar);
    return jaar === null ? null : { waarde: reeks.get(jaar) as number, jaar };
  }
}

function laatsteJaar(reeks: Map<number, number>, mag: (jaar: number) => boolean): number | null {
  let best: number | null = null;
  for (const j of reeks.keys()) if (mag(j) && (best === null || j > best)) best = j;
  return best;
}
