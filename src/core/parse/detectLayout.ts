/**
 * Finds the header of a Kosten or FTE sheet and tells the long layout (Taakveld, Jaar, Soort,
 * measure columns) from the wide one (title rows, then Taakveld, Kostensoort and year columns).
 */
import type { CellValue, KostenMaat, SheetGrid, Soort } from '../types';
import {
  BEDRAG_KOPPEN, JAAR_KOPPEN, KOSTENSOORT_KOPPEN, SOORT_KOPPEN, findKolom, isTaakveldKop, matchFteKop, matchKostenMaat,
} from './kolomKoppen';
import { detectEenheid } from './eenheid';
import { cleanText, isBlank, matchesKop } from './normalizeKop';
import { parseSoort, readJaarKop, type JaarKop } from './parseJaarKop';

export interface JaarKolom {
  jaar: number;
  soort: Soort;
  /** 0-based column; in the long layout the Jaar column. */
  kolom: number;
}

export interface MaatKolom {
  maat: KostenMaat | 'Totale kosten' | 'FTE';
  kolom: number;
}

export interface LayoutInfo {
  layout: 'lang' | 'breed';
  /** 0-based row of the header (the row with the year headers in a two-row header). */
  headerRow: number;
  headerCells: string[];
  /** Wide: the year columns; long: the distinct years and soorten found in the Jaar column. */
  jaren: JaarKolom[];
  /** Multiplier from a unit such as "x € 1.000" (always 1 for FTE). */
  eenheid: number;
  kostensoortKolom?: number;
  taakveldKolom: number;
  jaarKolom?: number;
  soortKolom?: number;
  /** Long layout: the measure columns. A Totaal column next to part columns is not listed. */
  maatKolommen: MaatKolom[];
  /** Long layout with a Kostensoort column: the single amount column. */
  bedragKolom?: number;
  /** Wide: year columns with another soort ("Prognose 2021"), not read. */
  onbekendeSoortKolommen: number[];
  /** Long kosten: a Totaal column ignored because the parts are there. */
  genegeerdeTotaalKolom?: number;
}

/** The layout of a Kosten or FTE sheet, or null when no header row is found. */
export function detectLayout(grid: SheetGrid, rol: 'kosten' | 'fte'): LayoutInfo | null {
  const rows = grid.values;
  for (let r = 0; r < rows.length; r += 1) {
    const info = readKopRij(rows, r, rol);
    if (info) return info;
  }
  return null;
}

/** Taakveld header in this row, or directly above a blank cell of it (two-row header). */
function findTaakveldKolom(rows: readonly CellValue[][], r: number): number {
  const row = rows[r] ?? [];
  const hier = findKolom(row, isTaakveldKop);
  if (hier >= 0 || r === 0) return hier;
  const boven = rows[r - 1] ?? [];
  for (let c = 0; c < boven.length; c += 1) {
    if (isTaakveldKop(boven[c] ?? null) && isBlank(row[c])) return c;
  }
  return -1;
}

function readKopRij(rows: readonly CellValue[][], r: number, rol: 'kosten' | 'fte'): LayoutInfo | null {
  const row = rows[r] ?? [];
  const taakveldKolom = findTaakveldKolom(rows, r);
  if (taakveldKolom < 0) return null;
  const jaarKolom = findKolom(row, (v) => matchesKop(v, JAAR_KOPPEN), [taakveldKolom]);
  const jaarKoppen: { kop: JaarKop; kolom: number }[] = [];
  row.forEach((v, c) => {
    const kop = c === taakveldKolom ? null : readJaarKop(v);
    if (kop) jaarKoppen.push({ kop, kolom: c });
  });
  if (jaarKolom < 0 && jaarKoppen.length === 0) return null;
  const headerCells = row.map((v) => cleanText(v));
  if (isBlank(row[taakveldKolom])) headerCells[taakveldKolom] = cleanText(rows[r - 1][taakveldKolom]);
  const basis = {
    headerRow: r, headerCells, taakveldKolom, onbekendeSoortKolommen: [] as number[],
    eenheid: rol === 'kosten' ? findEenheid(rows, r) : 1,
  };
  const lang = readLangeKolommen(row, rol, taakveldKolom, jaarKolom);
  if (jaarKolom >= 0 && (jaarKoppen.length === 0 || lang.maatKolommen.length > 0 || lang.bedragKolom !== undefined)) {
    return { ...basis, ...lang, layout: 'lang', jaarKolom, jaren: collectLangeJaren(rows, r, jaarKolom, lang.soortKolom) };
  }
  applyGroepLabels(rows[r - 1] ?? [], jaarKoppen);
  const jaarKolommen = jaarKoppen.map((j) => j.kolom);
  const kostensoortKolom = rol === 'kosten'
    ? findKolom(row, (v) => matchesKop(v, KOSTENSOORT_KOPPEN) || (matchesKop(v, ['soort'])), [taakveldKolom, ...jaarKolommen])
    : -1;
  return {
    ...basis,
    layout: 'breed',
    jaren: jaarKoppen.flatMap(({ kop, kolom }) => (kop.soort ? [{ jaar: kop.jaar, soort: kop.soort, kolom }] : [])),
    onbekendeSoortKolommen: jaarKoppen.filter((j) => j.kop.soort === null).map((j) => j.kolom),
    maatKolommen: [],
    ...(kostensoortKolom >= 0 ? { kostensoortKolom } : {}),
  };
}

