/**
 * Building and reading `Waarnemingen`, the column-wise list of parsed figures. The parser
 * appends to it, the index reads its columns; a row view (`Waarneming`) is made only where
 * one observation is reported or a test describes them.
 */
import { cellAddress, parseAddress } from './cellAddress';
import type { Soort, Waarneming, Waarnemingen } from './types';
import { WAARNEMING_MAAT_NR, WAARNEMING_MATEN } from './types';

export const SOORT_VAN_NR: readonly Soort[] = ['Realisatie', 'Begroting'];

/** Appends to a list and keeps its name → number maps beside it, so the list stays plain data. */
export interface WaarnemingSchrijver {
  w: Waarnemingen;
  taakveldNrs: Map<string, number>;
  bladNrs: Map<string, number>;
}

/** A writer that appends to `w` (a new list by default). */
export function createWaarnemingSchrijver(w: Waarnemingen = createWaarnemingen()): WaarnemingSchrijver {
  return { w, taakveldNrs: new Map(w.taakvelden.map((t, i) => [t, i])), bladNrs: new Map(w.bladen.map((b, i) => [b, i])) };
}

/** An empty list with room for `capaciteit` observations (it grows when needed). */
export function createWaarnemingen(capaciteit = 16): Waarnemingen {
  const n = Math.max(1, capaciteit);
  return {
    aantal: 0, taakvelden: [], bladen: [],
    taakveldNr: new Int32Array(n), bladNr: new Int32Array(n), jaar: new Int32Array(n),
    soortNr: new Uint8Array(n), maatNr: new Uint8Array(n), waarde: new Float64Array(n),
    rij: new Int32Array(n), kolom: new Int32Array(n),
  };
}

function groei<T extends Int32Array | Uint8Array | Float64Array>(oud: T, lengte: number): T {
  const nieuw = new (oud.constructor as new (n: number) => T)(lengte);
  nieuw.set(oud);
  return nieuw;
}

/** Makes room for `extra` more observations at once (the parser knows a sheet's size). */
export function reserveWaarnemingen(w: Waarnemingen, extra: number): void {
  const nodig = w.aantal + extra;
  if (nodig <= w.waarde.length) return;
  const n = Math.max(nodig, w.waarde.length * 2);
  w.taakveldNr = groei(w.taakveldNr, n);
  w.bladNr = groei(w.bladNr, n);
  w.jaar = groei(w.jaar, n);
  w.soortNr = groei(w.soortNr, n);
  w.maatNr = groei(w.maatNr, n);
  w.waarde = groei(w.waarde, n);
  w.rij = groei(w.rij, n);
  w.kolom = groei(w.kolom, n);
}

function nummer(namen: string[], bekend: Map<string, number>, naam: string): number {
  let nr = bekend.get(naam);
  if (nr === undefined) {
    nr = namen.length;
    namen.push(naam);
    bekend.set(naam, nr);
  }
  return nr;
}

/** Appends one observation at absolute 0-based cell (rij, kolom) of `sheet`. */
export function addWaarneming(
  s: WaarnemingSchrijver, taakveld: string, jaar: number, soort: Soort, maat: Waarneming['maat'], waarde: number,
  sheet: string, rij: number, kolom: number,
): void {
  const { w } = s;
  if (w.aantal === w.waarde.length) reserveWaarnemingen(w, 1);
  const i = w.aantal;
  // Consecutive rows mostly share taakveld and sheet: skip the look-up then.
  const vorigeT = i > 0 ? w.taakveldNr[i - 1] : -1;
  w.taakveldNr[i] = vorigeT >= 0 && w.taakvelden[vorigeT] === taakveld ? vorigeT : nummer(w.taakvelden, s.taakveldNrs, taakveld);
  const vorigeB = i > 0 ? w.bladNr[i - 1] : -1;
  w.bladNr[i] = vorigeB >= 0 && w.bladen[vorigeB] === sheet ? vorigeB : nummer(w.bladen, s.bladNrs, sheet);
  w.jaar[i] = jaar;
  w.soortNr[i] = soort === 'Realisatie' ? 0 : 1;
  w.maatNr[i] = WAARNEMING_MAAT_NR.get(maat) ?? 0;
  w.waarde[i] = waarde;
  w.rij[i] = rij;
  w.kolom[i] = kolom;
  w.aantal = i + 1;
}

/** A1 address of observation i. */
export function getWaarnemingCel(w: Waarnemingen, i: number): string {
  return cellAddress(w.rij[i], w.kolom[i]);
}

/** Observation i as one object. */
export function getWaarneming(w: Waarnemingen, i: number): Waarneming {
  return {
    taakveld: w.taakvelden[w.taakveldNr[i]], jaar: w.jaar[i], soort: SOORT_VAN_NR[w.soortNr[i]],
    maat: WAARNEMING_MATEN[w.maatNr[i]], waarde: w.waarde[i], sheet: w.bladen[w.bladNr[i]], cell: getWaarnemingCel(w, i),
  };
}

/** Every observation as an object, in order. */
export function toWaarnemingLijst(w: Waarnemingen): Waarneming[] {
  return Array.from({ length: w.aantal }, (_, i) => getWaarneming(w, i));
}

/** The column-wise list of `lijst`, in order (cells must be A1 addresses). */
export function toWaarnemingen(lijst: readonly Waarneming[]): Waarnemingen {
  const s = createWaarnemingSchrijver(createWaarnemingen(lijst.length));
  for (const x of lijst) {
    const { row, column } = parseAddress(x.cell);
    addWaarneming(s, x.taakveld, x.jaar, x.soort, x.maat, x.waarde, x.sheet, row, column);
  }
  return s.w;
}
