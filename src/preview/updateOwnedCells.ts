/**
 * What-if in the preview: write only the cells that changed, as the Excel adapter does. Falls
 * back to a full write (which backs up a hand-edited sheet) when the layout changed or a
 * result sheet is no longer exactly what the add-in wrote.
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/cellAddress';
import type { WriteReport } from '../core/hostPort';
import { diffSheetSpecs, fingerprintGrid, readOwnershipMeta, specToGrid } from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import type { Grid } from '../core/types';
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
  // Column widths follow the content (a longer Oordeel widens its column); they are set below,
  // so they must not turn a what-if into a full rewrite.
  const widths = new Map(previous.map((spec) => [spec.key, spec.columnWidths]));
  const changes = diffSheetSpecs(previous, next.map((spec) => ({ ...spec, columnWidths: widths.get(spec.key) ?? spec.columnWidths })));
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
  if (touched.size > 0 && metaGrid) writeMetaSheet(workbook, refreshFingerprints(metaGrid, next.filter((s) => touched.has(s.key)), writtenAt));
  const specs = next.filter((spec) => touched.has(spec.key));
  const written = specs.map((spec) => (sheets.get(spec.key) as ExcelJS.Worksheet).name);
  return { report: { written, backups: [], syncs: 0, cellsWritten: changes.length }, specs };
}

/**
 * The meta grid with new fingerprints on the 'blad' rows of `specs`; every other row (other
 * owned sheets, settings, scenarios) stays exactly as it was.
 */
function refreshFingerprints(metaGrid: Grid, specs: SheetSpec[], writtenAt: string): Grid {
  const byKey = new Map(specs.map((spec) => [spec.key as string, fingerprintGrid(specToGrid(spec))]));
  return metaGrid.map((row) => {
    const fingerprint = row[0] === 'blad' ? byKey.get(String(row[1])) : undefined;
    if (fingerprint === undefined) return row;
    const copy = [...row];
    while (copy.length < 5) copy.push(null);
    copy[3] = fingerprint;
    copy[4] = writtenAt;
    return copy;
  });
}
