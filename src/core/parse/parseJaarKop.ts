/**
 * Year headers ("2018", "R2019", "Rekening 2019", "B 2020", "Begroting 2020 na wijziging")
 * and soort words (Realisatie/Rekening/Jaarrekening → Realisatie, Begroting → Begroting).
 */
import type { CellValue, Soort } from '../types';
import { normalizeKop, onthoud } from './normalizeKop';

export const MIN_JAAR = 1990;
export const MAX_JAAR = 2100;

const REALISATIE = new Set([
  'r', 'jr', 'real', 'realisatie', 'gerealiseerd', 'rekening', 'jaarrekening', 'werkelijk', 'werkelijke', 'verantwoording',
]);
const BEGROTING = new Set([
  'b', 'begr', 'begroting', 'begroot', 'primitieve', 'primitief', 'gewijzigde', 'gewijzigd', 'bijgestelde',
  'actuele', 'raming', 'meerjarenraming', 'mjr', 'programmabegroting',
]);
/** Words that may stand next to a year without saying anything about the soort. */
const NEUTRAAL = new Set([
  'na', 'wijziging', 'wijzigingen', 'incl', 'inclusief', 'jaar', 'lasten', 'kosten', 'fte', 'formatie', 'bedrag', 'bedragen', 'en',
]);
/** Words that make a year column neither Realisatie nor Begroting. */
const ANDERE_SOORT = new Set(['prognose', 'verwachting', 'forecast', 'schatting', 'voorlopig', 'voorlopige']);

export interface JaarKop {
  jaar: number;
  /** null: the header names a year with a soort that is neither (e.g. "Prognose 2021"). */
  soort: Soort | null;
  /** False for a bare year, which counts as Realisatie unless a group label says otherwise. */
  expliciet: boolean;
}

function isJaar(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_JAAR && n <= MAX_JAAR;
}

/** Words of a header, with letters and digits split apart: "JR2021" → ["jr", "2021"]. */
function splitWoorden(value: CellValue): readonly string[] {
  return onthoud(WOORDEN_CACHE, normalizeKop(value), (kop) =>
    Object.freeze(
      kop
        .replace(/([a-z])(\d)/g, '$1 $2')
        .replace(/(\d)([a-z])/g, '$1 $2')
        .split(' ')
        .filter((w) => w !== ''),
    ),
  );
}

const WOORDEN_CACHE = new Map<string, readonly string[]>();

/** Soort named by `woorden`, 'onbekend' for other words, undefined when there are none. */
function readSoortWoorden(woorden: readonly string[]): Soort | 'onbekend' | undefined {
  let r = false;
  let b = false;
  let anders = false;
  for (const w of woorden) {
    if (REALISATIE.has(w)) r = true;
    else if (BEGROTING.has(w)) b = true;
    else if (ANDERE_SOORT.has(w)) anders = true;
    else if (!NEUTRAAL.has(w)) return 'onbekend';
  }
  if (anders || (r && b)) return 'onbekend';
  if (r) return 'Realisatie';
  if (b) return 'Begroting';
  return undefined;
}

/**
 * Full reading of a year header; null when the cell is not a year header at all. The result
 * is frozen and shared: a long sheet repeats the same few year cells on every row.
 */
export function readJaarKop(value: CellValue): Readonly<JaarKop> | null {
  if (typeof value === 'number') {
    if (!isJaar(value)) return null;
    return KALE_JAREN.get(value) ?? KALE_JAREN.set(value, Object.freeze({ jaar: value, soort: 'Realisatie', expliciet: false })).get(value) ?? null;
  }
  if (typeof value !== 'string') return null;
  return onthoud(JAARKOP_CACHE, value, leesJaarKopTekst);
}

const KALE_JAREN = new Map<number, Readonly<JaarKop>>();
const JAARKOP_CACHE = new Map<string, Readonly<JaarKop> | null>();

function leesJaarKopTekst(value: string): Readonly<JaarKop> | null {
  const woorden = splitWoorden(value);
  const jaren = woorden.filter((w) => /^\d+$/.test(w));
  if (jaren.length !== 1 || jaren[0].length !== 4 || !isJaar(Number(jaren[0]))) return null;
  const jaar = Number(jaren[0]);
  const soort = readSoortWoorden(woorden.filter((w) => w !== jaren[0]));
  if (soort === undefined) return Object.freeze({ jaar, soort: 'Realisatie', expliciet: false });
  if (soort === 'onbekend') {
    const andere = woorden.some((w) => ANDERE_SOORT.has(w));
    return andere ? Object.freeze({ jaar, soort: null, expliciet: true }) : null;
  }
  return Object.freeze({ jaar, soort, expliciet: true });
}

/**
 * A year header as `{jaar, soort}`: `2018`, `R2019`, `Rekening 2019`, `JR2021` → Realisatie;
 * `B2020`, `Begroting 2020`, `Primitieve begroting 2020` → Begroting. Years 1990–2100 only.
 */
export function parseJaarKop(text: CellValue): { jaar: number; soort: Soort } | null {
  const kop = readJaarKop(text);
  return kop && kop.soort ? { jaar: kop.jaar, soort: kop.soort } : null;
}

/** A soort cell ("Realisatie", "Jaarrekening", "B", "Begroting na wijziging"); null when it is not one. */
export function parseSoort(value: CellValue): Soort | null {
  const tekst = typeof value === 'string' ? value : String(value ?? '');
  // A long sheet has the same soort on row after row: skip even the cache look-up then.
  if (tekst === vorigeSoort.tekst) return vorigeSoort.soort;
  const soort = onthoud(SOORT_CACHE, tekst, () => {
    const gelezen = readSoortWoorden(splitWoorden(value));
    return gelezen === 'Realisatie' || gelezen === 'Begroting' ? gelezen : null;
  });
  vorigeSoort = { tekst, soort };
  return soort;
}

let vorigeSoort: { tekst: string | undefined; soort: Soort | null } = { tekst: undefined, soort: null };

const SOORT_CACHE = new Map<string, Soort | null>();
