/**
 * The header words the parser recognises, per kind of column. Compared with `matchesKop`
 * (lower case, accents, punctuation and bracketed parts ignored).
 */
import type { CellValue, KostenMaat } from '../types';
import { onthoud, matchesKop, normalizeKop } from './normalizeKop';

export const TAAKVELD_KOPPEN = [
  'taakveld', 'taakvelden', 'taakgebied', 'taakgebieden', 'naam taakveld', 'omschrijving taakveld', 'taakveld naam',
  'taakveld omschrijving', 'taakveld bbv', 'bbv taakveld',
];
export const JAAR_KOPPEN = ['jaar', 'boekjaar', 'jaartal', 'begrotingsjaar', 'peiljaar'];
export const SOORT_KOPPEN = ['soort', 'soort cijfer', 'soort cijfers', 'realisatie begroting', 'r b', 'begroting realisatie'];
export const KOSTENSOORT_KOPPEN = [
  'kostensoort', 'kostensoorten', 'soort kosten', 'kostencategorie', 'categorie', 'economische categorie', 'kostenpost',
  'kostenposten', 'lastensoort', 'soort lasten',
];
export const BEDRAG_KOPPEN = ['bedrag', 'bedragen', 'waarde', 'kosten', 'lasten', 'euro', '€'];

const KOSTEN_MATEN: readonly { maat: KostenMaat | 'Totale kosten'; koppen: string[] }[] = [
  { maat: 'Personeel', koppen: ['personeel', 'personeelskosten', 'personele kosten', 'personeelslasten', 'loonkosten', 'salarissen', 'salariskosten', 'salarissen en sociale lasten', 'kosten personeel'] },
  { maat: 'Materieel', koppen: ['materieel', 'materieel en materialen', 'materiele kosten', 'materiele lasten', 'materialen', 'kosten materieel', 'goederen en diensten'] },
  { maat: 'Afschrijving', koppen: ['afschrijving', 'afschrijvingen', 'afschrijvingskosten', 'afschrijvingslasten', 'kapitaallasten'] },
  { maat: 'Inhuur', koppen: ['inhuur', 'externe inhuur', 'inhuur derden', 'inhuurkosten', 'kosten inhuur', 'inhuur personeel', 'ingehuurd personeel'] },
  { maat: 'Totale kosten', koppen: ['totaal', 'totale kosten', 'totaal kosten', 'kosten totaal', 'lasten', 'totale lasten', 'totaal lasten', 'kosten'] },
];

const FTE_KOPPEN = ['fte', 'ftes', 'formatie', 'formatie fte', 'formatie in fte', 'fte formatie', 'aantal fte', 'toegestane formatie', 'formatieplaatsen'];
/** Recognised in FTE sheets and deliberately not read (design section 3). */
const FTE_GENEGEERD = ['bezetting', 'bezetting fte', 'fte bezetting', 'inhuur fte', 'fte inhuur', 'ingehuurde fte', 'inhuur', 'vacatures', 'vacatureruimte'];

/** True when a header cell names the taakveld column. */
export function isTaakveldKop(value: CellValue): boolean {
  return matchesKop(value, TAAKVELD_KOPPEN);
}

/** The kosten measure a long-layout header names, or null. */
export function matchKostenMaat(value: CellValue): KostenMaat | 'Totale kosten' | null {
  return KOSTEN_MATEN.find((m) => matchesKop(value, m.koppen))?.maat ?? null;
}

/** 'FTE' for a formatie column, 'genegeerd' for bezetting/inhuur-fte, else null. */
export function matchFteKop(value: CellValue): 'FTE' | 'genegeerd' | null {
  if (matchesKop(value, FTE_KOPPEN)) return 'FTE';
  return matchesKop(value, FTE_GENEGEERD) ? 'genegeerd' : null;
}

/** True for a subtotal or total label: "Totaal", "Subtotaal overhead", "Totaal generaal". */
export function isTotaalLabel(value: CellValue): boolean {
  const kop = normalizeKop(value);
  return onthoud(TOTAAL_CACHE, kop, () => /^(sub)?totaa?l/.test(kop) || /^totale /.test(kop));
}

const TOTAAL_CACHE = new Map<string, boolean>();

/** Index of the first cell in `row` that passes `test`, skipping `bezet` columns; -1 when none. */
export function findKolom(row: readonly CellValue[], test: (v: CellValue) => boolean, bezet: readonly number[] = []): number {
  for (let c = 0; c < row.length; c += 1) {
    if (!bezet.includes(c) && test(row[c] ?? null)) return c;
  }
  return -1;
}
