/// <reference types="office-js" />
/** Fake tables: workbook-unique names (with defined names), no overlap, header row required. */
import { FakeContextCore, LoadTracker, loadPaths, type RealMembers } from './context';
import { boxAddress, overlaps, parseBox, type SheetModel, type TableModel, type WorkbookModel } from './model';

function nameTaken(model: WorkbookModel, name: string, except?: TableModel): boolean {
  const lower = name.toLowerCase();
  return model.tables.some((t) => t !== except && t.name.toLowerCase() === lower) || model.definedNames.some((n) => n.toLowerCase() === lower);
}

export class FakeTable extends LoadTracker {
  readonly worksheet: { readonly name: string };
  constructor(core: FakeContextCore, private readonly table: TableModel) {
    super(core);
    const readName = (): string => this.read<string>('worksheet/name');
    this.worksheet = { get name(): string { return readName(); } };
  }
  get name(): string { return this.read('name'); }
  set name(name: string) {
    if (nameTaken(this.core.model, name, this.table)) {
      this.core.fail('ItemAlreadyExists', `Tabelnaam ${name} bestaat al`);
      return;
    }
    if (this.core.record('table.name', this.table.sheet, boxAddress(this.table), name)) this.table.name = name;
  }
  set style(style: string) {
    if (this.core.record('table.style', this.table.sheet, boxAddress(this.table), style)) this.table.style = style;
  }
  delete(): void {
    if (this.core.record('table.delete', this.table.sheet, boxAddress(this.table), this.table.name)) {
      this.core.model.tables = this.core.model.tables.filter((t) => t !== this.table);
    }
  }
  load(argument?: string | string[]): this {
    for (const path of loadPaths(argument)) {
      if (path === 'name') this.snapshot('name', this.table.name);
      if (path === 'worksheet/name') this.snapshot('worksheet/name', this.table.sheet.name);
    }
    return this;
  }
}
export const tableMembersChecked: RealMembers<Excel.Table, FakeTable> = true;

export class FakeTableCollection extends LoadTracker {
  /** `sheet` null = the workbook's collection. */
  constructor(core: FakeContextCore, private readonly sheet: SheetModel | null) {
    super(core);
  }
  get items(): FakeTable[] { return this.read('items'); }
  add(...[address, hasHeaders]: Parameters<Excel.TableCollection['add']>): Excel.Table {
    const box = parseBox(typeof address === 'string' ? address : address.address);
    const sheet = this.sheet as SheetModel;
    const model: TableModel = { ...box, name: `Tabel${this.core.model.tables.length + 1}`, sheet };
    while (nameTaken(this.core.model, model.name)) model.name += '_';
    if (!hasHeaders) this.core.fail('InvalidArgument', 'Tabellen hier altijd met kop');
    else if (this.core.model.tables.some((t) => t.sheet === sheet && overlaps(t, box))) {
      this.core.fail('InvalidArgument', `Tabel overlapt een bestaande tabel op ${boxAddress(box)}`);
    } else if (this.core.record('table.add', sheet, boxAddress(box), null)) {
      this.core.model.tables.push(model);
    }
    return new FakeTable(this.core, model) as unknown as Excel.Table;
  }
  getItem(...[key]: Parameters<Excel.TableCollection['getItem']>): Excel.Table {
    const table = this.core.model.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
    if (!table) this.core.fail('ItemNotFound', `Tabel ${key} bestaat niet`);
    return new FakeTable(this.core, table ?? ({ name: key } as TableModel)) as unknown as Excel.Table;
  }
  load(argument?: string | string[]): this {
    const paths = loadPaths(argument);
    const tables = this.core.model.tables.filter((t) => this.sheet === null || t.sheet === this.sheet);
    const items = tables.map((t) => new FakeTable(this.core, t));
    for (const item of items) item.load(paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6)));
    this.snapshot('items', items);
    return this;
  }
}
export const tableCollectionMembersChecked: RealMembers<Excel.TableCollection, FakeTableCollection> = true;
