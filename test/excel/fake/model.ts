/**
 * In-memory workbook behind the fake Excel object model: what the proxies read and write.
 * It emulates the parts of Excel the tests rely on: a string written to a General cell is
 * parsed as if typed (numbers, formulas), "@" keeps text, names are unique without regard to
 * case, tables may not overlap.
 */

export type FakeValue = string | number | boolean;

export interface CellModel {
  value?: FakeValue;
  /** Set when Excel would have taken the written text as a formula. */
  formula?: string;
  format?: string;
}

export interface Box {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface TableModel extends Box {
  name: string;
  sheet: SheetModel;
  style?: string;
}

export interface ChartModel {
  name: string;
  type: string;
  title?: string;
  source: string;
  series: { name?: string; values?: string; xValues?: string }[];
  position?: string;
}

export interface ConditionalFormatModel {
  type: string;
  address: string;
  settings: Record<string, Record<string, unknown>>;
}

export type ChangeHandler = (event: { worksheetId: string; address: string; source: string }) => Promise<unknown>;

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellModel>;
  freeze: { rows: number; columns: number } | null;
  tabColor: string;
  columnWidths: Map<number, number>;
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  handlers: Set<ChangeHandler>;
  selected?: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  definedNames: string[];
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  activeSheet?: SheetModel;
}

/** An error shaped like OfficeExtension.Error: a `code` the adapter maps. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'FakeOfficeError';
  }
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3", "A1:C4", "A:C" or "" (whole sheet) → a box; throws InvalidArgument on anything else. */
export function parseBox(address: string): Box {
  if (address === '') return { top: 0, left: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
  const bare = address.replace(/\$/g, '').split('!').pop() ?? '';
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const left = columnIndex(cols[1]);
    return { top: 0, left, rows: MAX_ROWS, columns: columnIndex(cols[2]) - left + 1 };
  }
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(bare);
  if (!m) throw new FakeOfficeError('InvalidArgument', `Geen adres: ${address}`);
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function boxAddress(box: Box): string {
  const start = `${columnName(box.left)}${box.top + 1}`;
  if (box.rows === 1 && box.columns === 1) return start;
  return `${start}:${columnName(box.left + box.columns - 1)}${box.top + box.rows}`;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.columns && b.left < a.left + a.columns;
}

/** What Excel stores when `input` is written to a cell with number format `format`. */
export function parseInput(input: FakeValue, format: string | undefined): CellModel {
  if (typeof input !== 'string' || format === '@') return { value: input };
  if (/^[+-]?\d+(\.\d+)?$/.test(input)) return { value: Number(input) };
  if (/^[=+\-@]./.test(input)) return { formula: input, value: '#NAME?' };
  return { value: input };
}

/** Bounding box of cells holding a value, or null. */
export function usedBox(sheet: SheetModel): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === undefined || cell.value === '') continue;
    const [r, c] = key.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

let nextId = 1;

export function newSheet(name: string, cells: FakeValue[][] = []): SheetModel {
  const sheet: SheetModel = {
    id: `{sheet-${nextId++}}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    freeze: null,
    tabColor: '',
    columnWidths: new Map(),
    conditionalFormats: [],
    charts: [],
    handlers: new Set(),
  };
  cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '') sheet.cells.set(cellKey(r, c), { value });
    }),
  );
  return sheet;
}

/** The values of a sheet from A1 to its used range's end, "" for empty cells, as Excel returns them. */
export function sheetValues(sheet: SheetModel): FakeValue[][] {
  const box = usedBox(sheet);
  if (!box) return [];
  return Array.from({ length: box.top + box.rows }, (_, r) =>
    Array.from({ length: box.left + box.columns }, (_, c) => sheet.cells.get(cellKey(r, c))?.value ?? ''),
  );
}
