/** Sheets of an exceljs workbook as the core's `SheetGrid`s. */
import type ExcelJS from 'exceljs';
import { META_SHEET } from '../core/ownership';
import type { CellValue, Grid, SheetGrid } from '../core/types';
import { readCellValue } from './readCellValue';

/**
 * All values of a worksheet from A1 to its last cell that holds a value, so positions in the
 * grid are real addresses. Cells with only formatting do not extend the grid.
 */
export function readSheetValues(worksheet: ExcelJS.Worksheet): Grid {
  const cells: { row: number; column: number; value: CellValue }[] = [];
  let rows = 0;
  let columns = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = readCellValue(cell);
      if (value === null) return;
      cells.push({ row: rowNumber - 1, column: columnNumber - 1, value });
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, columnNumber);
    });
  });
  const grid: Grid = Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null));
  for (const { row, column, value } of cells) grid[row][column] = value;
  return grid;
}

/**
 * Every worksheet, visible or hidden, in workbook order, each from A1. The add-in's own
 * veryHidden meta sheet is left out: it is bookkeeping, not input.
 */
export function readGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets
    .filter((worksheet) => worksheet.name !== META_SHEET)
    .map((worksheet) => ({ name: worksheet.name, origin: 'A1', values: readSheetValues(worksheet) }));
}
