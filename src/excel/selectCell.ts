/// <reference types="office-js" />
/** Shows a cell to the user (an issue's location): activates its sheet and selects it. One sync. */
import { parseAddress } from '../core/cellAddress';
import type { SyncCounter } from './syncCounter';

/** Throws AddressError (misuse) for an address that is not A1 style, before talking to Excel. */
export async function selectSheetCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  counter: SyncCounter,
): Promise<void> {
  const target = cell.trim() === '' ? 'A1' : cell;
  parseAddress(target);
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(target).select();
  counter.count += 1;
  await context.sync();
}
