/// <reference types="office-js" />
/**
 * Reads sheets as grids: only the values of each used range (values-only, so formatted empty
 * cells do not count). One sync normally; when Excel on the web refuses the response as too
 * large (over 5 MB), the sheets are read again in row blocks, at most READ_BLOCK_CELLS cells
 * per sync (small sheets share one), well under Excel's 5,000,000-cell and 5 MB limits. The
 * full run's read of possibly owned sheets (workbookState) falls back the same way.
 */
import { cellAddress, parseAddress } from '../core/cellAddress';
import { anchorGrid } from '../core/ownership';
import type { Grid, SheetGrid } from '../core/types';
import { officeErrorCode } from './excelAdapterError';
import type { SyncCounter } from './syncCounter';

/** About 20 bytes per cell in the response: 200,000 cells ≈ 4 MB. */
export const READ_BLOCK_CELLS = 200_000;
const TOO_LARGE = ['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit'];

/** Excel returns "" for an empty cell; the core's grids use null. */
export function cleanValues(values: unknown[][]): Grid {
  return values.map((row) => row.map((v) => (v === '' || v === undefined ? null : (v as string | number | boolean))));
}

/** Whether Excel refused a read as too large (Excel on the web: responses above 5 MB). */
export function isTooLarge(error: unknown): boolean {
  return TOO_LARGE.includes(officeErrorCode(error));
}

/** Grids of `names` in the given order; throws (via the caller) ItemNotFound for a missing sheet. */
export async function readGrids(context: Excel.RequestContext, names: string[], counter: SyncCounter): Promise<SheetGrid[]> {
  const ranges = names.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
  );
  try {
    counter.count += 1;
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    return readGridsInBlocks(context, names, counter);
  }
  return names.map((name, i) => {
    const range = ranges[i];
    if (range.isNullObject) return { name, origin: 'A1', values: [] };
    return { name, origin: cellAddress(range.rowIndex, range.columnIndex), values: cleanValues(range.values) };
  });
}

export interface ReadBlock {
  /** Index into the sheets. */
  sheet: number;
  /** First row, relative to the used range. */
  top: number;
  rows: number;
}

/** A sheet's size for planning reads; `cellWeight` is the cost of one cell (default 1). */
export interface ReadSize {
  rowCount: number;
  columnCount: number;
  cellWeight?: number;
}

/**
 * Row blocks of the sheets (null = empty sheet), in order, cut so that each sync reads at most
 * `blockCells` cells (times their weight): a block fills what the previous one left of its
 * sync, so small sheets share one.
 */
export function planReadBlocks(sizes: (ReadSize | null)[], blockCells: number): ReadBlock[][] {
  const syncs: ReadBlock[][] = [];
  let room = 0;
  sizes.forEach((size, sheet) => {
    if (!size) return;
    const rowCost = Math.max(size.columnCount, 1) * (size.cellWeight ?? 1);
    for (let top = 0; top < size.rowCount; ) {
      if (room < rowCost) {
        syncs.push([]);
        room = blockCells;
      }
      const rows = Math.min(size.rowCount - top, Math.max(1, Math.floor(room / rowCost)));
      syncs[syncs.length - 1].push({ sheet, top, rows });
      room -= rows * rowCost;
      top += rows;
    }
  });
  return syncs;
}

/**
 * Reads `pending` block groups, one sync each, appending each block's rows to `values` of its
 * sheet (groups and blocks come in row order). A group Excel refuses as too large is split in
 * two and read again, down to a single row.
 */
export async function readBlockGroups(
  context: Excel.RequestContext,
  pending: ReadBlock[][],
  values: Grid[],
  counter: SyncCounter,
  rangeOf: (block: ReadBlock) => Excel.Range,
): Promise<void> {
  for (let blocks = pending.shift(); blocks; blocks = pending.shift()) {
    const ranges = blocks.map((b) => rangeOf(b).load('values'));
    try {
      counter.count += 1;
      // Each group must be read before the next is loaded: the blocks exist to keep responses small.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isTooLarge(error) ? splitReadBlocks(blocks) : null;
      if (!halves) throw error;
      pending.unshift(...halves);
      continue;
    }
    addBlockRows(blocks, ranges, values);
  }
}

/** Appends the loaded rows of `ranges` (one per block) to their sheets' grids. */
export function addBlockRows(blocks: ReadBlock[], ranges: Excel.Range[], values: Grid[]): void {
  blocks.forEach((b, j) => {
    for (const row of cleanValues(ranges[j].values)) values[b.sheet].push(row);
  });
}

/** Two halves of a refused group: its blocks split in two, or a single block's rows; null when one row. */
export function splitReadBlocks(blocks: ReadBlock[]): [ReadBlock[], ReadBlock[]] | null {
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, mid), blocks.slice(mid)];
  }
  const [block] = blocks;
  if (!block || block.rows <= 1) return null;
  const half = Math.ceil(block.rows / 2);
  return [[{ ...block, rows: half }], [{ ...block, top: block.top + half, rows: block.rows - half }]];
}

/**
 * The block-wise read: one sync for the sizes, then one per group of blocks of at most
 * `blockCells` cells. Cells are not bytes (a cell of paragraph text is 150 bytes, not 20), so
 * a group Excel still refuses is split in two and read again, down to a single row.
 */
export async function readGridsInBlocks(
  context: Excel.RequestContext,
  names: string[],
  counter: SyncCounter,
  blockCells = READ_BLOCK_CELLS,
): Promise<SheetGrid[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItem(name));
  const sizes = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  counter.count += 1;
  await context.sync();
  const values: Grid[] = names.map(() => []);
  const pending = planReadBlocks(sizes.map((size) => (size.isNullObject ? null : size)), blockCells);
  await readBlockGroups(context, pending, values, counter, (b) => {
    const size = sizes[b.sheet];
    return sheets[b.sheet].getRangeByIndexes(size.rowIndex + b.top, size.columnIndex, b.rows, size.columnCount);
  });
  return names.map((name, i) => {
    const size = sizes[i];
    if (size.isNullObject) return { name, origin: 'A1', values: [] };
    return { name, origin: cellAddress(size.rowIndex, size.columnIndex), values: values[i] };
  });
}

/** A loaded used range (or null object) as a grid from A1. */
export function gridOf(range: Excel.Range): Grid {
  if (range.isNullObject) return [];
  return anchorGrid(range.values as Grid, { row: range.rowIndex, column: range.columnIndex });
}

/** A sheet grid read from its origin, as a grid from A1. */
export function gridFromA1(grid: SheetGrid): Grid {
  return anchorGrid(grid.values, parseAddress(grid.origin ?? 'A1'));
}
