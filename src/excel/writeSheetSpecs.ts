/// <reference types="office-js" />
/**
 * The full run: replaces the owned result sheets, backing up those the user edited, and never
 * touching a user's sheet. Sync 1 loads the workbook's structure, sync 2 the meta sheet and
 * the values of sheets that may be owned, then planSheetWrites decides, and sync 3 writes
 * everything; only when that write exceeds 4 MB of payload does it take more syncs. A re-run
 * from the same task pane reads structure and values in one sync (readWrittenSheets).
 */
import type { WriteReport } from '../core/hostPort';
import {
  mergeMetaGrid,
  planSheetWrites,
  readOwnershipMeta,
  specToGrid,
  type SheetWritePlan,
} from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import type { Grid } from '../core/types';
import { metaSheetSteps } from './metaSheetSteps';
import { sliceRows, smallStep, type QueuedStep } from './payload';
import { runSteps } from './runSteps';
import { lazySheet } from './sheetRef';
import { sheetSteps } from './sheetSteps';
import { createSyncCounter } from './syncCounter';
import type { WrittenSheet, WriteMemory } from './readWrittenSheets';
import { loadWorkbookState, ownedNamePattern, type WorkbookState } from './workbookState';

export interface WriteSheetSpecsOptions {
  /** ISO time stored with each owned sheet. */
  writtenAt: string;
  /** What this task pane wrote last time (see readWrittenSheets). */
  memory?: WriteMemory;
  /** The largest response Excel gives. */
  maxResponseBytes: number;
}

export interface WriteSheetSpecsResult {
  report: WriteReport;
  plan: SheetWritePlan;
  /** Each written sheet's size and estimated value bytes, by lower-cased sheet name: the next run's memory. */
  written: Map<string, WrittenSheet>;
}

/** Steps that empty an owned sheet for rewriting: its tables, charts, rules, cells and panes. */
function clearSteps(state: WorkbookState, sheet: string): QueuedStep[] {
  const worksheet = state.sheets.get(sheet.toLowerCase());
  if (!worksheet) return [];
  const tables = state.tables.filter((t) => t.sheet.toLowerCase() === sheet.toLowerCase());
  const charts = state.charts.get(sheet.toLowerCase()) ?? [];
  return [smallStep(() => {
    for (const t of tables) t.table.delete();
    for (const chart of charts) chart.delete();
    const all = worksheet.getRange();
    all.conditionalFormats.clearAll();
    all.clear();
    worksheet.freezePanes.unfreeze();
  })];
}

/** Writes `specs` into `context`'s workbook. */
export async function writeSheetSpecs(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  options: WriteSheetSpecsOptions,
): Promise<WriteSheetSpecsResult> {
  const counter = createSyncCounter();
  const grids = new Map<SheetSpec, { grid: Grid; bytes: number }>();
  const prepared = (spec: SheetSpec) => {
    let p = grids.get(spec);
    if (!p) {
      const grid = specToGrid(spec);
      p = { grid, bytes: sliceRows(grid).reduce((som, slice) => som + slice.bytes, 0) };
      grids.set(spec, p);
    }
    return p;
  };
  // A re-run finds about what it writes now: that tells whether the current sheets fit one
  // response. The estimate runs ~10% above Excel's answer (null for an empty cell, envelopes), so
  // it is held against the whole limit: reading in blocks where one read would still fit costs
  // two syncs more (1,500 taakvelden: 6 instead of 4).
  const expectLarge = specs.reduce((som, spec) => som + prepared(spec).bytes, 0) > options.maxResponseBytes;
  const state = await loadWorkbookState(context, ownedNamePattern(specs.map((s) => s.name)), counter, { memory: options.memory, expectLarge });
  const sheetTables: Record<string, string[]> = {};
  for (const t of state.tables) (sheetTables[t.sheet] ??= []).push(t.name);
  const plan = planSheetWrites({
    sheetNames: state.sheetNames,
    meta: readOwnershipMeta(state.metaGrid),
    currentFingerprints: state.fingerprints,
    specs,
    writtenAt: options.writtenAt,
    tableNames: state.definedNames,
    sheetTables,
  });

  const steps: QueuedStep[] = [];
  for (const backup of plan.backups) {
    const worksheet = state.sheets.get(backup.sheet.toLowerCase());
    const renames = backup.tableRenames.map((r) => ({ to: r.to, table: state.tables.find((t) => t.name === r.from)?.table }));
    steps.push(smallStep(() => {
      if (worksheet) worksheet.name = backup.backupName;
      for (const r of renames) if (r.table) r.table.name = r.to;
    }));
  }
  let cellsWritten = 0;
  const written = new Map<string, WrittenSheet>();
  for (const write of plan.writes) {
    if (write.exists) steps.push(...clearSteps(state, write.sheet));
    const existing = write.exists ? state.sheets.get(write.sheet.toLowerCase()) : undefined;
    const sheet = lazySheet(() => existing ?? context.workbook.worksheets.add(write.sheet));
    const { grid, bytes } = prepared(write.spec);
    // The add is queued here, after any backup rename freed the name.
    steps.push(smallStep(() => void sheet()), ...sheetSteps(sheet, write.spec, write.tableNames, grid));
    cellsWritten += grid.length * (grid[0]?.length ?? 0);
    written.set(write.sheet.toLowerCase(), {
      name: write.sheet,
      rows: grid.length,
      columns: grid.reduce((max, row) => Math.max(max, row.length), 0),
      bytes,
    });
  }
  const metaGrid = mergeMetaGrid(state.metaGrid, plan.meta);
  steps.push(...metaSheetSteps(context, state.metaSheet, metaGrid));
  cellsWritten += metaGrid.length * (metaGrid[0]?.length ?? 0);

  await runSteps(context, steps, counter, { calculationMode: state.calculationMode });
  return {
    plan,
    written,
    report: {
      written: plan.writes.map((w) => w.sheet),
      backups: plan.backups.map(({ sheet, backupName }) => ({ sheet, backupName })),
      syncs: counter.count,
      cellsWritten,
    },
  };
}
