/** The exceljs (.xlsx) adapter: no file IO, so it also runs in a browser bundle. */
export { loadWorkbook, saveWorkbook } from './loadWorkbook';
export { readGrids, readSheetValues } from './readGrids';
export { readInputGrids } from './workbookSheets';
export { formatDateValue, readCellValue, toCellValue } from './readCellValue';
export { renderSheetSpecs } from './renderSheetSpecs';
export type { RenderOptions } from './renderSheetSpecs';
export { renderInputSheets } from './renderInputSheets';
export { writeSheetSpec } from './writeSheetSpec';
export { XlsxReadError, XlsxWriteError } from './xlsxErrors';
