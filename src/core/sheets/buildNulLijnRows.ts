/**
 * Rows of the Nul-lijn blocks. Each block holds one unit so every column has one number format:
 * euros, fte, or externe inhuur as a fraction.
 */
import { waardeOp, type Analyse, type MaatReeks, type TaakveldAnalyse } from '../analyse';
import { formatJaren, formatProcent } from '../format';
import type { CellValue, Maat } from '../types';
import { NUMBER_FORMATS } from './numberFormats';
import { NVT, toCell, toFractieCell } from './toCell';

/** One Nul-lijn block: which maten it holds and how its columns are formatted. */
export interface NulLijnBlokDef {
  tableName: string;
  maten: readonly Maat[];
  /** Format of the nul-lijn, year and peiljaar columns. */
  format: string;
  /** Header and format of the unit-specific column between Δ% and Opmerking. */
  extraKop: string;
  extraFormat: string;
  /** 'gecorrigeerd': Δ% after taakuitbreiding (Totale kosten); 'verschil': peiljaar − nul-lijn in the unit. */
  extra: 'gecorrigeerd' | 'verschil';
  note: string;
  /** Percent numbers (externe inhuur) are written as fractions. */
  alsFractie: boolean;
}

/** Kosten (euros), Formatie (fte) and Externe inhuur (fraction), in the order they are stacked. */
export const NUL_LIJN_BLOKKEN: readonly NulLijnBlokDef[] = [
  {
    tableName: 'tblNulLijnKosten',
    maten: ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur', 'Totale kosten', 'Kosten per FTE'],
    format: NUMBER_FORMATS.euro,
    extraKop: 'Δ% gecorrigeerd',
    extraFormat: NUMBER_FORMATS.verschilProcent,
    extra: 'gecorrigeerd',
    note: 'Kosten in euro’s. Δ% = verandering van het peiljaar ten opzichte van de nul-lijn (groen = lager). Gecorrigeerd = Totale kosten na correctie voor taakuitbreiding.',
    alsFractie: false,
  },
  {
    tableName: 'tblNulLijnFormatie',
    maten: ['FTE'],
    format: NUMBER_FORMATS.fte,
    extraKop: 'Verschil (fte)',
    extraFormat: NUMBER_FORMATS.verschilFte,
    extra: 'verschil',
    note: 'Formatie in fte.',
    alsFractie: false,
  },
  {
    tableName: 'tblNulLijnInhuur',
    maten: ['Externe inhuur'],
    format: NUMBER_FORMATS.procent,
    extraKop: 'Verschil (%-punt)',
    extraFormat: NUMBER_FORMATS.score,
    extra: 'verschil',
    note: 'Externe inhuur als percentage van loonsom + inhuur (verplichte BBV-indicator); verschil in procentpunten.',
    alsFractie: true,
  },
];

/** Taakveld | Maat | Nul-lijn | each year | Peiljaar | Δ% t.o.v. nul-lijn | extra | Opmerking. */
export function buildNulLijnHeader(def: NulLijnBlokDef, analyse: Analyse): string[] {
  return ['Taakveld', 'Maat', 'Nul-lijn', ...analyse.jaren.map(String), 'Peiljaar', 'Δ% t.o.v. nul-lijn', def.extraKop, 'Opmerking'];
}

const kleineLetters = (soort: string): string => soort.toLowerCase();

/** Where the figures come from: fallbacks in nul-lijn years, missing years, begroot years, taakuitbreiding. */
export function buildOpmerking(reeks: MaatReeks, taakveld: TaakveldAnalyse, analyse: Analyse): string | null {
  const delen: string[] = [];
  const nulJaren = analyse.nulLijnJaren;
  const soortIn = (jaar: number) => reeks.soorten[analyse.jaren.indexOf(jaar)] ?? null;
  for (const nj of nulJaren) {
    const soort = soortIn(nj.jaar);
    if (soort !== null && soort !== nj.soort) delen.push(`${nj.jaar}: ${kleineLetters(soort)} i.p.v. ${kleineLetters(nj.soort)}`);
  }
  const ontbrekend = nulJaren.filter((nj) => soortIn(nj.jaar) === null).map((nj) => nj.jaar);
  if (reeks.nulLijn !== null && ontbrekend.length > 0) delen.push(`nul-lijn zonder ${formatJaren(ontbrekend)}`);
  if (reeks.nulLijn === 0) delen.push('nul-lijn is 0, dus geen Δ%');
  const isNulJaar = (jaar: number) => nulJaren.some((nj) => nj.jaar === jaar);
  const begroot = analyse.jaren.filter((jaar, i) => !isNulJaar(jaar) && reeks.soorten[i] === 'Begroting');
  if (begroot.length > 0) delen.push(`${formatJaren(begroot)} begroot`);
  if (reeks.maat === 'Totale kosten' && taakveld.taakuitbreiding !== null) {
    delen.push(`taakuitbreiding ${formatProcent(taakveld.taakuitbreiding, 1)}`);
  }
  return delen.length > 0 ? delen.join('; ') : null;
}

function buildExtra(def: NulLijnBlokDef, reeks: MaatReeks, taakveld: TaakveldAnalyse): CellValue {
  if (def.extra === 'gecorrigeerd') {
    if (reeks.maat !== 'Totale kosten' || taakveld.taakuitbreiding === null) return NVT;
    return toFractieCell(reeks.deltaPctGecorrigeerd);
  }
  const verschil = reeks.peil !== null && reeks.nulLijn !== null ? reeks.peil - reeks.nulLijn : null;
  return toCell(verschil);
}

/** One row per taakveld and maat of the block, in taakveld order, then MATEN order. */
export function buildNulLijnRows(def: NulLijnBlokDef, analyse: Analyse): CellValue[][] {
  const waarde = def.alsFractie ? toFractieCell : toCell;
  const rows: CellValue[][] = [];
  for (const taakveld of analyse.taakvelden) {
    for (const maat of def.maten) {
      const reeks = taakveld.maten.find((m) => m.maat === maat);
      if (!reeks) continue;
      const perJaar = analyse.jaren.map((_, i) => waarde(waardeOp(reeks, i)));
      rows.push([
        taakveld.info.naam, maat, waarde(reeks.nulLijn), ...perJaar, waarde(reeks.peil),
        toFractieCell(reeks.deltaPct), buildExtra(def, reeks, taakveld), buildOpmerking(reeks, taakveld, analyse),
      ]);
    }
  }
  return rows;
}
