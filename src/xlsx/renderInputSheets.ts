/** Inserts input sheets (the template) into an exceljs workbook; they are the user's from then on. */
import type ExcelJS from 'exceljs';
import type { WriteReport } from '../core/hostPort';
import { claimTableName, tableNameCandidate } from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import { findWorksheet, listTableNames, orderWorksheets } from './workbookSheets';
import { assertWritable, writeSheetSpec } from './writeSheetSpec';

/**
 * Adds each sheet after the existing ones. A sheet whose name already exists is skipped,
 * never overwritten (the report lists only what was written); table names that are taken
 * get a suffix ("Invoer_Kosten_2"). Input sheets are not recorded as owned.
 */
export function renderInputSheets(workbook: ExcelJS.Workbook, sheets: Omit<SheetSpec, 'key'>[]): WriteReport {
  // Check every spec first, so a bad one cannot leave the workbook half written.
  sheets.forEach(assertWritable);
  const taken = new Set(listTableNames(workbook).all.map((name) => name.toLowerCase()));
  const written: string[] = [];
  let cellsWritten = 0;
  for (const sheet of sheets) {
    if (findWorksheet(workbook, sheet.name)) continue;
    const worksheet = workbook.addWorksheet(sheet.name);
    const tableNames = sheet.blocks.map((block) => claimTableName(taken, tableNameCandidate(block.tableName)));
    cellsWritten += writeSheetSpec(worksheet, sheet, { tableNames });
    written.push(sheet.name);
  }
  orderWorksheets(workbook, workbook.worksheets.map((worksheet) => worksheet.name));
  return { written, backups: [], syncs: 0, cellsWritten };
}
