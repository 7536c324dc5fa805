/**
 * Writes one host-neutral sheet spec onto an empty exceljs worksheet: text lines, one Excel
 * table per block (TableStyleMedium2, row stripes), number formats, wrapped columns, widths,
 * frozen panes, tab colour, conditional formats and print setup (see sheetLayout). Charts are
 * not written: exceljs has no charts.
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/cellAddress';
import { specToGrid } from '../core/ownership';
import type { BlockSpec, SheetSpec, TextLine } from '../core/sheetSpec';
import type { CellValue } from '../core/types';
import { addBlockConditionalFormats, toArgb } from './conditionalFormats';
import { layoutLongLine, layoutWrappedRows, setupPrint, styleHeaderRow } from './sheetLayout';
import { XlsxWriteError } from './xlsxErrors';

/** What the sheet needs besides its spec. */
export interface WriteSheetOptions {
  /** Final table name per block (from the write plan); defaults to each block's own name. */
  tableNames?: string[];
}

export const LINE_FONTS: Record<TextLine['style'], Partial<ExcelJS.Font> & { size: number }> = {
  title: { name: 'Calibri', family: 2, bold: true, size: 14, color: { argb: 'FF1F3864' } },
  subtitle: { name: 'Calibri', family: 2, size: 10, color: { argb: 'FF595959' } },
  note: { name: 'Calibri', family: 2, italic: true, size: 10, color: { argb: 'FF7F7F7F' } },
};

function checkValue(value: CellValue, where: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new XlsxWriteError(`${where}: ${value} is geen getal dat Excel kan opslaan.`);
  }
}

/**
 * Throws when a spec cannot be written faithfully: overlapping parts or a header Excel would
 * rename (`OwnershipError`, from the core's `specToGrid`), or a number Excel cannot store
 * (`XlsxWriteError`). Renderers call it for every spec before they change the workbook.
 */
export function assertWritable(spec: Omit<SheetSpec, 'key'>): void {
  specToGrid(spec);
  for (const block of spec.blocks) {
    block.rows.forEach((row, r) => row.forEach((value) => checkValue(value, `Blad "${spec.name}", ${block.tableName} rij ${r + 1}`)));
  }
}

/** Rows exactly as wide as the header; a table needs at least one (empty) data row. */
function tableRows(block: BlockSpec): CellValue[][] {
  const width = block.header.length;
  const rows = block.rows.map((row) => Array.from({ length: width }, (_, c) => (c < row.length ? row[c] : null)));
  return rows.length > 0 ? rows : [new Array<CellValue>(width).fill(null)];
}

/** Writes one block; returns the number of cells written. */
function writeBlock(worksheet: ExcelJS.Worksheet, block: BlockSpec, tableName: string): number {
  const rows = tableRows(block);
  const headerRef = cellAddress(block.top, block.left);
  worksheet.addTable({
    name: tableName,
    displayName: tableName,
    ref: headerRef,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: block.header.map((name) => ({ name, filterButton: true })),
    rows,
  });
  styleHeaderRow(worksheet, block);
  const wrap = new Set(block.wrapColumns ?? []);
  for (let r = 0; r < block.rows.length; r += 1) {
    for (let c = 0; c < block.header.length; c += 1) {
      const format = block.columnFormats[c];
      if (!format && wrap.size === 0) continue;
      const cell = worksheet.getCell(cellAddress(block.top + 1 + r, block.left + c));
      if (format) cell.numFmt = format;
      // In a table with wrapped text every cell of the row starts at the top, beside its text.
      if (wrap.size > 0) cell.alignment = wrap.has(c) ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
    }
  }
  return block.header.length * (1 + block.rows.length);
}

/**
 * Writes `spec` onto `worksheet` (expected empty); returns the number of cells written.
 * Strings are written as strings, so text such as "=1+1" or "-5%" never becomes a formula.
 */
export function writeSheetSpec(worksheet: ExcelJS.Worksheet, spec: Omit<SheetSpec, 'key'>, options: WriteSheetOptions = {}): number {
  assertWritable(spec);
  let cells = 0;
  for (const line of spec.lines) {
    const cell = worksheet.getCell(cellAddress(line.row, line.column));
    cell.value = line.text;
    cell.font = LINE_FONTS[line.style];
    cells += 1;
  }
  spec.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const line of spec.lines) layoutLongLine(worksheet, spec, line, LINE_FONTS[line.style].size);
  let priority = 1;
  spec.blocks.forEach((block, i) => {
    cells += writeBlock(worksheet, block, options.tableNames?.[i] ?? block.tableName);
    priority = addBlockConditionalFormats(worksheet, block, priority);
    layoutWrappedRows(worksheet, spec, block);
  });
  const { rows, columns } = spec.freeze;
  worksheet.views = rows > 0 || columns > 0
    ? [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) }]
    : [{ state: 'normal' }];
  if (spec.tabColor) worksheet.properties.tabColor = toArgb(spec.tabColor);
  setupPrint(worksheet, spec);
  return cells;
}
