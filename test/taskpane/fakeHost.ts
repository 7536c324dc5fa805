/**
 * A recording fake of `HostActions` for the task pane's tests: sheets are plain grids, every call
 * is logged with its arguments, and any method can be made to fail. Result sheets are stored as
 * their spec's grid, so a test can read what the pane wrote.
 */
import type { HostActions, Scenario, SheetSummary, WriteReport } from '../../src/core/hostPort';
import { specToGrid } from '../../src/core/ownership';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { buildTemplate } from '../../src/core/template';
import type { Grid, Instellingen, SheetGrid } from '../../src/core/types';

export interface FakeCall {
  method: keyof HostActions;
  args: unknown[];
}

interface FakeSheet {
  values: Grid;
  owned: boolean;
}

export class FakeHost implements HostActions {
  readonly calls: FakeCall[] = [];
  readonly sheets = new Map<string, FakeSheet>();
  instellingen: Partial<Instellingen> | null = null;
  scenarios: Scenario[] = [];
  /** Errors to throw, per method. */
  readonly failures: Partial<Record<keyof HostActions, Error>> = {};
  private readonly watchers = new Set<{ sheets: string[]; onChange: (sheet: string) => void }>();
  private readonly holds = new Map<keyof HostActions, Promise<void>>();

  /** Makes the next calls of `method` wait until the returned function is called. */
  hold(method: keyof HostActions): () => void {
    let release: () => void = () => undefined;
    this.holds.set(method, new Promise<void>((resolve) => {
      release = resolve;
    }));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  private async gate(method: keyof HostActions): Promise<void> {
    await this.holds.get(method);
  }

  constructor(grids: SheetGrid[] = []) {
    for (const grid of grids) this.sheets.set(grid.name, { values: grid.values, owned: false });
  }

  /** The example workbook of the template (fictitious figures, the report's benchmark). */
  static withVoorbeeld(): FakeHost {
    return new FakeHost(buildTemplate({ voorbeeld: true }).map((sheet) => ({ name: sheet.name, values: toGrid(sheet) })));
  }

  private record(method: keyof HostActions, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failures[method];
    if (failure) throw failure;
  }

  callsOf(method: keyof HostActions): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A user edit in an input sheet: changes the cell and notifies the watchers, as Excel would. */
  editCell(sheet: string, row: number, column: number, value: string | number | null): void {
    const target = this.sheets.get(sheet);
    if (!target) throw new Error(`no sheet ${sheet}`);
    while (target.values.length <= row) target.values.push([]);
    target.values[row][column] = value;
    for (const watcher of this.watchers) if (watcher.sheets.includes(sheet)) watcher.onChange(sheet);
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  async listSheets(): Promise<SheetSummary[]> {
    this.record('listSheets', []);
    return [...this.sheets].map(([name, s]) => ({
      name, rowCount: s.values.length, columnCount: s.values[0]?.length ?? 0, tables: [], owned: s.owned,
    }));
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    this.record('readSheets', [names]);
    await this.gate('readSheets');
    return names.map((name) => {
      const sheet = this.sheets.get(name);
      if (!sheet) throw new Error(`Blad ${name} bestaat niet`);
      return { name, origin: 'A1', values: sheet.values.map((row) => [...row]) };
    });
  }

  async writeResults(specs: SheetSpec[]): Promise<WriteReport> {
    this.record('writeResults', [specs]);
    await this.gate('writeResults');
    for (const spec of specs) this.sheets.set(spec.name, { values: specToGrid(spec), owned: true });
    return { written: specs.map((s) => s.name), backups: [], syncs: 0, cellsWritten: specs.length };
  }

  async updateResults(previous: SheetSpec[], next: SheetSpec[]): Promise<WriteReport> {
    this.record('updateResults', [previous, next]);
    for (const spec of next) this.sheets.set(spec.name, { values: specToGrid(spec), owned: true });
    return { written: next.map((s) => s.name), backups: [], syncs: 0, cellsWritten: 7 };
  }

  async insertSheets(specs: Omit<SheetSpec, 'key'>[]): Promise<WriteReport> {
    this.record('insertSheets', [specs]);
    const nieuw = specs.filter((s) => !this.sheets.has(s.name));
    for (const spec of nieuw) this.sheets.set(spec.name, { values: toGrid(spec), owned: false });
    return { written: nieuw.map((s) => s.name), backups: [], syncs: 0, cellsWritten: 0 };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.record('selectCell', [sheet, cell]);
  }

  async loadInstellingen(): Promise<Partial<Instellingen> | null> {
    this.record('loadInstellingen', []);
    return this.instellingen;
  }

  async saveInstellingen(instellingen: Partial<Instellingen>): Promise<void> {
    this.record('saveInstellingen', [instellingen]);
    this.instellingen = JSON.parse(JSON.stringify(instellingen)) as Partial<Instellingen>;
  }

  async loadScenarios(): Promise<Scenario[]> {
    this.record('loadScenarios', []);
    return this.scenarios;
  }

  async saveScenarios(scenarios: Scenario[]): Promise<void> {
    this.record('saveScenarios', [scenarios]);
    this.scenarios = scenarios;
  }

  async watchSheets(sheets: string[], onChange: (sheet: string) => void): Promise<() => void> {
    this.record('watchSheets', [sheets]);
    await this.gate('watchSheets');
    const watcher = { sheets, onChange };
    this.watchers.add(watcher);
    return () => {
      this.watchers.delete(watcher);
    };
  }
}

function toGrid(sheet: Omit<SheetSpec, 'key'>): Grid {
  return specToGrid(sheet);
}
