/**
 * A full run into an exceljs workbook: owned result sheets replaced (user-edited ones kept
 * as backups first), a user's sheet with the same name never touched, the ownership record
 * stored in the veryHidden meta sheet. The plan comes from the core (`planSheetWrites`), so
 * the Excel and .xlsx adapters decide alike.
 */
import type ExcelJS from 'exceljs';
import type { WriteReport } from '../core/hostPort';
import { fingerprintGrid, mergeMetaGrid, planSheetWrites, readOwnershipMeta } from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import { readSheetValues } from './readGrids';
import {
  findWorksheet, listTableNames, orderWorksheets, readMetaGrid, renameTable, replaceWorksheet, writeMetaSheet,
} from './workbookSheets';
import { assertWritable, writeSheetSpec } from './writeSheetSpec';

export interface RenderOptions {
  /** ISO timestamp stored with each owned sheet; now when left out. */
  writtenAt?: string;
}

/** Writes the result sheets of a run into `workbook` (in memory); input sheets are never written. */
export function renderSheetSpecs(workbook: ExcelJS.Workbook, specs: SheetSpec[], options: RenderOptions = {}): WriteReport {
  specs.forEach(assertWritable);
  const metaGrid = readMetaGrid(workbook);
  const meta = readOwnershipMeta(metaGrid);
  const currentFingerprints: Record<string, string> = {};
  for (const record of meta) {
    const worksheet = findWorksheet(workbook, record.sheet);
    if (worksheet) currentFingerprints[worksheet.name] = fingerprintGrid(readSheetValues(worksheet));
  }
  const tables = listTableNames(workbook);
  const plan = planSheetWrites({
    sheetNames: workbook.worksheets.map((worksheet) => worksheet.name),
    meta,
    currentFingerprints,
    specs,
    writtenAt: options.writtenAt ?? new Date().toISOString(),
    tableNames: tables.all,
    sheetTables: tables.bySheet,
  });

  // Desired order: every sheet where it was; a rewritten sheet takes the place of its backup.
  const order = workbook.worksheets.map((worksheet) => worksheet.name);
  for (const backup of plan.backups) {
    const worksheet = findWorksheet(workbook, backup.sheet);
    if (!worksheet) continue;
    for (const { from, to } of backup.tableRenames) renameTable(worksheet, from, to);
    worksheet.name = backup.backupName;
    order.splice(order.indexOf(backup.sheet), 1, backup.sheet, backup.backupName);
  }
  let cellsWritten = 0;
  for (const write of plan.writes) {
    const worksheet = write.exists ? replaceWorksheet(workbook, write.sheet) : workbook.addWorksheet(write.sheet);
    if (!order.includes(write.sheet)) order.push(write.sheet);
    cellsWritten += writeSheetSpec(worksheet, write.spec, { tableNames: write.tableNames });
  }
  writeMetaSheet(workbook, mergeMetaGrid(metaGrid, plan.meta));
  orderWorksheets(workbook, order);
  return {
    written: plan.writes.map((write) => write.sheet),
    backups: plan.backups.map(({ sheet, backupName }) => ({ sheet, backupName })),
    syncs: 0,
    cellsWritten,
  };
}
