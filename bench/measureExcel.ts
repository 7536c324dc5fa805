/**
 * Sync and payload figures of the real Office.js adapter, run against the recording fake of
 * the Excel object model (test/excel/fakeExcel.ts): it counts context.sync() calls and the
 * bytes of every queued value and format per sync — measured, not assumed.
 */
import { rescoreInvoer } from '../src/core/runToets';
import { buildSheetSpecs } from '../src/core/sheets';
import { createExcelHost } from '../src/excel';
import { FakeExcel } from '../test/excel/fakeExcel';
import { generateGrids } from './generateGrids';
import { scoreGrids } from './measureCore';

export interface ExcelFiguren {
  taakvelden: number;
  syncsFullRun: number;
  syncsWhatIf: number;
  maxRequestBytes: number;
  bytesFullRun: number;
  cellsWhatIf: number;
}

/** One full run and one what-if (a weight raised) through the adapter, at a size. */
export async function measureExcel(taakvelden: number): Promise<ExcelFiguren> {
  const { grids } = generateGrids({ taakvelden, jaren: 10, seed: 11, gaten: 0.01 });
  // Excel gives an empty cell as '' where the core's grids use null.
  const fake = new FakeExcel(Object.fromEntries(grids.map((g) => [g.name, g.values.map((r) => r.map((v) => v ?? ''))])));
  const host = createExcelHost({ excel: fake, now: () => new Date('2026-01-01T00:00:00Z'), sleep: async () => undefined });
  const run = scoreGrids(grids);
  const specs = buildSheetSpecs(run);
  await host.writeResults(specs);
  const full = fake.runs[fake.runs.length - 1];

  const next = buildSheetSpecs(rescoreInvoer(run.analyse.invoer, { trekkingen: 1000, gewichten: { K2: 3 } }));
  const report = await host.updateResults(specs, next);
  const whatIf = fake.runs[fake.runs.length - 1];
  const bytes = [...full.perSync, ...whatIf.perSync].map((s) => s.bytes);
  return {
    taakvelden,
    syncsFullRun: full.syncs,
    syncsWhatIf: whatIf.syncs,
    maxRequestBytes: Math.max(...bytes),
    bytesFullRun: full.perSync.reduce((s, x) => s + x.bytes, 0),
    cellsWhatIf: report.cellsWritten,
  };
}
