/**
 * Fast look-up of the parsed figures by taakveld, measure, year and soort, so every later
 * step is an array read instead of a scan (the core must stay linear in the number of rows).
 */
import type { Bron, Soort, Waarneming } from '../types';
import { WAARNEMING_MAAT_NR, WAARNEMING_MATEN } from '../types';

type BasisMaat = Waarneming['maat'];

/** A figure found: the observation itself (no copy on the hot path) or a computed total. */
export interface Gevonden extends Bron {
  waarde: number;
  soort: Soort;
}

type Slots = (Waarneming | undefined)[];

/** The figures of one taakveld by year position in `WaarnemingIndex.jaren` (see `voor`). */
export interface TaakveldFiguren {
  get(maat: BasisMaat, positie: number, soort: Soort): Gevonden | undefined;
  totaleKosten(positie: number, soort: Soort): Gevonden | undefined;
}

const SOORT_NR: Record<Soort, number> = { Realisatie: 0, Begroting: 1 };

export class WaarnemingIndex {
  /**
   * Per taakveld one flat array of slots [maat][jaar][soort]: 10.000 taakvelden × 10 years
   * look up millions of figures, and nested maps allocate and hash on every read.
   */
  private readonly slots = new Map<string, Slots>();
  private readonly jaarNr = new Map<number, number>();
  readonly jaren: number[];

  constructor(waarnemingen: readonly Waarneming[]) {
    const jaren = new Set<number>();
    for (const w of waarnemingen) jaren.add(w.jaar);
    this.jaren = [...jaren].sort((a, b) => a - b);
    this.jaren.forEach((jaar, i) => this.jaarNr.set(jaar, i));
    const grootte = WAARNEMING_MATEN.length * this.jaren.length * 2;
    let vorige = '';
    let rij: Slots = [];
    for (const w of waarnemingen) {
      if (w.taakveld !== vorige || rij.length === 0) {
        vorige = w.taakveld;
        let bestaand = this.slots.get(w.taakveld);
        if (!bestaand) this.slots.set(w.taakveld, (bestaand = new Array<Waarneming | undefined>(grootte).fill(undefined)));
        rij = bestaand;
      }
      rij[this.slot(WAARNEMING_MAAT_NR.get(w.maat) ?? 0, this.positie(w.jaar), w.soort)] = w;
    }
  }

  /** Index in a taakveld's slots of (maat number, year position, soort). */
  private slot(maat: number, positie: number, soort: Soort): number {
    return (maat * this.jaren.length + positie) * 2 + SOORT_NR[soort];
  }

  /** The figure of exactly this soort, or undefined. */
  get(taakveld: string, maat: BasisMaat, jaar: number, soort: Soort): Gevonden | undefined {
    return this.voor(taakveld).get(maat, this.positie(jaar), soort);
  }

  /**
   * Totale kosten for exactly this soort: the sum of the four parts when all are there,
   * else a total given directly (a sheet with one total per row), else undefined.
   */
  totaleKosten(taakveld: string, jaar: number, soort: Soort): Gevonden | undefined {
    return this.voor(taakveld).totaleKosten(this.positie(jaar), soort);
  }

  /** Position of `jaar` in `jaren`, -1 when the input has no figure in that year. */
  positie(jaar: number): number {
    return this.jaarNr.get(jaar) ?? -1;
  }

  /**
   * The figures of one taakveld, read by measure, year position and soort: a taakveld's series
   * read some 150 figures, and by position each is one array read.
   */
  voor(taakveld: string): TaakveldFiguren {
    const rij = this.slots.get(taakveld);
    const lees = (maat: number, positie: number, soort: Soort): Gevonden | undefined =>
      rij && positie >= 0 ? rij[this.slot(maat, positie, soort)] : undefined;
    return {
      get: (maat, positie, soort) => lees(WAARNEMING_MAAT_NR.get(maat) ?? 0, positie, soort),
      totaleKosten: (positie, soort) => {
        // KOSTEN_DELEN are WAARNEMING_MATEN 0–3.
        const p = lees(0, positie, soort);
        const m = lees(1, positie, soort);
        const a = lees(2, positie, soort);
        const i = lees(3, positie, soort);
        if (p && m && a && i) return { waarde: p.waarde + m.waarde + a.waarde + i.waarde, soort, sheet: p.sheet, cell: p.cell };
        return lees(WAARNEMING_MAAT_NR.get('Totale kosten') ?? 4, positie, soort);
      },
    };
  }

  /** True when the taakveld has any figure for this measure. */
  heeft(taakveld: string, maat: BasisMaat): boolean {
    const rij = this.slots.get(taakveld);
    if (!rij) return false;
    const begin = this.slot(WAARNEMING_MAAT_NR.get(maat) ?? 0, 0, 'Realisatie');
    for (let s = begin; s < begin + this.jaren.length * 2; s += 1) if (rij[s] !== undefined) return true;
    return false;
  }
}
