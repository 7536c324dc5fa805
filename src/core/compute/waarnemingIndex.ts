/**
 * Fast look-up of the parsed figures by taakveld, measure, year and soort, so every later
 * step is a map read instead of a scan (the core must stay linear in the number of rows).
 */
import type { Bron, Soort, Waarneming } from '../types';
import { KOSTEN_DELEN } from '../types';

type BasisMaat = Waarneming['maat'];

export interface Gevonden {
  waarde: number;
  soort: Soort;
  bron: Bron;
}

export class WaarnemingIndex {
  private readonly map = new Map<string, Map<number, Partial<Record<Soort, Waarneming>>>>();
  readonly jaren: number[];

  constructor(waarnemingen: readonly Waarneming[]) {
    const jaren = new Set<number>();
    for (const w of waarnemingen) {
      const key = sleutel(w.taakveld, w.maat);
      let perJaar = this.map.get(key);
      if (!perJaar) this.map.set(key, (perJaar = new Map()));
      const slot = perJaar.get(w.jaar) ?? {};
      slot[w.soort] = w;
      perJaar.set(w.jaar, slot);
      jaren.add(w.jaar);
    }
    this.jaren = [...jaren].sort((a, b) => a - b);
  }

  /** The figure of exactly this soort, or undefined. */
  get(taakveld: string, maat: BasisMaat, jaar: number, soort: Soort): Gevonden | undefined {
    const w = this.map.get(sleutel(taakveld, maat))?.get(jaar)?.[soort];
    return w ? { waarde: w.waarde, soort, bron: { sheet: w.sheet, cell: w.cell } } : undefined;
  }

  /**
   * Totale kosten for exactly this soort: the sum of the four parts when all are there,
   * else a total given directly (a sheet with one total per row), else undefined.
   */
  totaleKosten(taakveld: string, jaar: number, soort: Soort): Gevonden | undefined {
    const delen = KOSTEN_DELEN.map((m) => this.get(taakveld, m, jaar, soort));
    if (delen.every((d): d is Gevonden => d !== undefined)) {
      return { waarde: delen.reduce((s, d) => s + d.waarde, 0), soort, bron: delen[0].bron };
    }
    return this.get(taakveld, 'Totale kosten', jaar, soort);
  }

  /** True when the taakveld has any figure for this measure. */
  heeft(taakveld: string, maat: BasisMaat): boolean {
    return this.map.has(sleutel(taakveld, maat));
  }
}

function sleutel(taakveld: string, maat: BasisMaat): string {
  return `${taakveld}\u0000${maat}`;
}
