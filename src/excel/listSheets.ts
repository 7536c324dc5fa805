/// <reference types="office-js" />
/**
 * Every sheet but the meta sheet, with its size, tables and whether the add-in owns it.
 * Two syncs: names and tables, then used ranges and the meta sheet.
 */
import type { SheetSummary } from '../core/hostPort';
import { META_SHEET, readOwnershipMeta } from '../core/ownership';
import type { SyncCounter } from './syncCounter';
import { gridOf } from './readGrids';

export async function listSheetSummaries(context: Excel.RequestContext, counter: SyncCounter): Promise<SheetSummary[]> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const meta = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
  counter.count += 1;
  await context.sync();

  const sheets = worksheets.items.filter((sheet) => sheet.name !== META_SHEET);
  const used = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowCount,columnCount'));
  const metaRange = meta.isNullObject ? null : meta.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  counter.count += 1;
  await context.sync();

  const owned = new Set(readOwnershipMeta(metaRange ? gridOf(metaRange) : null).map((r) => r.sheet.toLowerCase()));
  return sheets.map((sheet, i) => ({
    name: sheet.name,
    rowCount: used[i].isNullObject ? 0 : used[i].rowCount,
    columnCount: used[i].isNullObject ? 0 : used[i].columnCount,
    tables: tables.items.filter((t) => t.worksheet.name === sheet.name).map((t) => t.name),
    owned: owned.has(sheet.name.toLowerCase()),
  }));
}
