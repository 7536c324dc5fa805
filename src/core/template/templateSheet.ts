/**
 * The input template as host-neutral specs: the same shape as a result sheet's `SheetSpec`,
 * without the owned-sheet key, plus the input role the sheet plays. The task pane inserts
 * these with Office.js, the command line with exceljs.
 */
import type { BlockSpec, SheetSpec, TextLine } from '../sheetSpec';
import type { CellValue, Role } from '../types';

/** The roles of design section 3, plus the explanatory first sheet. */
export type TemplateRole = Role | 'toelichting';

export interface TemplateSheet extends Omit<SheetSpec, 'key'> {
  role: TemplateRole;
}

export interface TemplateOptions {
  /** With the fictitious example figures of design section 10; without: headers and notes only. */
  voorbeeld: boolean;
}

/** Tab colours of the input sheets: blue for data, grey for the explanation and settings. */
export const INVOER_TAB = '4472C4';
export const UITLEG_TAB = 'A5A5A5';

/** Said on every sheet that carries made-up figures. */
export const FICTIEF =
  'Voorbeeld: de cijfers op dit blad zijn fictief. Vervang ze door de cijfers van uw eigen gemeente.';

/** A note line (grey italic) at `row`, column A. */
export function noteLine(row: number, text: string): TextLine {
  return { row, column: 0, text, style: 'note' };
}

/**
 * One input table starting in column A at `top`, without conditional formats: input sheets
 * are the user's, the add-in only fills them once.
 */
export function createInputBlock(
  tableName: string,
  top: number,
  header: string[],
  rows: CellValue[][],
  columnFormats: (string | null)[],
  wrapColumns?: number[],
): BlockSpec {
  if (columnFormats.length !== header.length) {
    throw new RangeError(`Tabel ${tableName}: ${columnFormats.length} formaten voor ${header.length} kolommen`);
  }
  const block: BlockSpec = { tableName, top, left: 0, header, rows, columnFormats, conditionalFormats: [] };
  if (wrapColumns) block.wrapColumns = wrapColumns;
  return block;
}

/**
 * Assembles a template sheet whose single table starts at `block.top`; the header row is
 * frozen so the column names stay in view while scrolling.
 */
export function createTemplateSheet(
  name: string,
  role: TemplateRole,
  lines: TextLine[],
  block: BlockSpec,
  columnWidths: number[],
  freezeColumns = 0,
): TemplateSheet {
  return {
    name,
    role,
    tabColor: role === 'toelichting' || role === 'instellingen' ? UITLEG_TAB : INVOER_TAB,
    lines,
    blocks: [block],
    columnWidths,
    freeze: { rows: block.top + 1, columns: freezeColumns },
    charts: [],
  };
}
