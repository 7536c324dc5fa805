/// <reference types="office-js" />
/**
 * Steps that (re)write the veryHidden meta sheet `_Samenwerkingstoets`: created when missing,
 * cleared, then written as text ("@") so Excel never turns a fingerprint, date or JSON
 * fragment into a number, date or formula. Queued last in a run: if Excel fails half way,
 * the meta sheet never claims a sheet that was not written.
 */
import { META_SHEET } from '../core/ownership';
import type { Grid } from '../core/types';
import { smallStep, type QueuedStep } from './payload';
import { lazySheet } from './sheetRef';
import { gridValueSteps } from './sheetSteps';

/** `existing` = the meta sheet loaded before, or null to add it. */
export function metaSheetSteps(context: Excel.RequestContext, existing: Excel.Worksheet | null, grid: Grid): QueuedStep[] {
  const sheet = lazySheet(() => existing ?? context.workbook.worksheets.add(META_SHEET));
  return [
    smallStep(() => {
      const worksheet = sheet();
      worksheet.visibility = 'VeryHidden';
      if (existing) worksheet.getRange().clear();
    }),
    ...gridValueSteps(sheet, grid),
  ];
}
