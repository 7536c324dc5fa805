/**
 * Benchmark headers by their words: "Referentie %" / "ref_pct_of_total" → referentiePct,
 * "Referentie FTE", "Referentie kosten", "Totale formatie", own "FTE" and "Kosten".
 * Deviation and own-share columns ("Afwijking", "Aandeel %") are computed, so not read.
 */
import type { CellValue } from '../types';
import { JAAR_KOPPEN, isTaakveldKop } from './kolomKoppen';
import { matchesKop, normalizeKop } from './normalizeKop';

export type BenchmarkKolom =
  | 'taakveld' | 'jaar' | 'totaleFormatie' | 'referentieFte' | 'referentiePct' | 'referentieKosten' | 'fte' | 'kosten';

export const BENCHMARK_GETALLEN: readonly BenchmarkKolom[] = [
  'totaleFormatie', 'referentieFte', 'referentiePct', 'referentieKosten', 'fte', 'kosten',
];

const AFGELEID = ['afwijking', 'deviation', 'verschil', 'index', 'toelichting', 'opmerking', 'materieel'];
const PROCENT = ['%', 'pct', 'percentage', 'procent', 'aandeel'];
const KOSTEN = ['kosten', 'lasten', 'euro', 'bedrag', 'loonsom'];
const FORMATIE = ['fte', 'formatie', 'ftes'];

/** What a benchmark header cell holds, or null for a column the parser does not read. */
export function classifyBenchmarkKop(value: CellValue): BenchmarkKolom | null {
  if (isTaakveldKop(value)) return 'taakveld';
  if (matchesKop(value, JAAR_KOPPEN)) return 'jaar';
  const woorden = normalizeKop(value).split(' ').filter((w) => w !== '');
  const heeft = (lijst: readonly string[]) => woorden.some((w) => lijst.includes(w));
  if (woorden.length === 0 || heeft(AFGELEID)) return null;
  const referentie = woorden.some((w) => w === 'ref' || w.startsWith('referentie') || w === 'norm');
  if (referentie) {
    if (heeft(PROCENT)) return 'referentiePct';
    if (heeft(KOSTEN)) return 'referentieKosten';
    return heeft(FORMATIE) ? 'referentieFte' : null;
  }
  if (heeft(PROCENT)) return null;
  if ((heeft(['totale', 'totaal', 'total', 'bruto']) || woorden.includes('organisatie')) && heeft(FORMATIE)) return 'totaleFormatie';
  if (heeft(KOSTEN)) return 'kosten';
  return heeft(FORMATIE) ? 'fte' : null;
}
