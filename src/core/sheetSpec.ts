/**
 * Host-neutral description of a result sheet. The excel/ and xlsx/ adapters render the
 * same spec; tests assert on it without any host.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, column 0 = column A).
 * Number formats use Excel's invariant (en-US) syntax; Excel shows them with the user's
 * separators, so `#,##0.0` reads as `1.234,5` in a Dutch Excel.
 */
import type { CellValue } from './types';

export type OwnedSheetKey = 'toets' | 'nulLijn' | 'benchmark' | 'paragraaf' | 'controle' | 'scenarios';

/** A colour as 6 hex digits without '#', e.g. "63BE7B". */
export type Kleur = string;

export interface ColorScalePoint {
  /** 'lowest'/'highest' follow the data; 'number' and 'percentile' take `value`. */
  type: 'lowest' | 'highest' | 'number' | 'percentile';
  value?: number;
  color: Kleur;
}

export type ConditionalFormatRule =
  | { type: 'colorScale'; min: ColorScalePoint; mid?: ColorScalePoint; max: ColorScalePoint }
  | {
      type: 'iconSet';
      /** Excel's icon set names, e.g. "3Arrows", "3TrafficLights1", "5Arrows". */
      iconSet: '3Arrows' | '3TrafficLights1' | '3Symbols' | '5Arrows';
      /** Lower bounds (type number, operator >=) of the 2nd..nth icon. */
      thresholds: number[];
      reverse?: boolean;
    }
  | { type: 'dataBar'; color: Kleur; min?: number; max?: number }
  | {
      type: 'cellValue';
      operator: 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'equal' | 'between';
      value: number;
      value2?: number;
      fill: Kleur;
      font?: Kleur;
    }
  | { type: 'text'; operator: 'equals' | 'contains' | 'beginsWith'; text: string; fill: Kleur; font?: Kleur };

/** A rule on some columns of a block's data rows (header excluded). */
export interface ConditionalFormatSpec {
  /** Column indexes relative to the block's first column. */
  columns: number[];
  rule: ConditionalFormatRule;
}

/** One Excel table: a header row and data rows, written as one 2-D block. */
export interface BlockSpec {
  /** Workbook-unique Excel table name (letters, digits, underscore). */
  tableName: string;
  /** 0-based sheet row of the header. */
  top: number;
  /** 0-based sheet column of the first column. */
  left: number;
  header: string[];
  rows: CellValue[][];
  /** Number format per column (null = General). */
  columnFormats: (string | null)[];
  /** Columns (relative) whose cells wrap text. */
  wrapColumns?: number[];
  conditionalFormats: ConditionalFormatSpec[];
}

/** A text line outside tables: sheet title, subtitle, notes. */
export interface TextLine {
  row: number;
  column: number;
  text: string;
  style: 'title' | 'subtitle' | 'note';
}

export interface ChartSpec {
  type: 'columnClustered' | 'line';
  title: string;
  /** Which block's columns feed the chart: first column = categories. */
  tableName: string;
  categoryColumn: number;
  seriesColumns: number[];
  /** Anchor cell (0-based) of the chart's top-left corner. */
  anchor: { row: number; column: number };
}

export interface SheetSpec {
  key: OwnedSheetKey;
  /** Preferred sheet name; the adapter uses "Toets (2)" when a user's sheet holds it. */
  name: string;
  /** Excel tab colour, no '#'. */
  tabColor?: Kleur;
  lines: TextLine[];
  blocks: BlockSpec[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Rows/columns frozen at the top/left (rows = the first block's header row + 1). */
  freeze: { rows: number; columns: number };
  charts: ChartSpec[];
}
