/**
 * The port the task pane drives. The Office.js adapter (src/excel) implements it for Excel,
 * the exceljs adapter (src/xlsx) for the browser preview and tests: React components get an
 * object of this shape as a prop and never call Office.js themselves.
 */
import type { SheetSpec } from './sheetSpec';
import type { InstellingenOverrides, SheetGrid } from './types';

export interface SheetSummary {
  name: string;
  rowCount: number;
  columnCount: number;
  /** Names of Excel tables on the sheet. */
  tables: string[];
  /** True when the add-in made this sheet (it is an output, never an input). */
  owned: boolean;
}

export interface WriteReport {
  /** Sheet names actually written, per spec key order. */
  written: string[];
  /** Owned sheets the user had edited, kept under a new name before rewriting. */
  backups: { sheet: string; backupName: string }[];
  /** Number of context.sync() calls (Excel) or 0 (in-memory). */
  syncs: number;
  /** Cells whose value or format was sent. */
  cellsWritten: number;
}

/** A named weight set with optional threshold overrides, saved in the workbook. */
export interface Scenario {
  naam: string;
  instellingen: InstellingenOverrides;
  opgeslagen: string;
}

export interface HostActions {
  listSheets(): Promise<SheetSummary[]>;
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /** Full run: replaces the owned sheets (backing up hand-edited ones). */
  writeResults(specs: SheetSpec[]): Promise<WriteReport>;
  /** What-if: writes only the cells that differ between `previous` and `next`. */
  updateResults(previous: SheetSpec[], next: SheetSpec[]): Promise<WriteReport>;
  /** Writes input sheets (the template); never overwrites an existing sheet. */
  insertSheets(specs: Omit<SheetSpec, 'key'>[]): Promise<WriteReport>;
  selectCell(sheet: string, cell: string): Promise<void>;
  loadInstellingen(): Promise<InstellingenOverrides | null>;
  saveInstellingen(instellingen: InstellingenOverrides): Promise<void>;
  loadScenarios(): Promise<Scenario[]>;
  saveScenarios(scenarios: Scenario[]): Promise<void>;
  /**
   * Calls `onChange` when a user edits one of `sheets`; the adapter ignores its own writes.
   * Returns a function that stops listening.
   */
  watchSheets(sheets: string[], onChange: (sheet: string) => void): Promise<() => void>;
}
