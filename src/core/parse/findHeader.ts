/**
 * Header rows of the side tables (Taakvelden, Indicatoren, Benchmark, Instellingen).
 */
import type { CellValue, SheetGrid } from '../types';

/** The first row for which `test` holds, or -1. */
export function findHeaderRow(grid: SheetGrid, test: (row: readonly CellValue[]) => boolean): number {
  return grid.values.findIndex((row) => test(row ?? []));
}

/**
 * Column index per kind of column: each kind takes the first column that passes its test and
 * that no earlier kind took. Kinds without a column are absent.
 */
export function mapKolommen<K extends string>(
  row: readonly CellValue[],
  tests: Record<K, (value: CellValue) => boolean>,
): Partial<Record<K, number>> {
  const uit: Partial<Record<K, number>> = {};
  const bezet = new Set<number>();
  for (const key of Object.keys(tests) as K[]) {
    for (let c = 0; c < row.length; c += 1) {
      if (!bezet.has(c) && tests[key](row[c] ?? null)) {
        uit[key] = c;
        bezet.add(c);
        break;
      }
    }
  }
  return uit;
}
