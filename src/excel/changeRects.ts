/**
 * What-if changes grouped into rectangles, so a weight change that moves one column of 500
 * rows is one range write, not 500.
 */
import type { CellChange } from '../core/ownership';
import type { CellValue } from '../core/types';

export interface ChangeRect {
  row: number;
  column: number;
  /** rows × columns of changes, in sheet order. */
  cells: CellChange[][];
}

/** Horizontal runs of adjacent changed cells, merged downwards while their column span matches. */
export function changeRects(changes: CellChange[]): ChangeRect[] {
  const sorted = [...changes].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: CellChange[][] = [];
  for (const change of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row === change.row && last.column + 1 === change.column) run.push(change);
    else runs.push([change]);
  }
  const rects: ChangeRect[] = [];
  const open = new Map<string, ChangeRect>();
  for (const run of runs) {
    const span = `${run[0].column}:${run.length}`;
    const rect = open.get(span);
    if (rect && rect.row + rect.cells.length === run[0].row) {
      rect.cells.push(run);
    } else {
      const created = { row: run[0].row, column: run[0].column, cells: [run] };
      rects.push(created);
      open.set(span, created);
    }
  }
  return rects;
}

/** Whether a value will be stored as text (and so needs the "@" format). */
export function isText(value: CellValue): boolean {
  return typeof value === 'string' && value !== '';
}
