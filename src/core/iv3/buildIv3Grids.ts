/** The Iv3 workbook's sheets as the grids a host would read back, for scoring without a file. */
import { specToGrid } from '../ownership/specToGrid';
import type { SheetGrid } from '../types';
import type { TemplateSheet } from '../template/templateSheet';

/** Each sheet as a `SheetGrid` from A1, exactly as an adapter writes its spec. */
export function buildIv3Grids(sheets: readonly TemplateSheet[]): SheetGrid[] {
  return sheets.map((sheet) => ({ name: sheet.name, origin: 'A1', values: specToGrid(sheet) }));
}
