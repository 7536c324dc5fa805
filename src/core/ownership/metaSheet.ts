/**
 * The veryHidden sheet `_Samenwerkingstoets` records which sheets the add-in made, plus the
 * task pane's settings and scenarios. Both adapters read and write it as a plain grid, so a
 * workbook scored by the CLI is recognised in Excel and vice versa. Rows are
 * [type, sleutel, waarde…]:
 *   ['blad', 'toets', 'Toets', 'fnv1a-…', '2024-05-01T10:00:00.000Z']
 *   ['instellingen', 'instellingen', '{"gewichten":…}']
 *   ['scenario', 'Zwaar op kosten', '{"naam":…}']
 * Rows of other types are kept as they are, so later versions can add their own.
 */
import type { OwnedSheetKey } from '../sheetSpec';
import type { CellValue, Grid } from '../types';

export const META_SHEET = '_Samenwerkingstoets';
export const META_HEADER: readonly string[] = ['type', 'sleutel', 'waarde'];
/** Excel holds at most 32,767 characters per cell; longer JSON continues in the next cells. */
export const META_CHUNK = 32000;
const OWNED_KEYS: readonly OwnedSheetKey[] = ['toets', 'nulLijn', 'benchmark', 'paragraaf', 'controle', 'scenarios'];
const KIND_ORDER = ['blad', 'instellingen', 'scenario'];

export type MetaKind = 'blad' | 'instellingen' | 'scenario';

export interface OwnedSheetRecord {
  sheet: string;
  key: OwnedSheetKey;
  fingerprint: string;
  writtenAt: string;
}

/** One JSON row of the meta sheet. */
export interface MetaEntry {
  key: string;
  /** JSON text. */
  value: string;
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Data rows (header dropped, empty rows dropped) as text cells. */
function metaRows(values: Grid | null): string[][] {
  if (!values) return [];
  return values
    .map((row) => row.map(text))
    .filter((row, i) => !(i === 0 && row[0] === META_HEADER[0]) && row.some((cell) => cell !== ''));
}

/** The owned-sheet records of a meta sheet's values (null = no meta sheet). Malformed rows are skipped. */
export function readOwnershipMeta(values: Grid | null): OwnedSheetRecord[] {
  return metaRows(values)
    .filter((row) => row[0] === 'blad' && OWNED_KEYS.includes(row[1] as OwnedSheetKey) && row[2] !== '')
    .map((row) => ({ key: row[1] as OwnedSheetKey, sheet: row[2], fingerprint: row[3] ?? '', writtenAt: row[4] ?? '' }));
}

/** The JSON entries of one kind, chunked values joined again. */
export function readMetaEntries(values: Grid | null, kind: Exclude<MetaKind, 'blad'>): MetaEntry[] {
  return metaRows(values)
    .filter((row) => row[0] === kind)
    .map((row) => ({ key: row[1], value: row.slice(2).join('') }));
}

/** Replaces every row of `kind` in `existing` by `rows`; keeps all other rows; rectangular, '' padded. */
export function replaceMetaRows(existing: Grid | null, kind: string, rows: string[][]): Grid {
  const kept = metaRows(existing).filter((row) => row[0] !== kind);
  const all = [...kept, ...rows.map((row) => [kind, ...row])];
  const rank = (k: string): number => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
  // A stable sort keeps the order within a kind and the order of unknown kinds.
  const sorted = all
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row[0]) - rank(b.row[0]) || a.i - b.i)
    .map(({ row }) => row);
  const grid: string[][] = [[...META_HEADER], ...sorted];
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return grid.map((row) => [...row, ...new Array<string>(width - row.length).fill('')]);
}

/** The meta grid with its 'blad' rows replaced by `records`; settings and scenarios are kept. */
export function mergeMetaGrid(existing: Grid | null, records: OwnedSheetRecord[]): Grid {
  return replaceMetaRows(
    existing,
    'blad',
    records.map((r) => [r.key, r.sheet, r.fingerprint, r.writtenAt]),
  );
}

/** A fresh meta grid: header plus one row per record. */
export function buildOwnershipMetaGrid(records: OwnedSheetRecord[]): Grid {
  return mergeMetaGrid(null, records);
}

/** The meta grid with all rows of `kind` replaced by `entries` (JSON split over cells when long). */
export function writeMetaEntries(existing: Grid | null, kind: Exclude<MetaKind, 'blad'>, entries: MetaEntry[]): Grid {
  return replaceMetaRows(
    existing,
    kind,
    entries.map((entry) => [entry.key, ...chunk(entry.value)]),
  );
}

function chunk(value: string): string[] {
  if (value.length <= META_CHUNK) return [value];
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += META_CHUNK) parts.push(value.slice(i, i + META_CHUNK));
  return parts;
}
