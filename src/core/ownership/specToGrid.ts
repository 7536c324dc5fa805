/** The values of a whole result sheet exactly as an adapter writes them, for fingerprints and diffs. */
import type { SheetSpec } from '../sheetSpec';
import type { CellValue, Grid } from '../types';
import { trimGrid } from './fingerprintGrid';
import { OwnershipError } from './ownershipError';

/** Width in columns of a block: the header decides; a data row may not stick out of its table. */
export function blockWidth(block: SheetSpec['blocks'][number]): number {
  return block.header.length;
}

/**
 * Title lines and blocks (header row, then data rows) placed on one grid from A1; null where
 * nothing is written; trailing empty rows and columns trimmed. Throws OwnershipError when two
 * parts overlap, a data row is wider than its header, or a header is empty or repeated, since
 * no adapter could write such a spec faithfully.
 */
export function specToGrid(spec: Pick<SheetSpec, 'name' | 'lines' | 'blocks'>): Grid {
  const grid: Grid = [];
  const filled: boolean[][] = [];
  const put = (row: number, column: number, value: CellValue, what: string): void => {
    if (row < 0 || column < 0 || !Number.isInteger(row) || !Number.isInteger(column)) {
      throw new OwnershipError(`Blad "${spec.name}": ${what} staat op een ongeldige positie (${row}, ${column}).`);
    }
    while (grid.length <= row) {
      grid.push([]);
      filled.push([]);
    }
    if (filled[row][column]) {
      throw new OwnershipError(`Blad "${spec.name}": ${what} overlapt een andere cel op (${row}, ${column}).`);
    }
    filled[row][column] = true;
    const cells = grid[row];
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  };

  for (const line of spec.lines) put(line.row, line.column, line.text, `regel "${line.text}"`);
  for (const block of spec.blocks) {
    checkHeader(spec.name, block);
    const width = blockWidth(block);
    block.header.forEach((text, c) => put(block.top, block.left + c, text, `kop van ${block.tableName}`));
    block.rows.forEach((row, r) => {
      if (row.length > width) {
        throw new OwnershipError(
          `Blad "${spec.name}": rij ${r + 1} van ${block.tableName} heeft ${row.length} cellen, de kop ${width}.`,
        );
      }
      for (let c = 0; c < width; c += 1) {
        put(block.top + 1 + r, block.left + c, c < row.length ? row[c] : null, `cel van ${block.tableName}`);
      }
    });
  }
  const trimmed = trimGrid(grid);
  const gridWidth = trimmed.reduce((max, row) => Math.max(max, row.length), 0);
  return trimmed.map((row) => padRow(row, gridWidth));
}

/**
 * Excel renames an empty table header to "Kolom1" and a repeated one to "Naam2" (in the user's
 * language), which no spec can predict: the written sheet would never match its fingerprint.
 */
function checkHeader(sheet: string, block: SheetSpec['blocks'][number]): void {
  const seen = new Set<string>();
  block.header.forEach((text, c) => {
    const key = text.trim().toLowerCase();
    if (key === '') throw new OwnershipError(`Blad "${sheet}": kolom ${c + 1} van ${block.tableName} heeft geen kop.`);
    if (seen.has(key)) throw new OwnershipError(`Blad "${sheet}": kop "${text}" staat twee keer in ${block.tableName}.`);
    seen.add(key);
  });
}

/** A rectangular grid needs every row equally long; hosts write 2-D blocks. */
function padRow(row: CellValue[], width: number): CellValue[] {
  return row.length >= width ? row : [...row, ...new Array<CellValue>(width - row.length).fill(null)];
}
