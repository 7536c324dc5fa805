/**
 * The optional Indicatoren sheet: Taakveld, Jaar, Indicator, Waarde (or one column per year).
 * Taakveld `Alle` or `Gemeente` gives a value for the whole municipality (taakveld null).
 */
import type { CellValue, IndicatorWaarde, Issue, SheetGrid } from '../types';
import { findHeaderRow, mapKolommen } from './findHeader';
import { createOnbekendTaakveldIssue, createOnbekendeIndicatorIssue, createOngeldigJaarIssue } from './issues';
import { JAAR_KOPPEN, isTaakveldKop } from './kolomKoppen';
import { matchIndicatorNaam } from './matchIndicatorNaam';
import { TaakveldVolger, getCel, hasWaarden, getPlek } from './metingContext';
import { cleanText, matchesKop, normalizeNaam } from './normalizeKop';
import { readJaarKop } from './parseJaarKop';
import { readZijWaarde } from './readZijWaarde';
import { removeDubbele } from './removeDubbele';
import { createKolomOntbreektIssue, createKopNietGevondenIssue } from './tabelIssues';
import type { TaakveldRegister } from './taakveldRegister';

const ALLE = new Set(['alle', 'gemeente', 'alle taakvelden', 'hele gemeente', 'gemeentebreed', 'gemeente breed', 'gemeente totaal']);
const INDICATOR_KOPPEN = ['indicator', 'indicatoren', 'indicatornaam', 'naam indicator', 'kengetal', 'meting'];
const WAARDE_KOPPEN = ['waarde', 'score', 'cijfer', 'uitkomst', 'resultaat', 'aantal', 'stand'];

type Regeltaakveld = { taakveld: string | null } | { onbekend: true };

/** Indicator values; unknown taakvelden and indicators are reported and skipped. */
export function parseIndicatoren(grid: SheetGrid, register: TaakveldRegister, issues: Issue[]): IndicatorWaarde[] {
  const isIndicatorKop = (v: CellValue) => matchesKop(v, INDICATOR_KOPPEN);
  const h = findHeaderRow(grid, (row) => row.some((v) => isTaakveldKop(v)) && row.some(isIndicatorKop));
  if (h < 0) {
    issues.push(createKopNietGevondenIssue(grid.name, 'indicatoren', 'Taakveld, Jaar, Indicator en Waarde', 'warning'));
    return [];
  }
  const header = grid.values[h];
  const k = mapKolommen(header, {
    taakveld: isTaakveldKop,
    indicator: isIndicatorKop,
    jaar: (v: CellValue) => matchesKop(v, JAAR_KOPPEN),
    waarde: (v: CellValue) => matchesKop(v, WAARDE_KOPPEN),
  });
  const tk = k.taakveld ?? 0;
  const ik = k.indicator ?? 0;
  // Without a Jaar column, a header of years makes the wide form (one column per year).
  const jaarKolommen = k.jaar === undefined
    ? header.flatMap((v, c) => {
      const kop = c === tk || c === ik ? null : readJaarKop(v);
      return kop ? [{ jaar: kop.jaar, kolom: c }] : [];
    })
    : [];
  if ((k.jaar === undefined || k.waarde === undefined) && jaarKolommen.length === 0) {
    const ontbreekt = [k.jaar === undefined ? 'Jaar' : '', k.waarde === undefined ? 'Waarde' : ''].filter((x) => x).join(' en ');
    issues.push(createKolomOntbreektIssue(getPlek(grid, h, tk), ontbreekt, 'warning'));
    return [];
  }
  const volger = new TaakveldVolger<Regeltaakveld>(grid, tk, (v, plek) => {
    if (ALLE.has(normalizeNaam(v))) return { taakveld: null };
    const info = register.find(v);
    if (info) return { taakveld: info.naam };
    issues.push(createOnbekendTaakveldIssue(plek, cleanText(v), false));
    return { onbekend: true };
  });
  const waardeKolommen = jaarKolommen.length ? jaarKolommen.map((j) => j.kolom) : [k.waarde as number];
  const uit: IndicatorWaarde[] = [];
  for (let r = h + 1; r < grid.values.length; r += 1) {
    const regel = volger.readRegel(r);
    if (regel === 'overslaan' || !hasWaarden(grid, r, waardeKolommen)) continue;
    if (!regel) {
      volger.reportOntbrekend(r, issues, 'warning');
      continue;
    }
    if ('onbekend' in regel) continue;
    const indicator = matchIndicatorNaam(getCel(grid, r, ik));
    if (!indicator) {
      issues.push(createOnbekendeIndicatorIssue(getPlek(grid, r, ik), cleanText(getCel(grid, r, ik))));
      continue;
    }
    const metingen = jaarKolommen.length ? jaarKolommen : [{ jaar: readRegelJaar(grid, r, k.jaar as number, issues), kolom: k.waarde as number }];
    for (const { jaar, kolom } of metingen) {
      if (jaar === null) continue;
      const waarde = readZijWaarde(getCel(grid, r, kolom), getPlek(grid, r, kolom), issues);
      if (waarde !== undefined) uit.push({ taakveld: regel.taakveld, jaar, indicator, waarde, ...getPlek(grid, r, kolom) });
    }
  }
  return removeDubbele(uit, (w) => `${w.taakveld ?? '\u0000alle'}|${w.jaar}|${w.indicator}`,
    (w) => `${w.indicator} van ${w.taakveld ?? 'de hele gemeente'} in ${w.jaar}`, issues);
}

function readRegelJaar(grid: SheetGrid, r: number, kolom: number, issues: Issue[]): number | null {
  const kop = readJaarKop(getCel(grid, r, kolom));
  if (kop) return kop.jaar;
  issues.push(createOngeldigJaarIssue(getPlek(grid, r, kolom), cleanText(getCel(grid, r, kolom)), 'warning'));
  return null;
}
