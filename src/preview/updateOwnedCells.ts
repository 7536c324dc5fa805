/**
 * What-if in the preview: write only the cells that changed, as the Excel adapter does. Falls
 * back to a full write (which backs up a hand-edited sheet) when the layout changed or a
 * result sheet is no longer exactly what the add-in wrote.
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/cellAddress';
import type { WriteReport } from '../core/hostPort';
import { diffSheetSpecs, fingerprintGrid, mergeMetaGrid, readOwnershipMeta, specToGrid } from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import { readSheetValues } from '../xlsx/readGrids';
import { renderSheetSpecs } from '../xlsx/renderSheetSpecs';
import { findWorksheet, readMetaGrid, writeMetaSheet } from '../xlsx/workbookSheets';

export interface CellUpdate {
  report: WriteReport;
  /** The spec of each sheet in `report.written`, in the same order. */
  specs: SheetSpec[];
}

/** Updates `workbook` from `previous` to `next`; the report lists the sheets touched. */
export function updateOwnedCells(workbook: ExcelJS.Workbook, previous: SheetSpec[], next: SheetSpec[], writtenAt: string): CellUpdate {
  const volledig = (): CellUpdate => ({ report: renderSheetSpecs(workbook, next, { writtenAt }), specs: next });
  // diffSheetSpecs ignores column widths (they follow the content); they are set below.
  const changes = diffSheetSpecs(previous, next);
  if (changes === null) return volledig();
  const metaGrid = readMetaGrid(workbook);
  const records = readOwnershipMeta(metaGrid);
  const prevByKey = new Map(previous.map((spec) => [spec.key, spec]));
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const spec of next) {
    const record = records.find((r) => r.key === spec.key);
    const worksheet = record ? findWorksheet(workbook, record.sheet) : undefined;
    const before = prevByKey.get(spec.key);
    const untouched = worksheet && before && fingerprintGrid(readSheetValues(worksheet)) === fingerprintGrid(specToGrid(before));
    if (!worksheet || !untouched) return volledig();
    sheets.set(spec.key, worksheet);
  }
  for (const change of changes) {
    const cell = (sheets.get(change.key) as ExcelJS.Worksheet).getCell(cellAddress(change.row, change.column));
    cell.value = change.value;
    if (change.format) cell.numFmt = change.format;
  }
  for (const spec of next) {
    const worksheet = sheets.get(spec.key) as ExcelJS.Worksheet;
    spec.columnWidths.forEach((width, i) => {
      if (worksheet.getColumn(i + 1).width !== width) worksheet.getColumn(i + 1).width = width;
    });
  }
  const touched = new Set(changes.map((c) => c.key));
  if (touched.size > 0) {
    const nextByKey = new Map(next.map((spec) => [spec.key, spec]));
    const updated = records.map((r) => {
      const spec = touched.has(r.key) ? nextByKey.get(r.key) : undefined;
      return spec ? { ...r, fingerprint: fingerprintGrid(specToGrid(spec)), writtenAt } : r;
    });
    writeMetaSheet(workbook, mergeMetaGrid(metaGrid, updated));
  }
  const specs = next.filter((spec) => touched.has(spec.key));
  const written = specs.map((spec) => (sheets.get(spec.key) as ExcelJS.Worksheet).name);
  return { report: { written, backups: [], syncs: 0, cellsWritten: changes.length }, specs };
}

