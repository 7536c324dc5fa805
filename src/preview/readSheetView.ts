/**
 * A worksheet as the preview's read-only grid shows it: display text per cell (number formats
 * applied), explicit fills and fonts, the colours of the conditional formats of the spec the
 * sheet was written from, and column widths. Capped, since the grid is for looking, not for
 * scrolling through a whole ledger.
 */
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/cellAddress';
import type { SheetSpec } from '../core/sheetSpec';
import type { CellValue } from '../core/types';
import { readSheetValues } from '../xlsx/readGrids';
import type { CellLook } from './evaluateConditionalFormats';
import { evaluateConditionalFormats } from './evaluateConditionalFormats';
import { formatCellText } from './formatCellText';
import type { GridLocale } from './formatCellText';

export const MAX_VIEW_ROWS = 300;
export const MAX_VIEW_COLUMNS = 26;

export interface ViewCell {
  address: string;
  value: CellValue;
  text: string;
  numeric: boolean;
  bold: boolean;
  italic: boolean;
  fill?: string;
  color?: string;
  look?: CellLook;
}

export interface SheetView {
  name: string;
  rows: ViewCell[][];
  /** Column widths in characters. */
  widths: number[];
  frozenRows: number;
  truncated: boolean;
}

function argb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const value = color?.argb;
  return typeof value === 'string' && value.length === 8 ? value.slice(2) : undefined;
}

function fillOf(cell: ExcelJS.Cell | undefined): string | undefined {
  const fill = cell?.fill;
  return fill && fill.type === 'pattern' && fill.pattern === 'solid' ? argb(fill.fgColor) : undefined;
}

/** CF looks by A1 address, evaluated on the sheet's current values inside each block of `spec`. */
function collectLooks(spec: Omit<SheetSpec, 'key'> | undefined, values: CellValue[][]): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  for (const block of spec?.blocks ?? []) {
    const rows = block.rows.map((_, r) => block.header.map((__, c) => values[block.top + 1 + r]?.[block.left + c] ?? null));
    evaluateConditionalFormats({ ...block, rows }).forEach((row, r) => row.forEach((look, c) => {
      if (look) looks.set(cellAddress(block.top + 1 + r, block.left + c), look);
    }));
  }
  return looks;
}

/** Builds the view of `worksheet`; `spec` adds the conditional-format colours when known. */
export function readSheetView(worksheet: ExcelJS.Worksheet, spec: Omit<SheetSpec, 'key'> | undefined, locale: GridLocale): SheetView {
  const values = readSheetValues(worksheet);
  const rowCount = Math.min(values.length, MAX_VIEW_ROWS);
  const columnCount = Math.min(values.reduce((max, row) => Math.max(max, row.length), 0), MAX_VIEW_COLUMNS);
  const looks = collectLooks(spec, values);
  const rows: ViewCell[][] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const row: ViewCell[] = [];
    for (let c = 0; c < columnCount; c += 1) {
      const value = values[r]?.[c] ?? null;
      const cell = worksheet.findCell(r + 1, c + 1);
      const address = cellAddress(r, c);
      row.push({
        address,
        value,
        text: formatCellText(value, cell?.numFmt, locale),
        numeric: typeof value === 'number',
        bold: cell?.font?.bold === true,
        italic: cell?.font?.italic === true,
        fill: fillOf(cell),
        color: argb(cell?.font?.color),
        look: looks.get(address),
      });
    }
    rows.push(row);
  }
  const widths = Array.from({ length: columnCount }, (_, c) => worksheet.getColumn(c + 1).width ?? 10);
  const frozen = worksheet.views?.[0];
  return {
    name: worksheet.name,
    rows,
    widths,
    frozenRows: frozen && frozen.state === 'frozen' ? frozen.ySplit ?? 0 : 0,
    truncated: values.length > rowCount,
  };
}
