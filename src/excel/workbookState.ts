/// <reference types="office-js" />
/**
 * What a full run must know before it can plan: sheet names, tables, defined names, the
 * calculation mode, the meta sheet and the current values of sheets that may be owned.
 * Two syncs: structure first, then values (the meta sheet's existence is only known after
 * the first sync, and a null object is not chained further).
 */
import { anchorGrid, cleanSheetName, fingerprintGrid, META_SHEET } from '../core/ownership';
import type { Grid } from '../core/types';
import type { SyncCounter } from './syncCounter';

export interface WorkbookState {
  sheetNames: string[];
  /** Worksheet proxies by lower-cased name. */
  sheets: Map<string, Excel.Worksheet>;
  tables: { name: string; sheet: string; table: Excel.Table }[];
  definedNames: string[];
  calculationMode: Excel.Application['calculationMode'];
  metaSheet: Excel.Worksheet | null;
  metaGrid: Grid | null;
  /** Fingerprints of the candidate sheets' current values, by sheet name. */
  fingerprints: Record<string, string>;
  /** Charts on the candidate sheets, by lower-cased sheet name. */
  charts: Map<string, Excel.Chart[]>;
}

/**
 * Whether `name` could be a sheet the add-in named after one of `baseNames`: the name itself or
 * "name (n)" with the name cut to fit 31 characters.
 */
export function ownedNamePattern(baseNames: string[]): (name: string) => boolean {
  const bases = baseNames.map((base) => cleanSheetName(base).toLowerCase());
  return (name) => {
    const lower = name.toLowerCase();
    if (bases.includes(lower)) return true;
    const numbered = /^(.*) \((\d+)\)$/.exec(lower);
    return numbered !== null && bases.some((base) => base.startsWith(numbered[1].trimEnd()) && numbered[1] !== '');
  };
}

/** Loads the workbook state in two syncs. `isCandidate` picks the sheets whose values are read. */
export async function loadWorkbookState(
  context: Excel.RequestContext,
  isCandidate: (name: string) => boolean,
  counter: SyncCounter,
): Promise<WorkbookState> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name,items/worksheet/name');
  const names = workbook.names.load('items/name');
  const application = context.application.load('calculationMode');
  const meta = workbook.worksheets.getItemOrNullObject(META_SHEET);
  counter.count += 1;
  await context.sync();

  const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const candidates = worksheets.items.filter((sheet) => sheet.name !== META_SHEET && isCandidate(sheet.name));
  const used = candidates.map((sheet) => ({
    name: sheet.name,
    range: sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
    charts: sheet.charts.load('items/name'),
  }));
  const metaRange = meta.isNullObject ? null : meta.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  if (used.length > 0 || metaRange) {
    counter.count += 1;
    await context.sync();
  }

  const fingerprints: Record<string, string> = {};
  const charts = new Map<string, Excel.Chart[]>();
  for (const u of used) {
    fingerprints[u.name] = fingerprintGrid(gridOf(u.range));
    charts.set(u.name.toLowerCase(), u.charts.items);
  }
  return {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    sheets,
    tables: tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name, table })),
    definedNames: names.items.map((item) => item.name),
    calculationMode: application.calculationMode,
    metaSheet: meta.isNullObject ? null : meta,
    metaGrid: metaRange ? gridOf(metaRange) : null,
    fingerprints,
    charts,
  };
}

/** A loaded used range (or null object) as a grid from A1. */
export function gridOf(range: Excel.Range): Grid {
  if (range.isNullObject) return [];
  return anchorGrid(range.values as Grid, { row: range.rowIndex, column: range.columnIndex });
}
