/**
 * The optional Benchmark sheet (design section 6): Taakveld or Taakgebied, Jaar, Totale formatie,
 * Referentie FTE, Referentie %, Referentie kosten, optional FTE and Kosten. Unknown taakvelden
 * stay in with bekend:false.
 *
 * Referentie % is read in percent points ("1,7%" and 1.7 both give 1.7). A bare number of at
 * most 1 (a cell formatted as %, holding 0.017) is taken as a fraction only when the row's
 * Referentie FTE and Totale formatie show that; otherwise it stays percent points, with an info
 * issue when the whole column looks like fractions.
 */
import type { BenchmarkRegel, Issue, SheetGrid } from '../types';
import { BENCHMARK_GETALLEN, classifyBenchmarkKop, type BenchmarkKolom } from './classifyBenchmarkKop';
import { scaleGetal } from './eenheid';
import { findHeaderRow } from './findHeader';
import { formatGetal, createOnbekendTaakveldIssue, createOngeldigJaarIssue } from './issues';
import { TaakveldVolger, getCel, hasWaarden, getPlek } from './metingContext';
import { cleanText, isBlank, normalizeNaam } from './normalizeKop';
import { readJaarKop } from './parseJaarKop';
import { readZijWaarde } from './readZijWaarde';
import { removeDubbele } from './removeDubbele';
import { createKolomOntbreektIssue, createKopNietGevondenIssue, createPercentageOnduidelijkIssue } from './tabelIssues';
import type { TaakveldRegister } from './taakveldRegister';

type Kolommen = Partial<Record<BenchmarkKolom, number>>;

/** Benchmark rows; duplicates of (taakveld, jaar) are reported and left out. */
export function parseBenchmark(grid: SheetGrid, register: TaakveldRegister, issues: Issue[]): BenchmarkRegel[] {
  const h = findHeaderRow(grid, (row) => {
    const soorten = row.map((v) => classifyBenchmarkKop(v));
    return soorten.includes('taakveld') && soorten.some((s) => s !== null && s.startsWith('referentie'));
  });
  if (h < 0) {
    issues.push(createKopNietGevondenIssue(grid.name, 'benchmark', 'Taakveld, Jaar, Totale formatie, Referentie FTE of Referentie % en Referentie kosten', 'warning'));
    return [];
  }
  const k: Kolommen = {};
  grid.values[h].forEach((v, c) => {
    const soort = classifyBenchmarkKop(v);
    if (soort && k[soort] === undefined) k[soort] = c;
  });
  const tk = k.taakveld as number;
  const titelJaar = k.jaar === undefined ? findTitelJaar(grid, h) : null;
  if (k.jaar === undefined && titelJaar === null) {
    issues.push(createKolomOntbreektIssue(getPlek(grid, h, tk), 'Jaar (of één jaartal in de titel of de bladnaam)', 'warning'));
    return [];
  }
  const getalKolommen = BENCHMARK_GETALLEN.flatMap((s) => (k[s] === undefined ? [] : [[s, k[s] as number] as const]));
  const pctTwijfel = k.referentiePct !== undefined && looksLikeFractions(grid, h, k.referentiePct);
  let twijfelGemeld = false;
  const volger = new TaakveldVolger(grid, tk, (v, plek) => {
    const info = register.find(v);
    if (info) return { naam: info.naam, bekend: true };
    issues.push(createOnbekendTaakveldIssue(plek, cleanText(v), true));
    return { naam: cleanText(v), bekend: false };
  });
  const uit: BenchmarkRegel[] = [];
  for (let r = h + 1; r < grid.values.length; r += 1) {
    const taakveld = volger.readRegel(r);
    if (taakveld === 'overslaan' || !hasWaarden(grid, r, getalKolommen.map(([, c]) => c))) continue;
    if (!taakveld) {
      volger.reportOntbrekend(r, issues, 'warning');
      continue;
    }
    const jaar = k.jaar === undefined ? titelJaar : readJaarKop(getCel(grid, r, k.jaar))?.jaar ?? null;
    if (jaar === null) {
      issues.push(createOngeldigJaarIssue(getPlek(grid, r, k.jaar as number), cleanText(getCel(grid, r, k.jaar as number)), 'warning'));
      continue;
    }
    const regel: BenchmarkRegel = { taakveld: taakveld.naam, bekend: taakveld.bekend, jaar, ...getPlek(grid, r, tk) };
    for (const [soort, c] of getalKolommen) {
      const waarde = readZijWaarde(getCel(grid, r, c), getPlek(grid, r, c), issues);
      if (waarde !== undefined) regel[soort as Exclude<BenchmarkKolom, 'taakveld' | 'jaar'>] = waarde;
    }
    const pctCel = k.referentiePct === undefined ? null : getCel(grid, r, k.referentiePct);
    if (typeof pctCel === 'number' && regel.referentiePct !== undefined && Math.abs(pctCel) <= 1 && pctCel !== 0) {
      if (isFractie(regel)) regel.referentiePct = scaleGetal(pctCel, 100);
      else if (pctTwijfel && !twijfelGemeld) {
        issues.push(createPercentageOnduidelijkIssue(getPlek(grid, r, k.referentiePct as number), formatGetal(pctCel)));
        twijfelGemeld = true;
      }
    }
    uit.push(regel);
  }
  return removeDubbele(uit, (b) => `${normalizeNaam(b.taakveld)}|${b.jaar}`, (b) => `de benchmark van ${b.taakveld} in ${b.jaar}`, issues);
}

/** True when the row's own figures show that Referentie % was given as a fraction (0.017 for 1,7 %). */
function isFractie(regel: BenchmarkRegel): boolean {
  const { referentiePct: pct, referentieFte: fte, totaleFormatie: totaal } = regel;
  if (pct === undefined || fte === undefined || totaal === undefined) return false;
  return Math.abs(pct * totaal - fte) < Math.abs((pct * totaal) / 100 - fte);
}

/** True when every number in the Referentie % column is at most 1. */
function looksLikeFractions(grid: SheetGrid, h: number, kolom: number): boolean {
  const getallen = grid.values.slice(h + 1).map((row) => row?.[kolom]).filter((v): v is number => typeof v === 'number');
  return getallen.length > 0 && getallen.every((v) => Math.abs(v) <= 1);
}

/** The one year named in the title rows or the sheet name ("Benchmark 2017"), or null. */
function findTitelJaar(grid: SheetGrid, h: number): number | null {
  const teksten = [grid.name, ...grid.values.slice(0, h).flat().filter((v) => !isBlank(v)).map((v) => cleanText(v))];
  const jaren = new Set<number>();
  for (const tekst of teksten) {
    for (const m of tekst.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
      const jaar = Number(m[1]);
      if (jaar >= 1990 && jaar <= 2100) jaren.add(jaar);
    }
  }
  return jaren.size === 1 ? [...jaren][0] : null;
}
