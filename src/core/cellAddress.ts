/** A1-style addresses for issues and adapters. Rows and columns are 0-based here. */

/** Column index (0 = A) to letters. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Parses "B3" (or "$B$3") into 0-based row and column; throws on anything else. */
export function parseAddress(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new AddressError(`Geen geldig celadres: "${address}"`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** A1 address of (row, column) inside a grid whose top-left cell is `origin`. */
export function cellAddress(row: number, column: number, origin = 'A1'): string {
  const o = parseAddress(origin);
  return `${columnLetters(o.column + column)}${o.row + row + 1}`;
}

/** A1 range of a block of `rows` × `columns` starting at 0-based (top, left). */
export function rangeAddress(top: number, left: number, rows: number, columns: number): string {
  const start = `${columnLetters(left)}${top + 1}`;
  if (rows <= 1 && columns <= 1) return start;
  return `${start}:${columnLetters(left + Math.max(columns, 1) - 1)}${top + Math.max(rows, 1)}`;
}

export class AddressError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AddressError';
  }
}
