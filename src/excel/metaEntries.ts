/// <reference types="office-js" />
/**
 * Settings and scenarios live as JSON rows in the meta sheet (kinds 'instellingen' and
 * 'scenario'), next to the owned-sheet records, which a save keeps as they are.
 */
import { META_SHEET, readMetaEntries, writeMetaEntries, type MetaEntry } from '../core/ownership';
import type { Grid } from '../core/types';
import { metaSheetSteps } from './metaSheetSteps';
import { runSteps } from './runSteps';
import type { SyncCounter } from './syncCounter';
import { gridOf } from './readGrids';

type JsonKind = 'instellingen' | 'scenario';

interface LoadedMeta {
  sheet: Excel.Worksheet | null;
  grid: Grid | null;
}

/** The meta sheet and its values; two syncs when it exists, one when it does not. */
export async function loadMeta(context: Excel.RequestContext, counter: SyncCounter): Promise<LoadedMeta> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
  counter.count += 1;
  await context.sync();
  if (sheet.isNullObject) return { sheet: null, grid: null };
  const range = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  counter.count += 1;
  await context.sync();
  return { sheet, grid: gridOf(range) };
}

/** The entries of one kind. */
export async function loadMetaEntries(context: Excel.RequestContext, kind: JsonKind, counter: SyncCounter): Promise<MetaEntry[]> {
  const meta = await loadMeta(context, counter);
  return readMetaEntries(meta.grid, kind);
}

/** Replaces all entries of one kind, keeping every other row of the meta sheet. */
export async function saveMetaEntries(
  context: Excel.RequestContext,
  kind: JsonKind,
  entries: MetaEntry[],
  counter: SyncCounter,
): Promise<void> {
  const meta = await loadMeta(context, counter);
  await runSteps(context, metaSheetSteps(context, meta.sheet, writeMetaEntries(meta.grid, kind, entries)), counter);
}
