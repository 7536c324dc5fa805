/**
 * The Berenschot tables of the audit report (seed 003, Bijlage D) as benchmark input, and
 * the report's way of rounding. Shared by the core test and the example-workbook test.
 *
 * The report prints rounded reference percentages, which do not reproduce its own deviations;
 * what reproduces every printed figure is Referentie FTE = fte / (1 + afwijking% / 100) and
 * Referentie kosten = kosten − afwijking kosten. The 2017 total formation is not printed:
 * 162,3 fte is the middle of the interval (162,0–162,6) in which every 2017 percentage rounds right.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BenchmarkRegel } from '../../../src/core/types';

export const DATA = path.resolve(__dirname, '../../fixtures/benchmark');
export const TOTALE_FORMATIE = { 2012: 165.95, 2017: 162.3 } as const;

export type RapportRij = Record<string, string>;

export function leesRapport(jaar: 2012 | 2017): RapportRij[] {
  const tekst = fs.readFileSync(path.join(DATA, `benchmark-heemstede-${jaar}.csv`), 'utf8');
  const regels = tekst.split(/\r?\n/).filter((r) => r.trim() && !r.startsWith('#'));
  const kop = regels[0].split(',');
  return regels.slice(1).map((r) => Object.fromEntries(r.split(',').map((v, i) => [kop[i], v])));
}

/** Benchmark input rows as a controller would type them from the report. */
export function rapportRegels(jaar: 2012 | 2017): BenchmarkRegel[] {
  return leesRapport(jaar).map((r, i) => {
    const fte = Number(r.fte);
    const pct = Number(jaar === 2012 ? r.deviation_pct : r.deviation_fte_pct);
    const regel: BenchmarkRegel = {
      taakveld: r.taakgebied, bekend: false, jaar, sheet: 'Benchmark', cell: `A${i + 2}`,
      totaleFormatie: TOTALE_FORMATIE[jaar], fte, referentieFte: fte / (1 + pct / 100),
    };
    if (jaar === 2017) {
      regel.kosten = Number(r.kosten);
      regel.referentieKosten = Number(r.kosten) - Number(r.deviation_kosten);
    }
    return regel;
  });
}

/** Half away from zero, as the report rounds (−1,45 → −1,5). */
export function rondAlsRapport(x: number, decimalen: number): number {
  const f = 10 ** decimalen;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
  return r === 0 ? 0 : r;
}
