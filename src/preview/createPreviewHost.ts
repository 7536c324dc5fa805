/**
 * An in-memory host over an exceljs Workbook, for the browser preview and for tests: the same
 * `HostActions` the Excel adapter implements, carried out by the exceljs adapter of src/xlsx.
 * On top of the port it lets the preview's grid show sheets, edit an input cell (which fires
 * the watchSheets callbacks, like a user typing in Excel) and follow `selectCell`.
 */
import type ExcelJS from 'exceljs';
import type { HostActions, SheetSummary, WriteReport } from '../core/hostPort';
import { META_SHEET } from '../core/ownership';
import type { SheetSpec } from '../core/sheetSpec';
import type { CellValue } from '../core/types';
import { readSheetValues } from '../xlsx/readGrids';
import { renderInputSheets } from '../xlsx/renderInputSheets';
import { renderSheetSpecs } from '../xlsx/renderSheetSpecs';
import { findWorksheet, listTableNames } from '../xlsx/workbookSheets';
import { PreviewHostError } from './previewHostError';
import { loadInstellingen, loadScenarios, readOwnedSheetNames, saveInstellingen, saveScenarios } from './previewMeta';
import { updateOwnedCells } from './updateOwnedCells';

/** What the preview page hears from its host. */
export type PreviewEvent =
  | { type: 'changed' }
  | { type: 'select'; sheet: string; cell: string };

export interface PreviewHost extends HostActions {
  readonly workbook: ExcelJS.Workbook;
  /** Visible sheets in workbook order. */
  listVisibleSheets(): string[];
  /** The spec a sheet was last written from in this session (for the grid's colours). */
  getSpec(sheet: string): Omit<SheetSpec, 'key'> | undefined;
  /** True for a sheet the add-in made (results, comparison): not editable in the preview. */
  isOwned(sheet: string): boolean;
  /** A user's edit: only input sheets; fires the watchers of that sheet. */
  editCell(sheet: string, address: string, value: CellValue): void;
  subscribe(listener: (event: PreviewEvent) => void): () => void;
}

export interface PreviewHostOptions {
  now?: () => Date;
}

/** Wraps `workbook`; every write goes through the exceljs adapter. */
export function createPreviewHost(workbook: ExcelJS.Workbook, options: PreviewHostOptions = {}): PreviewHost {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: PreviewEvent) => void>();
  const watchers = new Set<{ sheets: Set<string>; onChange: (sheet: string) => void }>();
  const specs = new Map<string, Omit<SheetSpec, 'key'>>();

  const emit = (event: PreviewEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const worksheetOf = (name: string): ExcelJS.Worksheet => {
    const worksheet = findWorksheet(workbook, name);
    if (!worksheet || worksheet.name === META_SHEET) throw new PreviewHostError(`Blad "${name}" bestaat niet in dit werkboek.`);
    return worksheet;
  };
  const remember = (written: Omit<SheetSpec, 'key'>[], report: WriteReport): WriteReport => {
    report.written.forEach((name, i) => {
      if (written[i]) specs.set(name.toLowerCase(), written[i]);
    });
    emit({ type: 'changed' });
    return report;
  };
  // Work is synchronous in memory; resolving on a later task keeps callers honest about awaiting.
  const later = <T>(work: () => T): Promise<T> => new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    }, 0);
  });

  return {
    workbook,
    listVisibleSheets: () => workbook.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map((ws) => ws.name),
    getSpec: (sheet) => specs.get(sheet.toLowerCase()),
    isOwned: (sheet) => readOwnedSheetNames(workbook).has(sheet.toLowerCase()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    editCell(sheet, address, value) {
      const worksheet = worksheetOf(sheet);
      if (readOwnedSheetNames(workbook).has(worksheet.name.toLowerCase())) {
        throw new PreviewHostError(`Blad "${worksheet.name}" is een resultaatblad; wijzig de invoerbladen.`);
      }
      worksheet.getCell(address).value = value;
      emit({ type: 'changed' });
      for (const watcher of watchers) {
        if (watcher.sheets.has(worksheet.name.toLowerCase())) setTimeout(() => watcher.onChange(worksheet.name), 0);
      }
    },
    listSheets: () => later((): SheetSummary[] => {
      const owned = readOwnedSheetNames(workbook);
      const tables = listTableNames(workbook).bySheet;
      return workbook.worksheets.filter((ws) => ws.name !== META_SHEET).map((ws) => {
        const values = readSheetValues(ws);
        return {
          name: ws.name,
          rowCount: values.length,
          columnCount: values.reduce((max, row) => Math.max(max, row.length), 0),
          tables: tables[ws.name] ?? [],
          owned: owned.has(ws.name.toLowerCase()),
        };
      });
    }),
    readSheets: (names) => later(() => names.map((name) => {
      const worksheet = worksheetOf(name);
      return { name: worksheet.name, origin: 'A1', values: readSheetValues(worksheet) };
    })),
    writeResults: (next) => later(() => remember(next, renderSheetSpecs(workbook, next, { writtenAt: now().toISOString() }))),
    updateResults: (previous, next) => later(() => {
      const { report, specs: written } = updateOwnedCells(workbook, previous, next, now().toISOString());
      return remember(written, report);
    }),
    insertSheets: (sheets) => later(() => {
      const report = renderInputSheets(workbook, sheets);
      return remember(sheets.filter((s) => report.written.includes(s.name)), report);
    }),
    selectCell: (sheet, cell) => later(() => {
      emit({ type: 'select', sheet: worksheetOf(sheet).name, cell });
    }),
    loadInstellingen: () => later(() => loadInstellingen(workbook)),
    saveInstellingen: (instellingen) => later(() => saveInstellingen(workbook, instellingen)),
    loadScenarios: () => later(() => loadScenarios(workbook)),
    saveScenarios: (scenarios) => later(() => saveScenarios(workbook, scenarios)),
    watchSheets: (sheets, onChange) => later(() => {
      const watcher = { sheets: new Set(sheets.map((s) => s.toLowerCase())), onChange };
      watchers.add(watcher);
      return () => {
        watchers.delete(watcher);
      };
    }),
  };
}
