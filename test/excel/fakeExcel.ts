/// <reference types="office-js" />
/**
 * A recording fake of the Excel JavaScript API for the adapter's tests and for `npm run bench`:
 * `new FakeExcel(workbook)` stands in for the global `Excel`; it counts `context.sync()` calls
 * per run, logs every write with the sync that sends it and its payload bytes, enforces
 * load-then-sync before reads, and behaves like Excel where it matters (text parsing, unique
 * names, table overlap, errors surfacing at sync). Each fake class is checked at compile time
 * to have only members the real Excel interface has.
 */
import { FakeContextCore, LoadTracker, loadPaths, type OpRecord, type RealMembers, type SyncRecord } from './fake/context';
import { cellKey, newSheet, sheetValues, type FakeValue, type SheetModel, type WorkbookModel } from './fake/model';
import { FakeTableCollection } from './fake/table';
import { FakeWorksheetCollection } from './fake/worksheet';

export { FakeOfficeError, sheetValues } from './fake/model';
export type { SheetModel, WorkbookModel, FakeValue } from './fake/model';
export type { OpRecord, SyncRecord } from './fake/context';

class FakeNamedItems extends LoadTracker {
  get items(): { name: string }[] { return this.read('items'); }
  load(argument?: string | string[]): this {
    if (loadPaths(argument).some((p) => p.startsWith('items'))) this.snapshot('items', this.core.model.definedNames.map((name) => ({ name })));
    return this;
  }
}
export const namedItemsMembersChecked: RealMembers<Excel.NamedItemCollection, FakeNamedItems> = true;

class FakeApplication extends LoadTracker {
  get calculationMode(): Excel.Application['calculationMode'] { return this.read('calculationMode'); }
  set calculationMode(mode: Excel.Application['calculationMode']) {
    if (this.core.record('application.calculationMode', null, '', mode)) this.core.model.calculationMode = mode as WorkbookModel['calculationMode'];
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.core.record('application.suspendScreenUpdating', null, '', null);
  }
  load(argument?: string | string[]): this {
    if (loadPaths(argument).includes('calculationMode')) this.snapshot('calculationMode', this.core.model.calculationMode);
    return this;
  }
}
export const applicationMembersChecked: RealMembers<Excel.Application, FakeApplication> = true;

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItems;
  constructor(core: FakeContextCore) {
    this.worksheets = new FakeWorksheetCollection(core);
    this.tables = new FakeTableCollection(core, null);
    this.names = new FakeNamedItems(core);
  }
}
export const workbookMembersChecked: RealMembers<Excel.Workbook, FakeWorkbook> = true;

class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(private readonly core: FakeContextCore) {
    this.workbook = new FakeWorkbook(core);
    this.application = new FakeApplication(core);
  }
  sync(): Promise<void> {
    return this.core.sync();
  }
}
export const contextMembersChecked: RealMembers<Excel.RequestContext, FakeRequestContext> = true;

export interface FakeRun {
  syncs: number;
  /** Op count and bytes sent, and bytes received, per sync. */
  perSync: SyncRecord[];
}

export class FakeExcel {
  readonly model: WorkbookModel;
  readonly ops: OpRecord[] = [];
  readonly runs: FakeRun[] = [];
  /** Error codes to throw at the first sync of the next runs, one per run. */
  readonly failNextRuns: string[] = [];
  /**
   * Excel on the web's response limit: a sync whose loaded data (JSON) exceed this many bytes
   * fails with ResponsePayloadSizeLimitExceeded and publishes nothing. Infinity = no limit.
   */
  maxResponseBytes = Infinity;
  /** Whether value writes fire onChanged handlers (Excel does, after the sync). */
  emitOnWrite = true;

  constructor(sheets: Record<string, FakeValue[][]> = {}) {
    this.model = { sheets: Object.entries(sheets).map(([name, cells]) => newSheet(name, cells)), tables: [], definedNames: [], calculationMode: 'Automatic' };
  }

  run<T>(...args: [(context: Excel.RequestContext) => Promise<T>] | [unknown, (context: Excel.RequestContext) => Promise<T>]): Promise<T> {
    const batch = (args.length === 1 ? args[0] : args[1]) as (context: Excel.RequestContext) => Promise<T>;
    const run: FakeRun = { syncs: 0, perSync: [] };
    this.runs.push(run);
    const code = this.failNextRuns.shift();
    let mark = this.ops.length;
    const afterSync = (): void => {
      this.fireChanges(mark);
      mark = this.ops.length;
    };
    const injected = code ? { code, atSync: 1 } : null;
    const core = new FakeContextCore(this.model, this.ops, run.perSync, injected, afterSync, this.maxResponseBytes);
    const context = new FakeRequestContext(core);
    return batch(context as unknown as Excel.RequestContext).finally(() => {
      run.syncs = core.syncCount;
    });
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`Geen blad ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  values(name: string): FakeValue[][] {
    return sheetValues(this.sheet(name));
  }

  cell(name: string, row: number, column: number): { value?: FakeValue; formula?: string; format?: string } {
    return this.sheet(name).cells.get(cellKey(row, column)) ?? {};
  }

  /** A user edit: sets a value and fires the sheet's onChanged handlers. */
  async userEdit(name: string, row: number, column: number, value: FakeValue): Promise<void> {
    const sheet = this.sheet(name);
    sheet.cells.set(cellKey(row, column), { ...sheet.cells.get(cellKey(row, column)), value });
    await Promise.all([...sheet.handlers].map((h) => h({ worksheetId: sheet.id, address: `R${row + 1}C${column + 1}`, source: 'Local' })));
  }

  private fireChanges(from: number): void {
    if (!this.emitOnWrite) return;
    const touched = new Set(this.ops.slice(from).filter((op) => op.kind === 'values').map((op) => op.sheet.toLowerCase()));
    for (const sheet of this.model.sheets) {
      if (!touched.has(sheet.name.toLowerCase())) continue;
      for (const handler of sheet.handlers) void handler({ worksheetId: sheet.id, address: '', source: 'Local' });
    }
  }
}
