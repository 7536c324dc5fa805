/// <reference types="office-js" />
/**
 * What-if: writes only the cells that changed (and column widths that moved with them), in two syncs. Sync 1 reads the meta sheet and
 * the target sheets; only when each target is still exactly what `previous` wrote (its
 * fingerprint matches) does sync 2 write the changed cells and the new fingerprints.
 * Otherwise it returns null and the caller does a full write (which backs up edited sheets).
 */
import { rangeAddress } from '../core/cellAddress';
import type { WriteReport } from '../core/hostPort';
import {
  changedColumnWidths,
  fingerprintGrid,
  mergeMetaGrid,
  META_SHEET,
  readOwnershipMeta,
  specToGrid,
  type CellChange,
} from '../core/ownership';
import type { OwnedSheetKey, SheetSpec } from '../core/sheetSpec';
import { changeRects, isText, type ChangeRect } from './changeRects';
import { columnWidthRanges } from './columnWidth';
import { officeErrorCode } from './excelAdapterError';
import { metaSheetSteps } from './metaSheetSteps';
import { numberFormatsBytes, setNumberFormats } from './numberFormatSteps';
import { isTooLarge } from './readGrids';
import { estimateBytes, smallStep, type QueuedStep } from './payload';
import { runSteps } from './runSteps';
import type { SyncCounter } from './syncCounter';
import { cellFormat, writableValue } from './textFormat';
import { gridOf } from './readGrids';

export interface UpdateCellsOptions {
  writtenAt: string;
  /** Where the host believes each key's sheet is (from its last write); verified against the meta sheet. */
  sheetNames: Partial<Record<OwnedSheetKey, string>>;
}

/** Steps for one rectangle: "@" (or the reset of an old "@") before the values, then the formats. */
function rectSteps(worksheet: Excel.Worksheet, rect: ChangeRect): QueuedStep[] {
  const rows = rect.cells.length;
  const columns = rect.cells[0].length;
  const address = rangeAddress(rect.row, rect.column, rows, columns);
  const values = rect.cells.map((row) => row.map((c) => writableValue(c.value)));
  const formats = rect.cells.map((row) => row.map((c) => cellFormat(c.value, c.format)));
  const steps: QueuedStep[] = [];
  // A cell that becomes text needs "@" first; a cell that was text must lose "@" first, or a number lands as text.
  const needsFirst = rect.cells.some((row) => row.some((c) => isText(c.value) || isText(c.previous)));
  const formatStep: QueuedStep = { bytes: numberFormatsBytes(formats), queue: () => setNumberFormats(worksheet.getRange(address), formats) };
  if (needsFirst) steps.push(formatStep);
  steps.push({ bytes: estimateBytes(values), queue: () => { worksheet.getRange(address).values = values; } });
  steps.push(formatStep);
  return steps;
}

/** Null when a full write is needed; else the report of the cell-level update. */
export async function updateCells(
  context: Excel.RequestContext,
  previous: SheetSpec[],
  next: SheetSpec[],
  changes: CellChange[],
  counter: SyncCounter,
  options: UpdateCellsOptions,
): Promise<WriteReport | null> {
  const widthKeys = changedColumnWidths(previous, next);
  const keys = [...new Set([...changes.map((c) => c.key), ...widthKeys])];
  const nextByKey = new Map(next.map((s) => [s.key, s]));
  const prevByKey = new Map(previous.map((s) => [s.key, s]));
  const targets = keys.map((key) => {
    const name = options.sheetNames[key] ?? nextByKey.get(key)?.name ?? key;
    const worksheet = context.workbook.worksheets.getItem(name);
    return { key, name, worksheet, used: worksheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') };
  });
  const metaSheet = context.workbook.worksheets.getItem(META_SHEET);
  const metaRange = metaSheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  const application = context.application.load('calculationMode');
  try {
    counter.count += 1;
    await context.sync();
  } catch (error) {
    // A missing sheet (deleted, renamed, never written), or sheets too large for one response
    // (Excel on the web, 5 MB): the full write sorts it out, reading in blocks if it must.
    if (officeErrorCode(error) === 'ItemNotFound' || isTooLarge(error)) return null;
    throw error;
  }

  const metaGrid = gridOf(metaRange);
  const records = readOwnershipMeta(metaGrid);
  for (const target of targets) {
    const record = records.find((r) => r.key === target.key);
    const before = prevByKey.get(target.key);
    if (!record || !before || record.sheet.toLowerCase() !== target.name.toLowerCase()) return null;
    const current = fingerprintGrid(gridOf(target.used));
    if (current !== record.fingerprint || current !== fingerprintGrid(specToGrid(before))) return null;
  }

  const steps: QueuedStep[] = [];
  for (const target of targets) {
    const mine = changes.filter((c) => c.key === target.key);
    for (const rect of changeRects(mine)) steps.push(...rectSteps(target.worksheet, rect));
    const spec = nextByKey.get(target.key);
    if (spec && widthKeys.includes(target.key)) {
      for (const w of columnWidthRanges(spec.columnWidths)) {
        steps.push(smallStep(() => { target.worksheet.getRange(w.address).format.columnWidth = w.points; }));
      }
    }
  }
  const updated = records.map((r) => {
    const spec = keys.includes(r.key) ? nextByKey.get(r.key) : undefined;
    return spec ? { ...r, fingerprint: fingerprintGrid(specToGrid(spec)), writtenAt: options.writtenAt } : r;
  });
  steps.push(...metaSheetSteps(context, metaSheet, mergeMetaGrid(metaGrid, updated)));
  await runSteps(context, steps, counter, { calculationMode: application.calculationMode });
  return {
    written: targets.map((t) => t.name),
    backups: [],
    syncs: counter.count,
    cellsWritten: changes.length,
  };
}

