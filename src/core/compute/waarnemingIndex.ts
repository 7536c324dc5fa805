/**
 * Fast look-up of the parsed figures by taakveld, measure, year and soort, so every later
 * step is a map read instead of a scan (the core must stay linear in the number of rows).
 */
import type { Bron, Soort, Waarneming } from '../types';
import { KOSTEN_DELEN } from '../types';

type BasisMaat = Waarneming['maat'];

/** A figure found: the observation itself (no copy on the hot path) or a computed total. */
export interface Gevonden extends Bron {
  waarde: number;
  soort: Soort;
}

export class WaarnemingIndex {
  // Nested maps rather than string keys: look-ups run millions of times and must not allocate.
  private readonly map = new Map<string, Map<BasisMaat, Map<number, Partial<Record<Soort, Waarneming>>>>>();
  readonly jaren: number[];

  constructor(waarnemingen: readonly Waarneming[]) {
    const jaren = new Set<number>();
    for (const w of waarnemingen) {
      let perMaat = this.map.get(w.taakveld);
      if (!perMaat) this.map.set(w.taakveld, (perMaat = new Map()));
      let perJaar = perMaat.get(w.maat);
      if (!perJaar) perMaat.set(w.maat, (perJaar = new Map()));
      const slot = perJaar.get(w.jaar) ?? {};
      slot[w.soort] = w;
      perJaar.set(w.jaar, slot);
      jaren.add(w.jaar);
    }
    this.jaren = [...jaren].sort((a, b) => a - b);
  }

  /** The figure of exactly this soort, or undefined. */
  get(taakveld: string, maat: BasisMaat, jaar: number, soort: Soort): Gevonden | undefined {
    return this.map.get(taakveld)?.get(maat)?.get(jaar)?.[soort];
  }

  /**
   * Totale kosten for exactly this soort: the sum of the four parts when all are there,
   * else a total given directly (a sheet with one total per row), else undefined.
   */
  totaleKosten(taakveld: string, jaar: number, soort: Soort): Gevonden | undefined {
    const delen = KOSTEN_DELEN.map((m) => this.get(taakveld, m, jaar, soort));
    if (delen.every((d): d is Gevonden => d !== undefined)) {
      return { waarde: delen.reduce((s, d) => s + d.waarde, 0), soort, sheet: delen[0].sheet, cell: delen[0].cell };
    }
    return this.get(taakveld, 'Totale kosten', jaar, soort);
  }

  /** True when the taakveld has any figure for this measure. */
  heeft(taakveld: string, maat: BasisMaat): boolean {
    return this.map.get(taakveld)?.has(maat) ?? false;
  }
}
