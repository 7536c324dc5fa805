/// <reference types="office-js" />
/**
 * What a full run must know before it can plan: sheet names, tables, defined names, the
 * calculation mode, the meta sheet and the current values of sheets that may be owned.
 * Two syncs: structure first, then values (the meta sheet's existence is only known after
 * the first sync, and a null object is not chained further). When Excel on the web refuses
 * the values as a response above 5 MB, they are read again in blocks (readGridsInBlocks).
 * A re-run from the pane that wrote the owned sheets reads them in the first sync already
 * (readWrittenSheets).
 */
import { cleanSheetName, fingerprintGrid, META_SHEET, readOwnershipMeta } from '../core/ownership';
import type { Grid } from '../core/types';
import { gridFromA1, gridOf, isTooLarge, readGridsInBlocks } from './readGrids';
import { finishWrittenReads, queueWrittenReads, syncWrittenReads, type WriteMemory } from './readWrittenSheets';
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
  inBlocks: boolean,
): Promise<CandidateValues> {
  if (candidates.length === 0 && !meta) return { grids: [], charts: [], metaGrid: null };
  const loadSmall = () => ({
    charts: candidates.map((sheet) => sheet.charts.load('items/name')),
    metaRange: meta ? meta.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') : null,
  });
  let small = loadSmall();
  // Charts and meta go with the block read's first sync (the sizes).
  const readBlocks = async () =>
    (await readGridsInBlocks(context, candidates.map((sheet) => sheet.name), counter)).map(gridFromA1);
  let grids: Grid[];
  if (inBlocks && candidates.length > 0) {
    grids = await readBlocks();
  } else {
    const used = candidates.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'));
    try {
      counter.count += 1;
      await context.sync();
      grids = used.map(gridOf);
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      // A refused sync returns nothing: charts and meta are loaded again.
      small = loadSmall();
      grids = await readBlocks();
    }
  }
  return {
    grids,
    charts: small.charts.map((collection) => collection.items),
    metaGrid: small.metaRange ? gridOf(small.metaRange) : null,
  };
}

export interface LoadWorkbookStateOptions {
  /** What this pane wrote last: those sheets are read in the first sync (see readWrittenSheets). */
  memory?: WriteMemory;
  /**
   * Without memory: the owned sheets are expected to exceed one response (a re-run writes about
   * what it wrote before), so read them in blocks straight away instead of having Excel on the
   * web build a response it then refuses.
   */
  expectLarge?: boolean;
}

/**
 * Loads the workbook state in two syncs (more for very large sheets). `isCandidate` picks the
 * sheets whose values are read. With memory of this pane's last run, the sheets it wrote are
 * read in the first sync already; it may then throw StaleWriteMemoryError.
 */
export async function loadWorkbookState(
  context: Excel.RequestContext,
  isCandidate: (name: string) => boolean,
  counter: SyncCounter,
  options: LoadWorkbookStateOptions = {},
): Promise<WorkbookState> {
  const { memory } = options;
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name,items/worksheet/name');
  const names = workbook.names.load('items/name');
  const application = context.application.load('calculationMode');
  const known = memory && memory.sheets.size > 0 ? queueWrittenReads(context, memory) : null;
  const meta = known ? null : workbook.worksheets.getItemOrNullObject(META_SHEET);
  if (known) await syncWrittenReads(context, counter);
  else {
    counter.count += 1;
    await context.sync();
  }

  const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const fingerprints: Record<string, string> = {};
  const charts = new Map<string, Excel.Chart[]>();
  const add = (name: string, grid: Grid, sheetCharts: Excel.Chart[]) => {
    const sheet = sheets.get(name.toLowerCase());
    if (!sheet) return;
    fingerprints[sheet.name] = fingerprintGrid(grid);
    charts.set(sheet.name.toLowerCase(), sheetCharts);
  };

  let metaGrid: Grid | null = null;
  let metaSheet: Excel.Worksheet | null;
  let candidates = worksheets.items.filter((sheet) => sheet.name !== META_SHEET && isCandidate(sheet.name));
  if (known) {
    const written = await finishWrittenReads(context, known, counter);
    known.sheets.forEach((sheet, i) => add(sheet.name, written.grids[i], written.charts[i]));
    metaGrid = written.metaGrid;
    metaSheet = written.meta;
    // Someone else may have run the add-in meanwhile: owned sheets this pane did not write are read now.
    const recorded = new Set(readOwnershipMeta(metaGrid).map((r) => r.sheet.toLowerCase()));
    candidates = candidates.filter((sheet) => recorded.has(sheet.name.toLowerCase()) && fingerprints[sheet.name] === undefined);
  } else {
    metaSheet = meta && !meta.isNullObject ? meta : null;
  }
  const loaded = await loadCandidateValues(context, candidates, known ? null : metaSheet, counter, !known && options.expectLarge === true);
  if (!known) metaGrid = loaded.metaGrid;
  candidates.forEach((sheet, i) => add(sheet.name, loaded.grids[i], loaded.charts[i]));
  return {
    sheetNames: worksheets.items.map((sheet) => sheet.name),
    sheets,
    tables: tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name, table })),
    definedNames: names.items.map((item) => item.name),
    calculationMode: application.calculationMode,
    metaSheet,
    metaGrid,
    fingerprints,
    charts,
  };
}
