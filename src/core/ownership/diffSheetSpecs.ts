/**
 * What-if updates: which cells differ between two runs, so an adapter writes only those.
 * Anything beyond cell values (blocks, headers, row counts, formats, rules, charts, panes)
 * counts as a layout change and needs a full write. Column widths do not: sheets size them
 * from their content, so they move with the values; an adapter sets them alongside the cells
 * (see `changedColumnWidths`).
 */
import type { BlockSpec, OwnedSheetKey, SheetSpec } from '../sheetSpec';
import type { CellValue } from '../types';
import { canonicalCell } from './fingerprintGrid';
import { specToGrid } from './specToGrid';

export interface CellChange {
  key: OwnedSheetKey;
  /** 0-based sheet row and column. */
  row: number;
  column: number;
  value: CellValue;
  /** The value in `previous` (an adapter may need to undo a text format). */
  previous: CellValue;
  /** The cell's column number format in `next` (null = General or outside a block). */
  format: string | null;
}

/** Everything of a block except its data values. */
function blockLayout(block: BlockSpec): unknown {
  return {
    tableName: block.tableName,
    top: block.top,
    left: block.left,
    header: block.header,
    rowCount: block.rows.length,
    rowWidths: block.rows.map((row) => row.length),
    columnFormats: block.columnFormats,
    wrapColumns: block.wrapColumns ?? [],
    conditionalFormats: block.conditionalFormats,
  };
}

/** Everything of a sheet except its cell values, the text of its lines and its column widths. */
function sheetLayout(spec: SheetSpec): string {
  return JSON.stringify({
    name: spec.name,
    tabColor: spec.tabColor ?? null,
    lines: spec.lines.map((line) => [line.row, line.column, line.style]),
    blocks: spec.blocks.map(blockLayout),
    freeze: spec.freeze,
    charts: spec.charts,
  });
}

/** Whether a host would show the two values differently (null and "" are both an empty cell). */
function differs(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA !== emptyB;
  if (typeof a !== typeof b) return true;
  return typeof a === 'number' ? canonicalCell(a) !== canonicalCell(b as number) : a !== b;
}

/** Column format of a sheet cell in `spec`, null outside the blocks' data rows. */
function formatAt(spec: SheetSpec, row: number, column: number): string | null {
  for (const block of spec.blocks) {
    const c = column - block.left;
    if (row > block.top && row <= block.top + block.rows.length && c >= 0 && c < block.header.length) {
      return block.columnFormats[c] ?? null;
    }
  }
  return null;
}

/**
 * Per sheet key, the cells whose value changed from `previous` to `next`; null when the set of
 * sheets or any layout differs, so the caller must do a full write.
 */
export function diffSheetSpecs(previous: SheetSpec[], next: SheetSpec[]): CellChange[] | null {
  if (previous.length !== next.length) return null;
  const before = new Map(previous.map((spec) => [spec.key, spec]));
  if (before.size !== previous.length) return null;
  const changes: CellChange[] = [];
  for (const spec of next) {
    const old = before.get(spec.key);
    if (!old || sheetLayout(old) !== sheetLayout(spec)) return null;
    const a = specToGrid(old);
    const b = specToGrid(spec);
    const rows = Math.max(a.length, b.length);
    for (let r = 0; r < rows; r += 1) {
      const width = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
      for (let c = 0; c < width; c += 1) {
        const value = b[r]?.[c];
        if (differs(a[r]?.[c], value)) {
          const previousValue = a[r]?.[c] ?? null;
          changes.push({ key: spec.key, row: r, column: c, value: value ?? null, previous: previousValue, format: formatAt(spec, r, c) });
        }
      }
    }
  }
  return changes;
}

/** Keys of `next` whose column widths differ from `previous` (same keys assumed). */
export function changedColumnWidths(previous: SheetSpec[], next: SheetSpec[]): OwnedSheetKey[] {
  const before = new Map(previous.map((spec) => [spec.key, spec.columnWidths]));
  return next
    .filter((spec) => JSON.stringify(before.get(spec.key) ?? []) !== JSON.stringify(spec.columnWidths))
    .map((spec) => spec.key);
}
