/// <reference types="office-js" />
/**
 * HostActions for Excel: what the task pane drives. Each method is one `Excel.run` (with the
 * cell-edit-mode retry) around one operation; failures reach the caller as ExcelAdapterError.
 */
import type { HostActions, Scenario, WriteReport } from '../core/hostPort';
import { changedColumnWidths, diffSheetSpecs } from '../core/ownership';
import type { OwnedSheetKey, SheetSpec } from '../core/sheetSpec';
import type { InstellingenOverrides } from '../core/types';
import { ExcelAdapterError } from './excelAdapterError';
import { insertSheetSpecs } from './insertSheets';
import { listSheetSummaries } from './listSheets';
import { loadMetaEntries, saveMetaEntries } from './metaEntries';
import { readGrids } from './readGrids';
import { resolveExcel, runExcel, type RunExcelOptions } from './runExcel';
import { selectSheetCell } from './selectCell';
import { createSyncCounter } from './syncCounter';
import { updateCells } from './updateCells';
import { watchSheetChanges } from './watchSheets';
import { WEB_RESPONSE_LIMIT_BYTES } from './workbookState';
import { WriteGuard } from './writeGuard';
import { writeSheetSpecs, type WriteSheetSpecsResult } from './writeSheetSpecs';
import { StaleWriteMemoryError, type WriteMemory, type WrittenSheet } from './readWrittenSheets';
import type { WriteMemoryStore } from './writeMemoryStore';

export interface ExcelHostOptions extends RunExcelOptions {
  /** Clock for `writtenAt` and the write guard. */
  now?: () => Date;
  /** How long after a write onChanged events still count as the adapter's own (ms). */
  quietMs?: number;
  /** The largest response Excel gives (default Excel on the web's 5 MB). */
  maxResponseBytes?: number;
  /** Keeps what a full run wrote across reloads of the pane (see writeMemoryStore). */
  memoryStore?: WriteMemoryStore;
}

const INSTELLINGEN_KEY = 'instellingen';

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ExcelAdapterError(
      `De opgeslagen ${what} in het verborgen blad _Samenwerkingstoets zijn beschadigd. Sla ze opnieuw op vanuit het taakvenster.`,
      'CorruptMeta',
      { cause: error },
    );
  }
}

/** The Excel implementation of HostActions. */
export function createExcelHost(options: ExcelHostOptions = {}): HostActions {
  const now = options.now ?? (() => new Date());
  const guard = new WriteGuard(options.quietMs, () => now().getTime());
  const owned: Partial<Record<OwnedSheetKey, string>> = {};
  // What this pane (or, through the store, an earlier one) wrote last: a re-run reads those
  // sheets with the structure, in one sync less.
  const written = new Map<string, WrittenSheet>();
  const remember = (sheets: Iterable<WrittenSheet>) => {
    written.clear();
    for (const sheet of sheets) written.set(sheet.name.toLowerCase(), sheet);
  };
  remember(options.memoryStore?.load() ?? []);
  const maxResponseBytes = options.maxResponseBytes ?? WEB_RESPONSE_LIMIT_BYTES;

  const writeOnce = (specs: SheetSpec[], memory: WriteMemory | undefined) =>
    runExcel(options, 'het schrijven van de resultaten', (context) =>
      writeSheetSpecs(context, specs, { writtenAt: now().toISOString(), memory, maxResponseBytes }),
    );

  const writeResults = (specs: SheetSpec[]): Promise<WriteReport> =>
    guard.around(async () => {
      let stale = 0;
      let result: WriteSheetSpecsResult;
      try {
        result = await writeOnce(specs, written.size > 0 ? { sheets: written, maxResponseBytes } : undefined);
      } catch (error) {
        if (!(error instanceof StaleWriteMemoryError)) throw error;
        // Nothing was written: the first sync only reads. Start over as a pane that remembers nothing.
        stale = error.syncs;
        written.clear();
        options.memoryStore?.save([]);
        result = await writeOnce(specs, undefined);
      }
      remember(result.written.values());
      options.memoryStore?.save([...written.values()]);
      for (const write of result.plan.writes) owned[write.spec.key] = write.sheet;
      return { ...result.report, syncs: result.report.syncs + stale };
    });

  return {
    listSheets: () => runExcel(options, 'het opvragen van de bladen', (context) => listSheetSummaries(context, createSyncCounter())),

    readSheets: (names) =>
      runExcel(options, `het lezen van blad ${names.join(', ')}`, (context) => readGrids(context, names, createSyncCounter())),

    writeResults,

    async updateResults(previous, next) {
      const changes = diffSheetSpecs(previous, next);
      if (changes === null) return writeResults(next);
      if (changes.length === 0 && changedColumnWidths(previous, next).length === 0) {
        return { written: [], backups: [], syncs: 0, cellsWritten: 0 };
      }
      // A fresh counter per attempt: a run retried in cell-edit mode starts over.
      let counter = createSyncCounter();
      const report = await guard.around(() =>
        runExcel(options, 'het bijwerken van de resultaten', (context) => {
          counter = createSyncCounter();
          return updateCells(context, previous, next, changes, counter, { writtenAt: now().toISOString(), sheetNames: owned });
        }),
      );
      if (report) return report;
      const full = await writeResults(next);
      return { ...full, syncs: full.syncs + counter.count };
    },

    insertSheets: (specs) =>
      guard.around(() =>
        runExcel(options, 'het invoegen van de invoerbladen', (context) => insertSheetSpecs(context, specs, createSyncCounter())),
      ),

    selectCell: (sheet, cell) =>
      runExcel(options, `het selecteren van ${sheet}!${cell}`, (context) => selectSheetCell(context, sheet, cell, createSyncCounter())),

    async loadInstellingen() {
      const entries = await runExcel(options, 'het laden van de instellingen', (context) =>
        loadMetaEntries(context, 'instellingen', createSyncCounter()),
      );
      const entry = entries.find((e) => e.key === INSTELLINGEN_KEY);
      return entry ? parseJson<InstellingenOverrides>(entry.value, 'instellingen') : null;
    },

    saveInstellingen: (instellingen) =>
      guard.around(() =>
        runExcel(options, 'het opslaan van de instellingen', (context) =>
          saveMetaEntries(context, 'instellingen', [{ key: INSTELLINGEN_KEY, value: JSON.stringify(instellingen) }], createSyncCounter()),
        ),
      ),

    async loadScenarios() {
      const entries = await runExcel(options, 'het laden van de scenario’s', (context) =>
        loadMetaEntries(context, 'scenario', createSyncCounter()),
      );
      return entries.map((e) => parseJson<Scenario>(e.value, 'scenario’s'));
    },

    saveScenarios: (scenarios) =>
      guard.around(() =>
        runExcel(options, 'het opslaan van de scenario’s', (context) =>
          saveMetaEntries(context, 'scenario', scenarios.map((s) => ({ key: s.naam, value: JSON.stringify(s) })), createSyncCounter()),
        ),
      ),

    async watchSheets(sheets, onChange) {
      const excel = resolveExcel(options);
      return runExcel(options, 'het volgen van wijzigingen', (context) =>
        watchSheetChanges(context, excel, sheets, onChange, guard, createSyncCounter()),
      );
    },
  };
}
