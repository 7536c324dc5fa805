/// <reference types="office-js" />
/**
 * Writes input sheets (the template). A sheet whose name is taken is skipped, never
 * overwritten; inserted sheets are the user's, so no ownership record is kept.
 */
import type { WriteReport } from '../core/hostPort';
import { claimTableName, cleanSheetName, specToGrid, tableNameCandidate } from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import { smallStep, type QueuedStep } from './payload';
import { runSteps } from './runSteps';
import { lazySheet } from './sheetRef';
import { sheetSteps } from './sheetSteps';
import type { SyncCounter } from './syncCounter';

export async function insertSheetSpecs(
  context: Excel.RequestContext,
  specs: Omit<SheetSpec, 'key'>[],
  counter: SyncCounter,
): Promise<WriteReport> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name');
  counter.count += 1;
  await context.sync();

  const takenSheets = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const takenTables = new Set([...tables.items, ...names.items].map((t) => t.name.toLowerCase()));
  const steps: QueuedStep[] = [];
  const written: string[] = [];
  let cellsWritten = 0;
  for (const spec of specs) {
    const name = cleanSheetName(spec.name);
    if (takenSheets.has(name.toLowerCase())) continue;
    takenSheets.add(name.toLowerCase());
    const tableNames = spec.blocks.map((b) => claimTableName(takenTables, tableNameCandidate(b.tableName)));
    const sheet = lazySheet(() => context.workbook.worksheets.add(name));
    const grid = specToGrid(spec);
    steps.push(smallStep(() => void sheet()), ...sheetSteps(sheet, spec, tableNames, grid));
    cellsWritten += grid.length * (grid[0]?.length ?? 0);
    written.push(name);
  }
  if (steps.length > 0) await runSteps(context, steps, counter);
  return { written, backups: [], syncs: counter.count, cellsWritten };
}
