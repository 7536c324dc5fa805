/// <reference types="office-js" />
/**
 * What a full run must know before it can plan: sheet names, tables, defined names, the
 * calculation mode, the meta sheet and the current values of sheets that may be owned.
 * Two syncs: structure first, then values (the meta sheet's existence is only known after
 * the first sync, and a null object is not chained further). When Excel on the web refuses
 * the values as a response above 5 MB, they are read again in blocks (readGridsInBlocks).
 */
import { parseAddress } from '../core/cellAddress';
import { anchorGrid, cleanSheetName, fingerprintGrid, META_SHEET } from '../core/ownership';
import type { Grid } from '../core/types';
import { isTooLarge, readGridsInBlocks } from './readGrids';
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

/** Excel on the web's response limit. */
export const WEB_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What the adapter knows, before reading, about the size of the owned sheets: the value bytes
 * it wrote there last time in this task pane (a user's additions come on top, so this is a
 * lower bound) and the response limit it plans for.
 */
export interface ReadEstimate {
  valueBytes: ReadonlyMap<string, number>;
  maxResponseBytes: number;
}

interface CandidateValues {
  /** Values from A1, per candidate. */
  grids: Grid[];
  charts: Excel.Chart[][];
  metaGrid: Grid | null;
}

/**
 * Values and charts of `candidates` and the meta sheet's grid: one sync, or, when the
 * response is too large, one more for the sizes plus one per READ_BLOCK_CELLS cells of values.
 */
async function loadCandidateValues(
  context: Excel.RequestContext,
  candidates: Excel.Worksheet[],
  meta: Excel.Worksheet | null,
  counter: SyncCounter,
  lezen?: ReadEstimate,
): Promise<CandidateValues> {
  if (candidates.length === 0 && !meta) return { grids: [], charts: [], metaGrid: null };
  const loadSmall = () => ({
    charts: candidates.map((sheet) => sheet.charts.load('items/name')),
    metaRange: meta ? meta.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') : null,
  });
  let small = loadSmall();
  const inBlocks = async () => {
    const blocks = await readGridsInBlocks(context, candidates.map((sheet) => sheet.name), counter);
    return blocks.map((grid) => anchorGrid(grid.values, parseAddress(grid.origin ?? 'A1')));
  };
  // What this pane wrote there last time already exceeds the limit: a single read would be
  // refused after the server built it, so read in blocks straight away (charts and meta go with
  // the block read's first sync).
  const verwacht = candidates.reduce((som, sheet) => som + (lezen?.valueBytes.get(sheet.name.toLowerCase()) ?? 0), 0);
  let grids: Grid[];
  if (lezen && verwacht > lezen.maxResponseBytes * 0.9) {
    grids = await inBlocks();
  } else {
    const used = candidates.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
    try {
      counter.count += 1;
      await context.sync();
      grids = used.map(gridOf);
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      // A refused sync returns nothing: charts and meta are loaded again with the block read's first sync.
      small = loadSmall();
      grids = await inBlocks();
    }
  }
  return {
    grids,
    charts: small.charts.map((collection) => collection.items),
    metaGrid: small.metaRange ? gridOf(small.metaRange) : null,
  };
}

/** Loads the workbook state in two syncs (more for very large sheets). `isCandidate` picks the sheets whose values are read. */
export async function loadWorkbookState(
  context: Excel.RequestContext,
  isCandidate: (name: string) => boolean,
  counter: SyncCounter,
  lezen?: ReadEstimate,
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
  const metaSheet = meta.isNullObject ? null : meta;
  const loaded = await loadCandidateValues(context, candidates, metaSheet, counter, lezen);

  const fingerprints: Record<string, string> = {};
  const charts = new Map<string, Excel.Chart[]>();
  candidates.forEach((sheet, i) => {
    fingerprints[sheet.name] = fingerprintGrid(loaded.grids[i]);
    charts.set(sheet.name.toLowerCase(), loaded.charts[i]);
  });
  return {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    sheets,
    tables: tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name, table })),
    definedNames: names.items.map((item) => item.name),
    calculationMode: application.calculationMode,
    metaSheet,
    metaGrid: loaded.metaGrid,
    fingerprints,
    charts,
  };
}

/** A loaded used range (or null object) as a grid from A1. */
export function gridOf(range: Excel.Range): Grid {
  if (range.isNullObject) return [];
  return anchorGrid(range.values as Grid, { row: range.rowIndex, column: range.columnIndex });
}