/** Measure, Soort and Kostensoort columns of a long header. */
function readLangeKolommen(row: readonly CellValue[], rol: 'kosten' | 'fte', taakveldKolom: number, jaarKolom: number) {
  const bezet = [taakveldKolom, jaarKolom];
  const soortKolom = findKolom(row, (v) => matchesKop(v, SOORT_KOPPEN), bezet);
  if (soortKolom >= 0) bezet.push(soortKolom);
  const maatKolommen: MaatKolom[] = [];
  const totalen: number[] = [];
  row.forEach((v, c) => {
    if (bezet.includes(c)) return;
    const maat = rol === 'kosten' ? matchKostenMaat(v) : matchFteKop(v) === 'FTE' ? 'FTE' : null;
    if (maat === 'Totale kosten') totalen.push(c);
    else if (maat) maatKolommen.push({ maat, kolom: c });
  });
  const uit: Pick<LayoutInfo, 'maatKolommen' | 'soortKolom' | 'kostensoortKolom' | 'bedragKolom' | 'genegeerdeTotaalKolom'> = { maatKolommen };
  if (soortKolom >= 0) uit.soortKolom = soortKolom;
  if (rol === 'fte') return uit;
  const kostensoortKolom = findKolom(row, (v) => matchesKop(v, KOSTENSOORT_KOPPEN), bezet);
  if (maatKolommen.length === 0 && kostensoortKolom >= 0) {
    const bedrag = findKolom(row, (v) => matchesKop(v, BEDRAG_KOPPEN) || matchKostenMaat(v) === 'Totale kosten', [...bezet, kostensoortKolom]);
    if (bedrag >= 0) return { ...uit, kostensoortKolom, bedragKolom: bedrag };
  }
  // A total column is only redundant next to all four parts (the core then sums them); with
  // fewer parts (Iv3 has only salaries per taakveld) the total is the sole source of Totale kosten.
  const alleDelen = new Set(maatKolommen.map((m) => m.maat)).size === 4;
  if (totalen.length > 0 && !alleDelen) maatKolommen.push(...totalen.map((kolom) => ({ maat: 'Totale kosten' as const, kolom })));
  else if (totalen.length > 0) uit.genegeerdeTotaalKolom = totalen[0];
  return uit;
}

/** "Realisatie" / "Begroting" written above bare years (merged group header) sets their soort. */
function applyGroepLabels(boven: readonly CellValue[], jaarKoppen: { kop: JaarKop; kolom: number }[]): void {
  if (jaarKoppen.length === 0) return;
  const eerste = jaarKoppen[0].kolom;
  for (const j of jaarKoppen) {
    if (j.kop.expliciet) continue;
    for (let c = j.kolom; c >= eerste; c -= 1) {
      if (isBlank(boven[c])) continue;
      const soort = parseSoort(boven[c] ?? null);
      if (soort) j.kop = { ...j.kop, soort, expliciet: true };
      break;
    }
  }
}

/** The first unit phrase in the title rows or the header row. */
function findEenheid(rows: readonly CellValue[][], headerRow: number): number {
  for (let r = 0; r <= headerRow; r += 1) {
    for (const v of rows[r] ?? []) {
      const eenheid = detectEenheid(v);
      if (eenheid !== null) return eenheid;
    }
  }
  return 1;
}

/** Distinct (jaar, soort) pairs of a long sheet, for the task-pane preview. */
function collectLangeJaren(rows: readonly CellValue[][], headerRow: number, jaarKolom: number, soortKolom?: number): JaarKolom[] {
  const gezien = new Map<number, JaarKolom>();
  // Rows of one year follow each other: a row like the one above adds nothing.
  let vorigJaar: CellValue = null;
  let vorigeSoort: CellValue = null;
  for (let r = headerRow + 1; r < rows.length; r += 1) {
    const jaarCel = rows[r]?.[jaarKolom] ?? null;
    const soortCel = soortKolom === undefined ? null : rows[r]?.[soortKolom] ?? null;
    if (jaarCel !== null && jaarCel === vorigJaar && soortCel === vorigeSoort) continue;
    vorigJaar = jaarCel;
    vorigeSoort = soortCel;
    const kop = readJaarKop(jaarCel);
    if (!kop || !kop.soort) continue;
    const soort = soortKolom === undefined || isBlank(soortCel) ? kop.soort : parseSoort(soortCel);
    if (soort) gezien.set(kop.jaar * 2 + (soort === 'Realisatie' ? 0 : 1), { jaar: kop.jaar, soort, kolom: jaarKolom });
  }
  return [...gezien.values()].sort((a, b) => a.jaar - b.jaar || a.soort.localeCompare(b.soort));
}
