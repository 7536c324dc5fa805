/// <reference types="office-js" />
/**
 * Reads input sheets as grids: only the values of each used range (values-only, so formatted
 * empty cells do not count). One sync normally; when Excel on the web refuses the response
 * as too large (over 5 MB), the sheets are read again in row blocks of at most
 * READ_BLOCK_CELLS cells per sync, well under Excel's 5,000,000-cell and 5 MB limits.
 */
import { cellAddress } from '../core/cellAddress';
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

/** Grids of `names` in the given order; throws (via the caller) ItemNotFound for a missing sheet. */
export async function readGrids(context: Excel.RequestContext, names: string[], counter: SyncCounter): Promise<SheetGrid[]> {
  const ranges = names.map((name) =>
    context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
  );
  try {
    counter.count += 1;
    await context.sync();
  } catch (error) {
    if (!TOO_LARGE.includes(officeErrorCode(error))) throw error;
    return readGridsInBlocks(context, names, counter);
  }
  return names.map((name, i) => {
    const range = ranges[i];
    if (range.isNullObject) return { name, origin: 'A1', values: [] };
    return { name, origin: cellAddress(range.rowIndex, range.columnIndex), values: cleanValues(range.values) };
  });
}

/** The block-wise read: one sync for the sizes, then one per block of at most `blockCells` cells. */
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
  const grids: SheetGrid[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const size = sizes[i];
    if (size.isNullObject) {
      grids.push({ name: names[i], origin: 'A1', values: [] });
      continue;
    }
    const rowsPerBlock = Math.max(1, Math.floor(blockCells / Math.max(size.columnCount, 1)));
    const values: Grid = [];
    for (let top = 0; top < size.rowCount; top += rowsPerBlock) {
      const count = Math.min(rowsPerBlock, size.rowCount - top);
      const block = sheets[i].getRangeByIndexes(size.rowIndex + top, size.columnIndex, count, size.columnCount).load('values');
      counter.count += 1;
      // Each block must be read before the next is loaded: the blocks exist to keep responses small.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      values.push(...cleanValues(block.values));
    }
    grids.push({ name: names[i], origin: cellAddress(size.rowIndex, size.columnIndex), values });
  }
  return grids;
}
