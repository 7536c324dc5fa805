/// <reference types="office-js" />
/** Fake worksheets and the worksheet collection. */
import { FakeChartCollection } from './chart';
import { FakeContextCore, LoadTracker, loadPaths, type RealMembers } from './context';
import { newSheet, usedBox, type ChangeHandler, type SheetModel } from './model';
import { FakeRange, rangeOn } from './range';
import { FakeTableCollection } from './table';

const FORBIDDEN = /[[\]:*?/\\]/;

function validName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !FORBIDDEN.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

class FakeFreezePanes {
  constructor(private readonly core: FakeContextCore, private readonly sheet: SheetModel | null) {}
  freezeAt(...[range]: Parameters<Excel.WorksheetFreezePanes['freezeAt']>): void {
    const address = typeof range === 'string' ? range : range.address;
    const box = rangeOn(this.core, this.sheet, address);
    if (this.core.record('freezeAt', this.sheet, address, null) && this.sheet) {
      const m = /^A1:([A-Z]+)(\d+)$/.exec(box.address);
      this.sheet.freeze = m ? { rows: Number(m[2]), columns: m[1].charCodeAt(0) - 64 } : null;
    }
  }
  freezeRows(...[count]: Parameters<Excel.WorksheetFreezePanes['freezeRows']>): void {
    if (this.core.record('freezeRows', this.sheet, '', count ?? 1) && this.sheet) this.sheet.freeze = { rows: count ?? 1, columns: 0 };
  }
  freezeColumns(...[count]: Parameters<Excel.WorksheetFreezePanes['freezeColumns']>): void {
    if (this.core.record('freezeColumns', this.sheet, '', count ?? 1) && this.sheet) this.sheet.freeze = { rows: 0, columns: count ?? 1 };
  }
  unfreeze(): void {
    if (this.core.record('unfreeze', this.sheet, '', null) && this.sheet) this.sheet.freeze = null;
  }
}
export const freezePanesMembersChecked: RealMembers<Excel.WorksheetFreezePanes, FakeFreezePanes> = true;

export class FakeWorksheet extends LoadTracker {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly onChanged: { add(handler: ChangeHandler): { context: unknown; remove(): void } };

  constructor(core: FakeContextCore, private readonly sheet: SheetModel | null) {
    super(core);
    this.tables = new FakeTableCollection(core, sheet);
    this.charts = new FakeChartCollection(core, sheet);
    this.freezePanes = new FakeFreezePanes(core, sheet);
    const context = core;
    this.onChanged = {
      add: (handler) => {
        core.record('onChanged.add', sheet, '', null);
        sheet?.handlers.add(handler);
        return { context, remove: () => { core.record('onChanged.remove', sheet, '', null); sheet?.handlers.delete(handler); } };
      },
    };
  }

  get isNullObject(): boolean {
    if (!this.syncedSinceCreation()) throw new Error('isNullObject read before context.sync()');
    return this.sheet === null;
  }
  get name(): string { return this.read('name'); }
  set name(name: string) {
    if (!validName(name) || this.core.model.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) {
      this.core.fail('InvalidArgument', `Bladnaam ${name} ongeldig of bezet`);
      return;
    }
    if (this.core.record('worksheet.rename', this.sheet, '', name) && this.sheet) this.sheet.name = name;
  }
  set visibility(visibility: Excel.Worksheet['visibility']) {
    if (this.core.record('worksheet.visibility', this.sheet, '', visibility) && this.sheet) {
      this.sheet.visibility = visibility as SheetModel['visibility'];
    }
  }
  set tabColor(color: string) {
    if (this.core.record('worksheet.tabColor', this.sheet, '', color) && this.sheet) this.sheet.tabColor = color;
  }
  getRange(...[address]: Parameters<Excel.Worksheet['getRange']>): Excel.Range {
    return rangeOn(this.core, this.sheet, address) as unknown as Excel.Range;
  }
  getRangeByIndexes(...[row, column, rows, columns]: Parameters<Excel.Worksheet['getRangeByIndexes']>): Excel.Range {
    return new FakeRange(this.core, this.sheet, { top: row, left: column, rows, columns }) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(...[valuesOnly]: Parameters<Excel.Worksheet['getUsedRangeOrNullObject']>): Excel.Range {
    if (!valuesOnly) throw new Error('De adapter leest alleen waarden (valuesOnly = true)');
    const box = this.sheet ? usedBox(this.sheet) : null;
    return new FakeRange(this.core, box ? this.sheet : null, box ?? { top: 0, left: 0, rows: 1, columns: 1 }) as unknown as Excel.Range;
  }
  activate(): void {
    if (this.core.record('worksheet.activate', this.sheet, '', null) && this.sheet) this.core.model.activeSheet = this.sheet;
  }
  load(argument?: string | string[]): this {
    for (const path of loadPaths(argument)) {
      if (path === 'name') this.snapshot('name', this.sheet?.name);
      if (path === 'id') this.snapshot('id', this.sheet?.id);
      if (path === 'visibility') this.snapshot('visibility', this.sheet?.visibility);
    }
    return this;
  }
  get id(): string { return this.read('id'); }
}
export const worksheetMembersChecked: RealMembers<Excel.Worksheet, FakeWorksheet> = true;

export class FakeWorksheetCollection extends LoadTracker {
  get items(): FakeWorksheet[] { return this.read('items'); }
  getItem(...[key]: Parameters<Excel.WorksheetCollection['getItem']>): Excel.Worksheet {
    const sheet = this.find(key);
    if (!sheet) this.core.fail('ItemNotFound', `Blad ${key} bestaat niet`);
    return new FakeWorksheet(this.core, sheet) as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(...[key]: Parameters<Excel.WorksheetCollection['getItemOrNullObject']>): Excel.Worksheet {
    return new FakeWorksheet(this.core, this.find(key)) as unknown as Excel.Worksheet;
  }
  add(...[name]: Parameters<Excel.WorksheetCollection['add']>): Excel.Worksheet {
    const sheetName = name ?? `Blad${this.core.model.sheets.length + 1}`;
    if (!validName(sheetName)) this.core.fail('InvalidArgument', `Bladnaam ${sheetName} ongeldig`);
    else if (this.find(sheetName)) this.core.fail('ItemAlreadyExists', `Blad ${sheetName} bestaat al`);
    const sheet = newSheet(sheetName);
    if (this.core.record('worksheet.add', sheet, '', sheetName)) this.core.model.sheets.push(sheet);
    return new FakeWorksheet(this.core, sheet) as unknown as Excel.Worksheet;
  }
  load(argument?: string | string[]): this {
    const paths = loadPaths(argument).filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = this.core.model.sheets.map((s) => new FakeWorksheet(this.core, s).load(paths));
    this.snapshot('items', items);
    return this;
  }
  private find(name: string): SheetModel | null {
    return this.core.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}
export const worksheetCollectionMembersChecked: RealMembers<Excel.WorksheetCollection, FakeWorksheetCollection> = true;
