/// <reference types="office-js" />
/**
 * A re-run in the task pane that wrote the owned sheets. It knows their names, how large it
 * left them and that the meta sheet exists, so it can queue their values (in blocks when they
 * exceed one response) together with the structure in the first sync, instead of after it.
 *
 * That knowledge can be stale: the user renamed or removed a sheet (getItem fails at the sync),
 * or typed beyond the written area (the used range tells, and that sheet is read again whole).
 * A failed first sync becomes StaleWriteMemoryError and the host starts over without it. The
 * values read are the current ones either way, so edits are found and backed up as before.
 */
import { META_SHEET } from '../core/ownership';
import type { Grid } from '../core/types';
import { officeErrorCode } from './excelAdapterError';
import {
  addBlockRows, gridFromA1, gridOf, isTooLarge, planReadBlocks, readBlockGroups, readGridsInBlocks, type ReadBlock,
} from './readGrids';
import type { SyncCounter } from './syncCounter';

/** A sheet this task pane wrote, as it left it: values from A1 over `rows` × `columns`. */
export interface WrittenSheet {
  name: string;
  rows: number;
  columns: number;
  /** Estimated JSON bytes of its values. */
  bytes: number;
}

/** What the pane remembers of its last full run, and the response limit it plans reads for. */
export interface WriteMemory {
  /** By lower-cased sheet name. */
  sheets: ReadonlyMap<string, WrittenSheet>;
  maxResponseBytes: number;
}

/** The first sync failed on what the pane remembered: run again without it. */
export class StaleWriteMemoryError extends Error {
  constructor(
    message: string,
    /** Syncs spent before the failure. */
    readonly syncs: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StaleWriteMemoryError';
  }
}

/** Share of the response limit a planned read may fill: the estimate is JSON, Excel adds its own wrapping. */
const READ_BUDGET = 0.8;

export interface Queued {
  sheets: WrittenSheet[];
  worksheets: Excel.Worksheet[];
  used: Excel.Range[];
  charts: Excel.ChartCollection[];
  meta: Excel.Worksheet;
  metaRange: Excel.Range;
  /** Null when the whole used ranges were loaded in the first sync. */
  blocks: { first: ReadBlock[]; firstRanges: Excel.Range[]; rest: ReadBlock[][] } | null;
}

/** Queues, before the first sync, the meta sheet and the written sheets' values and charts. */
export function queueWrittenReads(context: Excel.RequestContext, memory: WriteMemory): Queued {
  const sheets = [...memory.sheets.values()];
  const worksheets = sheets.map((s) => context.workbook.worksheets.getItem(s.name));
  const charts = worksheets.map((w) => w.charts.load('items/name'));
  const meta = context.workbook.worksheets.getItem(META_SHEET);
  const metaRange = meta.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  const budget = memory.maxResponseBytes * READ_BUDGET;
  const total = sheets.reduce((som, s) => som + s.bytes, 0);
  if (total <= budget) {
    const used = worksheets.map((w) => w.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
    return { sheets, worksheets, used, charts, meta, metaRange, blocks: null };
  }
  const used = worksheets.map((w) => w.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  const sizes = sheets.map((s) => ({ rowCount: s.rows, columnCount: s.columns, cellWeight: s.bytes / Math.max(1, s.rows * s.columns) }));
  const [first = [], ...rest] = planReadBlocks(sizes, budget);
  const firstRanges = first.map((b) => blockRange(worksheets, sheets, b).load('values'));
  return { sheets, worksheets, used, charts, meta, metaRange, blocks: { first, firstRanges, rest } };
}

function blockRange(worksheets: Excel.Worksheet[], sheets: WrittenSheet[], b: ReadBlock): Excel.Range {
  return worksheets[b.sheet].getRangeByIndexes(b.top, 0, b.rows, Math.max(1, sheets[b.sheet].columns));
}

/** The first sync, turning a failure caused by the remembered state into StaleWriteMemoryError. */
export async function syncWrittenReads(context: Excel.RequestContext, counter: SyncCounter): Promise<void> {
  counter.count += 1;
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== 'ItemNotFound' && !isTooLarge(error)) throw error;
    throw new StaleWriteMemoryError('Het werkboek is veranderd sinds de vorige run in dit taakvenster.', counter.count, { cause: error });
  }
}

export interface WrittenValues {
  /** Values from A1, per remembered sheet (in the order of the queued reads). */
  grids: Grid[];
  charts: Excel.Chart[][];
  meta: Excel.Worksheet;
  metaGrid: Grid;
}

/** After the first sync: the remaining blocks, and a whole read of any sheet that grew beyond what was written. */
export async function finishWrittenReads(context: Excel.RequestContext, q: Queued, counter: SyncCounter): Promise<WrittenValues> {
  let grids: Grid[];
  if (!q.blocks) {
    grids = q.used.map(gridOf);
  } else {
    grids = q.sheets.map(() => []);
    addBlockRows(q.blocks.first, q.blocks.firstRanges, grids);
    await readBlockGroups(context, q.blocks.rest, grids, counter, (b) => blockRange(q.worksheets, q.sheets, b));
    const grown = q.sheets
      .map((s, i) => ({ s, i, used: q.used[i] }))
      .filter(({ s, used }) => !used.isNullObject && (used.rowIndex + used.rowCount > s.rows || used.columnIndex + used.columnCount > s.columns));
    if (grown.length > 0) {
      const whole = await readGridsInBlocks(context, grown.map((g) => g.s.name), counter);
      grown.forEach((g, j) => (grids[g.i] = gridFromA1(whole[j])));
    }
  }
  return { grids, charts: q.charts.map((c) => c.items), meta: q.meta, metaGrid: gridOf(q.metaRange) };
}
