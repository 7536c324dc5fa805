/**
 * Fast look-up of the parsed figures by taakveld, measure, year and soort, so every later
 * step is an array read instead of a scan (the core must stay linear in the number of rows).
 */
import type { Bron, Soort, Waarneming, Waarnemingen } from '../types';
import { WAARNEMING_MAAT_NR, WAARNEMING_MATEN } from '../types';
import { getWaarnemingCel, SOORT_VAN_NR } from '../waarnemingen';

type BasisMaat = Waarneming['maat'];

/** A figure found, with the cell it comes from (a total: the Personeel cell). */
export interface Gevonden extends Bron {
  waarde: number;
  soort: Soort;
}

/** Slot row of Totale kosten as scored: the four parts summed, else a total given directly. */
export const TOTAAL_RIJ = WAARNEMING_MATEN.length;
const RIJEN = TOTAAL_RIJ + 1;
const SOORT_NR: Record<Soort, number> = { Realisatie: 0, Begroting: 1 };

/** The slot row of a measure as observed: its WAARNEMING_MATEN number (the scored total is TOTAAL_RIJ). */
export function getMaatRij(maat: BasisMaat): number {
  return WAARNEMING_MAAT_NR.get(maat) ?? 0;
}

/**
 * One flat Float64Array of figures for every taakveld × measure row × year × soort, and
 * beside it the observation each slot came from. 10.000 taakvelden × 10 years look up
 * millions of figures; a slot is a number, so a look-up allocates nothing.
 */
export class WaarnemingIndex {
  readonly jaren: number[];
  private readonly jaarNr = new Map<number, number>();
  /** First slot of each taakveld. */
  private readonly begin = new Map<string, number>();
  private readonly perTaakveld: number;
  private readonly waarden: Float64Array;
  /** Observation number + 1 per slot; 0 = no figure. */
  private readonly bronnen: Int32Array;

  constructor(private readonly w: Waarnemingen) {
    const jaren = new Set<number>();
    for (let i = 0; i < w.aantal; i += 1) jaren.add(w.jaar[i]);
    this.jaren = [...jaren].sort((a, b) => a - b);
    this.jaren.forEach((jaar, i) => this.jaarNr.set(jaar, i));
    this.perTaakveld = RIJEN * this.jaren.length * 2;
    w.taakvelden.forEach((taakveld, nr) => this.begin.set(taakveld, nr * this.perTaakveld));
    this.waarden = new Float64Array(w.taakvelden.length * this.perTaakveld);
    this.bronnen = new Int32Array(w.taakvelden.length * this.perTaakveld);
    // Year positions by year offset: one array read per observation instead of a Map look-up
    // (the parser keeps years within MIN_JAAR..MAX_JAAR; a wider span falls back to the Map).
    const eerste = this.jaren[0] ?? 0;
    const span = (this.jaren[this.jaren.length - 1] ?? 0) - eerste + 1;
    const positieVan = span <= 1000 ? new Int32Array(span) : null;
    if (positieVan) this.jaren.forEach((jaar, i) => (positieVan[jaar - eerste] = i));
    for (let i = 0; i < w.aantal; i += 1) {
      const positie = positieVan ? positieVan[w.jaar[i] - eerste] : this.positie(w.jaar[i]);
      const slot = w.taakveldNr[i] * this.perTaakveld + this.offset(w.maatNr[i], positie, w.soortNr[i]);
      this.waarden[slot] = w.waarde[i];
      this.bronnen[slot] = i + 1;
    }
    for (const basis of this.begin.values()) this.vulTotalen(basis);
  }

  /** Fills the TOTAAL_RIJ slots of the taakveld starting at `basis`. */
  private vulTotalen(basis: number): void {
    const rijStap = this.offset(1, 0, 0);
    const gegevenRij = getMaatRij('Totale kosten');
    // Per year and soort (the first rijStap slots are row 0); KOSTEN_DELEN are rows 0–3, and the sum keeps their order.
    for (let plek = 0; plek < rijStap; plek += 1) {
      const p = basis + plek;
      const doel = p + TOTAAL_RIJ * rijStap;
      const b = this.bronnen;
      if (b[p] !== 0 && b[p + rijStap] !== 0 && b[p + 2 * rijStap] !== 0 && b[p + 3 * rijStap] !== 0) {
        const v = this.waarden;
        this.waarden[doel] = v[p] + v[p + rijStap] + v[p + 2 * rijStap] + v[p + 3 * rijStap];
        b[doel] = b[p];
      } else {
        const gegeven = p + gegevenRij * rijStap;
        this.waarden[doel] = this.waarden[gegeven];
        b[doel] = b[gegeven];
      }
    }
  }

  /** The slot layout of one taakveld: [measure row][year position][soort number]. */
  private offset(rij: number, positie: number, soortNr: number): number {
    return (rij * this.jaren.length + positie) * 2 + soortNr;
  }

  /** Position of `jaar` in `jaren`, -1 when the input has no figure in that year. */
  positie(jaar: number): number {
    return this.jaarNr.get(jaar) ?? -1;
  }

  /** The taakveld's first slot, -1 when it has no figures. */
  getBasis(taakveld: string): number {
    return this.begin.get(taakveld) ?? -1;
  }

  /** The slot of (measure row, year position, soort) of the taakveld at `basis`, -1 when it holds no figure. */
  findSlot(basis: number, rij: number, positie: number, soort: Soort): number {
    if (basis < 0 || positie < 0) return -1;
    const slot = basis + this.offset(rij, positie, SOORT_NR[soort]);
    return this.bronnen[slot] === 0 ? -1 : slot;
  }

  /** The figure in a slot found by findSlot. */
  getWaarde(slot: number): number {
    return this.waarden[slot];
  }

  getSoort(slot: number): Soort {
    return SOORT_VAN_NR[slot & 1];
  }

  /** Sheet and cell of the figure in a slot. */
  getBron(slot: number): Bron {
    const nr = this.bronnen[slot] - 1;
    return { sheet: this.w.bladen[this.w.bladNr[nr]], cell: getWaarnemingCel(this.w, nr) };
  }

  private vind(taakveld: string, rij: number, jaar: number, soort: Soort): Gevonden | undefined {
    const slot = this.findSlot(this.getBasis(taakveld), rij, this.positie(jaar), soort);
    return slot < 0 ? undefined : { waarde: this.waarden[slot], soort, ...this.getBron(slot) };
  }

  /** The figure of exactly this soort, or undefined. */
  get(taakveld: string, maat: BasisMaat, jaar: number, soort: Soort): Gevonden | undefined {
    return this.vind(taakveld, getMaatRij(maat), jaar, soort);
  }

  /**
   * Totale kosten for exactly this soort: the sum of the four parts when all are there,
   * else a total given directly (a sheet with one total per row), else undefined.
   */
  totaleKosten(taakveld: string, jaar: number, soort: Soort): Gevonden | undefined {
    return this.vind(taakveld, TOTAAL_RIJ, jaar, soort);
  }
}
