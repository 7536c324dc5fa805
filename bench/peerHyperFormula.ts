/**
 * The peer: what a controller would otherwise build in Excel — the nul-lijn, the peiljaar
 * figure, Δ% and the benchmark deviation as SUMIFS formulas over the long Kosten table —
 * evaluated by HyperFormula, a spreadsheet engine, on the same generated data.
 */
import { HyperFormula } from 'hyperformula';
import type { CellValue, SheetGrid } from '../src/core/types';

export interface PeerUitkomst {
  taakveld: string;
  nulLijn: number;
  peil: number;
  deltaPct: number;
  afwijkingFtePct: number;
}

export interface PeerOptions {
  nulLijnJaren: { jaar: number; soort: string }[];
  peiljaar: number;
  peilSoort: string;
  benchmarkJaar: number;
}

/** Builds the workbook with formulas, lets HyperFormula compute it, and reads the results. */
export function runPeer(grids: SheetGrid[], o: PeerOptions): PeerUitkomst[] {
  const grid = (naam: string) => grids.find((g) => g.name === naam)?.values ?? [];
  const kosten = grid('Kosten').map((rij, i) => (i === 0 ? [...rij, 'Totaal'] : [...rij, `=SUM(D${i + 1}:G${i + 1})`]));
  const fte = grid('FTE');
  const benchmark = grid('Benchmark');
  const n = kosten.length;
  const m = fte.length;
  const som = (sheet: string, col: string, rows: number, tv: string, jaar: number, soort: string) =>
    `SUMIFS(${sheet}!$${col}$2:$${col}$${rows},${sheet}!$A$2:$A$${rows},${tv},${sheet}!$B$2:$B$${rows},${jaar},${sheet}!$C$2:$C$${rows},"${soort}")`;
  const uitkomst: CellValue[][] = [['Taakveld', 'Nul-lijn', 'Peil', 'Delta %', 'Afwijking fte %']];
  for (let i = 1; i < benchmark.length; i++) {
    const r = i + 1;
    const tv = `A${r}`;
    const nl = o.nulLijnJaren.map((j) => som('Kosten', 'H', n, tv, j.jaar, j.soort)).join('+');
    const fteJaar = som('FTE', 'D', m, tv, o.benchmarkJaar, 'Realisatie');
    uitkomst.push([
      benchmark[i][0],
      `=(${nl})/${o.nulLijnJaren.length}`,
      `=${som('Kosten', 'H', n, tv, o.peiljaar, o.peilSoort)}`,
      `=(C${r}-B${r})/B${r}*100`,
      `=(${fteJaar}/(Benchmark!D${i + 1}/100*Benchmark!C${i + 1})-1)*100`,
    ]);
  }
  const hf = HyperFormula.buildFromSheets(
    { Kosten: kosten, FTE: fte, Benchmark: benchmark, Uitkomst: uitkomst } as Record<string, CellValue[][]>,
    { licenseKey: 'gpl-v3', useColumnIndex: true },
  );
  const id = hf.getSheetId('Uitkomst') as number;
  const waarden = hf.getSheetValues(id);
  hf.destroy();
  return waarden.slice(1).map((r) => ({
    taakveld: String(r[0]),
    nulLijn: Number(r[1]),
    peil: Number(r[2]),
    deltaPct: Number(r[3]),
    afwijkingFtePct: Number(r[4]),
  }));
}
