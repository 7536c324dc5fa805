/**
 * Layout a viewer cannot be trusted to work out on its own: heights of rows with wrapped text
 * (LibreOffice and Excel do not refit rows of a generated file on opening), long notes merged
 * across the table width, a header row that looks like a header even where table styles are
 * not drawn, and a print setup of one page wide.
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/cellAddress';
import type { SheetSpec, TextLine } from '../core/sheetSpec';

/** Points per text line at 11 pt (table text) and 10 pt (notes). */
const LINE_HEIGHT: Record<number, number> = { 10: 13.5, 11: 15, 14: 19 };
const DEFAULT_WIDTH = 9;
/** TableStyleMedium2's header colour, written on the cells too. */
export const HEADER_FILL = '4472C4';

/** Width in characters of sheet column `column` (0-based). */
function widthOf(spec: Omit<SheetSpec, 'key'>, column: number): number {
  return spec.columnWidths[column] ?? DEFAULT_WIDTH;
}

/**
 * Lines a text needs in a cell `width` characters wide: a column width counts digits of the
 * default font; running text at 11 pt fits about 10% more characters than that, at 10 pt 20%.
 */
export function estimateLines(text: string, width: number, fontSize = 11): number {
  const perLine = Math.max(1, Math.floor(width * (fontSize < 11 ? 1.2 : 1.1)));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** Row height in points for `lines` lines of text. */
export function rowHeight(lines: number, fontSize = 11): number {
  return lines * (LINE_HEIGHT[fontSize] ?? fontSize * 1.35) + 2;
}

/** The last sheet column any block uses (-1 without blocks). */
function lastBlockColumn(spec: Omit<SheetSpec, 'key'>): number {
  return spec.blocks.reduce((max, b) => Math.max(max, b.left + b.header.length - 1), -1);
}

/** Whether anything else of the spec is written in `row` between the two columns (inclusive). */
function rowIsFree(spec: Omit<SheetSpec, 'key'>, line: TextLine, from: number, to: number): boolean {
  const otherLine = spec.lines.some((l) => l !== line && l.row === line.row && l.column >= from && l.column <= to);
  const block = spec.blocks.some((b) => line.row >= b.top && line.row <= b.top + b.rows.length
    && b.left <= to && b.left + b.header.length - 1 >= from);
  return !otherLine && !block;
}

/**
 * A note or subtitle longer than its cell is merged over the width of the tables and wrapped,
 * so it reads (and prints) in full; the value stays in the line's own cell.
 */
export function layoutLongLine(worksheet: ExcelJS.Worksheet, spec: Omit<SheetSpec, 'key'>, line: TextLine, fontSize: number): void {
  if (line.style === 'title') return;
  const last = Math.max(lastBlockColumn(spec), line.column);
  let width = 0;
  for (let c = line.column; c <= last; c += 1) width += widthOf(spec, c);
  if (line.text.length <= widthOf(spec, line.column) || !rowIsFree(spec, line, line.column, last)) return;
  if (last > line.column) worksheet.mergeCells(line.row + 1, line.column + 1, line.row + 1, last + 1);
  const cell = worksheet.getCell(cellAddress(line.row, line.column));
  cell.alignment = { wrapText: true, vertical: 'top' };
  const lines = estimateLines(line.text, width, fontSize);
  if (lines > 1) worksheet.getRow(line.row + 1).height = rowHeight(lines, fontSize);
}

/** Heights for the data rows of a block with wrapped columns. */
export function layoutWrappedRows(worksheet: ExcelJS.Worksheet, spec: Omit<SheetSpec, 'key'>, block: SheetSpec['blocks'][number]): void {
  const wrap = block.wrapColumns ?? [];
  if (wrap.length === 0) return;
  block.rows.forEach((row, r) => {
    const lines = Math.max(1, ...wrap.map((c) => {
      const value = row[c];
      return typeof value === 'string' ? estimateLines(value, widthOf(spec, block.left + c)) : 1;
    }));
    if (lines > 1) worksheet.getRow(block.top + 2 + r).height = rowHeight(lines);
  });
}

/**
 * Bold white on blue, like the table style, for viewers that do not draw table styles; above
 * a column of numbers (one with a number format) the header sits on the right, over its figures.
 */
export function styleHeaderRow(worksheet: ExcelJS.Worksheet, block: SheetSpec['blocks'][number]): void {
  block.header.forEach((_, c) => {
    const cell = worksheet.getCell(cellAddress(block.top, block.left + c));
    const format = block.columnFormats[c];
    cell.font = { name: 'Calibri', family: 2, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL}` } };
    cell.alignment = { vertical: 'bottom', wrapText: true, horizontal: format && format !== '@' ? 'right' : 'left' };
  });
}

/** Landscape, one page wide, the first table's header repeated on every printed page. */
export function setupPrint(worksheet: ExcelJS.Worksheet, spec: Omit<SheetSpec, 'key'>): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  const first = spec.blocks[0];
  if (first) worksheet.pageSetup.printTitlesRow = `${first.top + 1}:${first.top + 1}`;
}
