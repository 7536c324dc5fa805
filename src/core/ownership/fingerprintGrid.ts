/**
 * A stable fingerprint of a sheet's values, so an adapter can tell whether the user edited a
 * sheet the add-in wrote. Both adapters compare `fingerprintGrid(specToGrid(spec))` with the
 * fingerprint of the values they read back, so the serialisation ignores what hosts change
 * on their own: trailing empty rows/columns, null versus "", and number versus numeric text.
 */
import type { CellValue, Grid } from '../types';

const CELL_SEPARATOR = '\u001f';
const ROW_SEPARATOR = '\u001e';
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Canonical text of one cell. Excel keeps 15 significant digits, so numbers are cut to that. */
export function canonicalCell(value: CellValue): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    const plain = String(value);
    // At most 15 characters means at most 15 significant digits: nothing to round.
    if (plain.length <= 15 || !Number.isFinite(value)) return plain;
    return String(Number(value.toPrecision(15)));
  }
  return String(value);
}

/** Drops trailing empty cells of every row and trailing empty rows. */
export function trimGrid(values: Grid): Grid {
  const rows = values.map((row) => {
    let end = row.length;
    while (end > 0 && canonicalCell(row[end - 1]) === '') end -= 1;
    return row.slice(0, end);
  });
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last -= 1;
  return rows.slice(0, last);
}

/** FNV-1a, 32 bit, over UTF-16 code units. */
export function hashText(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Fingerprint of a grid whose first cell is A1, as "fnv1a-xxxxxxxx". The prefix keeps hosts
 * from reading the hex digits as a number ("12345678", "1e5…") when it is stored in a cell.
 */
export function fingerprintGrid(values: Grid): string {
  const text = trimGrid(values)
    .map((row) => row.map(canonicalCell).join(CELL_SEPARATOR))
    .join(ROW_SEPARATOR);
  return `fnv1a-${hashText(text)}`;
}

/**
 * Pads a grid read from a used range that starts at `origin` (0-based row/column) so that its
 * first cell is A1: hosts return the used range from its first used cell, not from A1.
 */
export function anchorGrid(values: Grid, origin: { row: number; column: number }): Grid {
  const pad: CellValue[] = new Array<CellValue>(origin.column).fill(null);
  const top: Grid = Array.from({ length: origin.row }, () => []);
  return [...top, ...values.map((row) => [...pad, ...row])];
}
