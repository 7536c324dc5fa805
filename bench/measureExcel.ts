/**
 * Sync and payload figures of the real Office.js adapter, run against the recording fake of
 * the Excel object model (test/excel/fakeExcel.ts): it counts context.sync() calls and the
 * bytes of every queued value and format per sync — measured, not assumed. The fake refuses
 * responses above 5 MB, as Excel on the web does, so a re-run over large sheets pays for its
 * block-wise read.
 */
import { rescoreInvoer } from '../src/core/runToets';
import { buildSheetSpecs } from '../src/core/sheets';
import { createExcelHost, createWriteMemoryStore, type WriteMemoryStore } from '../src/excel';
import { WEB_RESPONSE_LIMIT_BYTES } from '../src/excel/workbookState';
import { FakeExcel, type FakeRun } from '../test/excel/fakeExcel';
import { generateGrids } from './generateGrids';
import { scoreGrids } from './measureCore';


export interface ExcelFiguren {
  taakvelden: number;
  /** The largest of the first run and the three re-runs. */
  syncsFullRun: number;
  /** Full run on a workbook without meta sheet (nothing owned yet). */
  syncsFirstRun: number;
  /** The same full run again from the same task pane: every owned sheet is read and rewritten. */
  syncsReRun: number;
  /** Again after the task pane was reloaded: what it wrote comes from the stored write memory. */
  syncsReRunReloaded: number;
  /** Again from a pane without any memory of the last run (another computer or browser). */
  syncsReRunNoMemory: number;
  syncsWhatIf: number;
  /** Largest request of any sync in the three runs. */
  maxRequestBytes: number;
  /** Largest response delivered in the three runs (the fake refuses more than 5 MB). */
  maxResponseBytes: number;
  /** Syncs refused as too large (each then read again in blocks). */
  refusedResponses: number;
  /** Request bytes of the first full run. */
  bytesFullRun: number;
  bytesReRun: number;
  bytesWhatIf: number;
  cellsWhatIf: number;
}

export interface MeasureOptions {
  /** Also measure a what-if after the re-run (default true). */
  whatIf?: boolean;
  /** The fake's response limit (default Excel on the web's 5 MB). */
  maxResponseBytes?: number;
}

const sum = (run: FakeRun, pick: (s: FakeRun['perSync'][number]) => number): number =>
  run.perSync.reduce((total, s) => total + pick(s), 0);

/**
 * A first full run, re-runs from the same pane, from a reloaded pane (with the stored write
 * memory the task pane keeps) and from a pane without memory, and (optionally) a what-if (a
 * weight raised) through the adapter, at a size. The what-if comes from the first pane.
 */
export async function measureExcel(taakvelden: number, options: MeasureOptions = {}): Promise<ExcelFiguren> {
  const { grids } = generateGrids({ taakvelden, jaren: 10, seed: 11, gaten: 0.01 });
  // Excel gives an empty cell as '' where the core's grids use null.
  const fake = new FakeExcel(Object.fromEntries(grids.map((g) => [g.name, g.values.map((r) => r.map((v) => v ?? ''))])));
  fake.maxResponseBytes = options.maxResponseBytes ?? WEB_RESPONSE_LIMIT_BYTES;
  const opslag = new Map<string, string>();
  const memoryStore = createWriteMemoryStore(() => ({ getItem: (k) => opslag.get(k) ?? null, setItem: (k, v) => void opslag.set(k, v) }), 'bench.xlsx');
  const newHost = (store?: WriteMemoryStore) =>
    createExcelHost({ excel: fake, now: () => new Date('2026-01-01T00:00:00Z'), sleep: async () => undefined, memoryStore: store });
  const host = newHost(memoryStore);
  const run = scoreGrids(grids);
  const specs = buildSheetSpecs(run);
  const lastRun = (): FakeRun => fake.runs[fake.runs.length - 1];
  await host.writeResults(specs);
  const first = lastRun();
  await host.writeResults(specs);
  const again = lastRun();
  await newHost(memoryStore).writeResults(specs);
  const reloaded = lastRun();
  await newHost().writeResults(specs);
  const noMemory = lastRun();

  let whatIf: FakeRun = { syncs: 0, perSync: [] };
  let cellsWhatIf = 0;
  if (options.whatIf ?? true) {
    const next = buildSheetSpecs(rescoreInvoer(run.analyse.invoer, { trekkingen: 1000, gewichten: { K2: 3 } }));
    cellsWhatIf = (await host.updateResults(specs, next)).cellsWritten;
    whatIf = lastRun();
  }
  const syncs = [first, again, reloaded, noMemory, whatIf].flatMap((r) => r.perSync);
  return {
    taakvelden,
    syncsFullRun: Math.max(first.syncs, again.syncs, reloaded.syncs, noMemory.syncs),
    syncsFirstRun: first.syncs,
    syncsReRun: again.syncs,
    syncsReRunReloaded: reloaded.syncs,
    syncsReRunNoMemory: noMemory.syncs,
    syncsWhatIf: whatIf.syncs,
    maxRequestBytes: Math.max(...syncs.map((s) => s.bytes)),
    maxResponseBytes: Math.max(...syncs.filter((s) => !s.error).map((s) => s.responseBytes)),
    refusedResponses: syncs.filter((s) => s.error === 'ResponsePayloadSizeLimitExceeded').length,
    bytesFullRun: sum(first, (s) => s.bytes),
    bytesReRun: sum(again, (s) => s.bytes),
    bytesWhatIf: sum(whatIf, (s) => s.bytes),
    cellsWhatIf,
  };
}
