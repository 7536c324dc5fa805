/// <reference types="office-js" />
/** The Office.js adapter: HostActions for Excel plus the lower-level operations it is built from. */
export { createExcelHost } from './createExcelHost';
export type { ExcelHostOptions } from './createExcelHost';
export { ExcelAdapterError, toExcelAdapterError } from './excelAdapterError';
export { runExcel } from './runExcel';
export type { ExcelApi, RunExcelOptions } from './runExcel';
export { readGrids, readGridsInBlocks } from './readGrids';
export { writeSheetSpecs } from './writeSheetSpecs';
export { updateCells } from './updateCells';
export { insertSheetSpecs } from './insertSheets';
export { listSheetSummaries } from './listSheets';
export { selectSheetCell } from './selectCell';
export { loadMetaEntries, saveMetaEntries } from './metaEntries';
export { watchSheetChanges } from './watchSheets';
export { PAYLOAD_BUDGET_BYTES } from './payload';
export { createWriteMemoryStore } from './writeMemoryStore';
export type { WriteMemoryStore } from './writeMemoryStore';
