/** Small exceljs workbook chores the renderers share: names, order, tables, the meta sheet. */
import type ExcelJS from 'exceljs';
import { META_SHEET, readOwnershipMeta } from '../core/ownership';
import type { Grid, SheetGrid } from '../core/types';
import { readGrids, readSheetValues } from './readGrids';
import { XlsxWriteError } from './xlsxErrors';

/** exceljs keeps a sheet's position in `orderNo`, which its typings leave out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };
/** At run time a worksheet's tables live in `tables`, by name; the typings only offer getters. */
interface TableHolder { model: { name: string; displayName?: string } }
function tablesOf(worksheet: ExcelJS.Worksheet): Record<string, TableHolder> {
  return (worksheet as unknown as { tables?: Record<string, TableHolder> }).tables ?? {};
}

/** Table names per sheet, and every table and defined name of the workbook (one namespace in Excel). */
export function listTableNames(workbook: ExcelJS.Workbook): { all: string[]; bySheet: Record<string, string[]> } {
  const bySheet: Record<string, string[]> = {};
  for (const worksheet of workbook.worksheets) {
    bySheet[worksheet.name] = Object.keys(tablesOf(worksheet));
  }
  const defined = (workbook.definedNames.model ?? []).map((d) => d.name);
  return { all: [...Object.values(bySheet).flat(), ...defined], bySheet };
}

/** Finds a sheet by name without regard to case, as Excel compares sheet names. */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((worksheet) => worksheet.name.toLowerCase() === lower);
}

/** Renames a table on a sheet (a backup's tables give their names to the rewritten sheet). */
export function renameTable(worksheet: ExcelJS.Worksheet, from: string, to: string): void {
  const tables = tablesOf(worksheet);
  const table = tables[from];
  if (!table) return;
  table.model = { ...table.model, name: to, displayName: to };
  delete tables[from];
  tables[to] = table;
}

/** Removes `name` and adds an empty sheet with the same name in its place. */
export function replaceWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const old = findWorksheet(workbook, name) as OrderedWorksheet | undefined;
  if (!old) throw new XlsxWriteError(`Blad "${name}" bestaat niet en kan dus niet worden vervangen.`);
  const { orderNo } = old;
  const sheetName = old.name;
  workbook.removeWorksheet(old.id);
  const fresh = workbook.addWorksheet(sheetName) as OrderedWorksheet;
  fresh.orderNo = orderNo;
  return fresh;
}

/** Puts the sheets in the order of `names` (others keep their relative order after them); the meta sheet goes last. */
export function orderWorksheets(workbook: ExcelJS.Workbook, names: string[]): void {
  const current = workbook.worksheets as OrderedWorksheet[];
  const rank = (ws: ExcelJS.Worksheet): number => {
    if (ws.name === META_SHEET) return Number.MAX_SAFE_INTEGER;
    const i = names.findIndex((n) => n.toLowerCase() === ws.name.toLowerCase());
    return i === -1 ? names.length : i;
  };
  const sorted = current.map((ws, i) => ({ ws, i })).sort((a, b) => rank(a.ws) - rank(b.ws) || a.i - b.i);
  sorted.forEach(({ ws }, i) => {
    ws.orderNo = i + 1;
  });
}

/** The meta sheet's values, or null when the workbook has none. */
export function readMetaGrid(workbook: ExcelJS.Workbook): Grid | null {
  const worksheet = workbook.getWorksheet(META_SHEET);
  return worksheet ? readSheetValues(worksheet) : null;
}

/** Replaces the meta sheet by `values`, veryHidden, so users do not see or delete it by accident. */
export function writeMetaSheet(workbook: ExcelJS.Workbook, values: Grid): void {
  const existing = workbook.getWorksheet(META_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  values.forEach((row, r) => row.forEach((value, c) => {
    // Everything in the meta sheet is text, so the fingerprints "fnv1a-…" stay text too.
    if (value !== null && value !== '') worksheet.getCell(r + 1, c + 1).value = String(value);
  }));
}

/**
 * The grids of the user's own sheets: without the sheets the meta sheet records as the
 * add-in's, so a re-scored workbook never reads last run's results as input.
 */
export function readInputGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  const owned = new Set(readOwnershipMeta(readMetaGrid(workbook)).map((r) => r.sheet.toLowerCase()));
  return readGrids(workbook).filter((grid) => !owned.has(grid.name.toLowerCase()));
}
