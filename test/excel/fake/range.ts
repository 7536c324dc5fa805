/// <reference types="office-js" />
/** Fake Excel.Range with its format and conditional-format collections. */
import { FakeContextCore, LoadTracker, loadPaths, type RealMembers } from './context';
import { boxAddress, cellKey, MAX_COLUMNS, MAX_ROWS, parseBox, parseInput, type Box, type FakeValue, type SheetModel } from './model';

class FakeFont implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'size' | 'color'> {
  constructor(private readonly log: (property: string, value: unknown) => void) {}
  set bold(v: boolean) { this.log('font.bold', v); }
  set italic(v: boolean) { this.log('font.italic', v); }
  set size(v: number) { this.log('font.size', v); }
  set color(v: string) { this.log('font.color', v); }
}

class FakeRangeFormat {
  readonly font: FakeFont;
  constructor(
    private readonly log: (property: string, value: unknown) => boolean,
    private readonly sheet: SheetModel | null,
    private readonly box: Box,
  ) {
    this.font = new FakeFont((p, v) => this.log(p, v));
  }
  set columnWidth(points: number) {
    if (this.log('columnWidth', points)) {
      for (let c = 0; c < this.box.columns; c += 1) this.sheet?.columnWidths.set(this.box.left + c, points);
    }
  }
  set wrapText(v: boolean) { this.log('wrapText', v); }
  set verticalAlignment(v: Excel.RangeFormat['verticalAlignment']) { this.log('verticalAlignment', v); }
}
export const formatMembersChecked: RealMembers<Excel.RangeFormat, FakeRangeFormat> = true;

class FakeConditionalFormats {
  constructor(
    private readonly core: FakeContextCore,
    private readonly sheet: SheetModel | null,
    private readonly address: string,
  ) {}
  add(...[type]: Parameters<Excel.ConditionalFormatCollection['add']>): Excel.ConditionalFormat {
    const settings: Record<string, Record<string, unknown>> = {};
    const part = (name: string): Record<string, unknown> => {
      settings[name] ??= { format: { fill: {}, font: {} }, positiveFormat: {} };
      return settings[name];
    };
    if (this.core.record('conditionalFormat', this.sheet, this.address, type)) {
      this.sheet?.conditionalFormats.push({ type: String(type), address: this.address, settings });
    }
    return {
      colorScale: part('colorScale'),
      iconSet: part('iconSet'),
      dataBar: part('dataBar'),
      cellValue: part('cellValue'),
      textComparison: part('textComparison'),
    } as unknown as Excel.ConditionalFormat;
  }
  clearAll(): void {
    if (this.core.record('conditionalFormat.clearAll', this.sheet, this.address, null) && this.sheet) {
      this.sheet.conditionalFormats = [];
    }
  }
}
export const conditionalFormatsMembersChecked: RealMembers<Excel.ConditionalFormatCollection, FakeConditionalFormats> = true;

export class FakeRange extends LoadTracker {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    core: FakeContextCore,
    /** null = a null object (or a range on a sheet that does not exist). */
    private readonly sheet: SheetModel | null,
    private readonly box: Box,
  ) {
    super(core);
    this.format = new FakeRangeFormat((p, v) => this.core.record(`format.${p}`, this.sheet, this.address, v), sheet, box);
    this.conditionalFormats = new FakeConditionalFormats(core, sheet, boxAddress(box));
  }

  get address(): string { return boxAddress(this.box); }
  get isNullObject(): boolean {
    if (!this.syncedSinceCreation()) throw new Error('isNullObject read before context.sync()');
    return this.sheet === null;
  }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }

  get values(): FakeValue[][] { return this.read('values'); }
  set values(values: FakeValue[][]) {
    this.checkShape(values, 'values');
    if (!this.core.record('values', this.sheet, this.address, values, values) || !this.sheet) return;
    values.forEach((row, r) => row.forEach((v, c) => {
      if (v === null) return;
      const key = cellKey(this.box.top + r, this.box.left + c);
      const cell = this.sheet?.cells.get(key) ?? {};
      const { value, formula } = v === '' ? { value: undefined, formula: undefined } : parseInput(v, cell.format);
      this.sheet?.cells.set(key, { format: cell.format, value, formula });
    }));
  }

  get numberFormat(): string[][] { return this.read('numberFormat'); }
  /**
   * Wider than the real typing (any[][]) on purpose: like Excel, a single value applies to every
   * cell of the range ("Update all cells in a range"); a 2-D array must match the range's shape.
   */
  set numberFormat(formats: string | string[][]) {
    if (typeof formats !== 'string') this.checkShape(formats, 'numberFormat');
    else if (this.box.rows === MAX_ROWS || this.box.columns === MAX_COLUMNS) {
      // Excel refuses cell-level properties on whole rows or columns.
      this.core.fail('InvalidArgument', `numberFormat op onbegrensd bereik ${this.address}`);
    }
    if (!this.core.record('numberFormat', this.sheet, this.address, formats, formats) || !this.sheet) return;
    for (let r = 0; r < this.box.rows; r += 1) {
      for (let c = 0; c < this.box.columns; c += 1) {
        const key = cellKey(this.box.top + r, this.box.left + c);
        const format = typeof formats === 'string' ? formats : formats[r][c];
        this.sheet.cells.set(key, { ...(this.sheet.cells.get(key) ?? {}), format });
      }
    }
  }

  load(argument?: string | string[]): this {
    for (const path of loadPaths(argument)) {
      if (path === 'values') this.snapshot('values', this.readValues());
      else if (path === 'numberFormat') this.snapshot('numberFormat', this.readFormats());
      else if (['rowIndex', 'columnIndex', 'rowCount', 'columnCount'].includes(path)) {
        const key = path.replace('Index', '').replace('Count', 's') as 'row' | 'column' | 'rows' | 'columns';
        this.snapshot(path, key === 'row' ? this.box.top : key === 'column' ? this.box.left : this.box[key]);
      }
    }
    return this;
  }

  clear(): void {
    if (!this.core.record('clear', this.sheet, this.address, null) || !this.sheet) return;
    for (const key of [...this.sheet.cells.keys()]) {
      const [r, c] = key.split(',').map(Number);
      if (r >= this.box.top && r < this.box.top + this.box.rows && c >= this.box.left && c < this.box.left + this.box.columns) {
        this.sheet.cells.delete(key);
      }
    }
  }

  select(): void {
    if (this.core.record('select', this.sheet, this.address, null) && this.sheet) this.sheet.selected = this.address;
  }

  private checkShape(grid: unknown[][], what: string): void {
    if (grid.length !== this.box.rows || grid.some((row) => row.length !== this.box.columns)) {
      this.core.fail('InvalidArgument', `${what}: ${grid.length}×${grid[0]?.length ?? 0} past niet op ${this.address}`);
    }
  }

  private readValues(): FakeValue[][] {
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.columns }, (_, c) => this.sheet?.cells.get(cellKey(this.box.top + r, this.box.left + c))?.value ?? ''),
    );
  }

  private readFormats(): string[][] {
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.columns }, (_, c) => this.sheet?.cells.get(cellKey(this.box.top + r, this.box.left + c))?.format ?? 'General'),
    );
  }
}
export const rangeMembersChecked: RealMembers<Excel.Range, FakeRange> = true;

/** Range for an address on a sheet. */
export function rangeOn(core: FakeContextCore, sheet: SheetModel | null, address?: string): FakeRange {
  return new FakeRange(core, sheet, parseBox(address ?? ''));
}
