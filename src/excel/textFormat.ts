/**
 * Text must land as text. Excel parses what range.values receives as if typed: "=…", "+…",
 * "-…" and "@…" become formulas, "2019" a number, "1-2" a date. Cells formatted "@" (Text)
 * keep exactly the string written, so every string cell gets "@" BEFORE its value is written.
 * An apostrophe prefix would do the same in Excel, but other readers (exceljs, the CLI) see
 * the apostrophe as part of the value, and the sheet's fingerprint would differ per host.
 */
import type { BlockSpec } from '../core/sheetSpec';
import type { CellValue, Grid } from '../core/types';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** A vertical run of string cells in one column. Empty cells break runs: a user may type numbers there later. */
export interface TextRun {
  row: number;
  column: number;
  count: number;
}

/** Runs covering every string cell of `grid`, as few as possible per column. */
export function textRuns(grid: Grid): TextRun[] {
  const runs: TextRun[] = [];
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  for (let c = 0; c < width; c += 1) {
    let start = -1;
    let lastText = -1;
    const close = (): void => {
      if (start >= 0) runs.push({ row: start, column: c, count: lastText - start + 1 });
      start = -1;
    };
    for (let r = 0; r < grid.length; r += 1) {
      const value = grid[r][c];
      if (typeof value === 'string' && value !== '') {
        if (start < 0) start = r;
        lastText = r;
      } else {
        close();
      }
    }
    close();
  }
  return runs;
}

/** The number format a written cell ends with: "@" for text, else its column format. */
export function cellFormat(value: CellValue | undefined, columnFormat: string | null | undefined): string {
  if (typeof value === 'string' && value !== '') return TEXT_FORMAT;
  return columnFormat ?? GENERAL_FORMAT;
}

/** Number formats of a block's data rows as a 2-D array (rows × header width). */
export function blockNumberFormats(block: BlockSpec): string[][] {
  return block.rows.map((row) => block.header.map((_, c) => cellFormat(row[c], block.columnFormats[c])));
}

/** Excel treats null in range.values as "leave this cell alone"; "" empties it. */
export function writableValue(value: CellValue | undefined): string | number | boolean {
  return value === null || value === undefined ? '' : value;
}
