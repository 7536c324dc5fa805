import { createExcelHost, ExcelAdapterError } from '../../src/excel';
import { fingerprintGrid, META_SHEET, readOwnershipMeta, specToGrid } from '../../src/core/ownership';
import { FakeExcel, FakeOfficeError } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const FOUR_MB = 4 * 1024 * 1024;
const INPUT = { Kosten: [['Taakveld', '2018'], ['Overhead', 1000]], FTE: [['Taakveld', '2018'], ['Overhead', 12.5]] };

function hostFor(fake: FakeExcel) {
  return createExcelHost({ excel: fake, now: () => new Date('2024-05-01T10:00:00Z'), sleep: async () => undefined });
}

describe('writeResults (full run)', () => {
  it('writes every owned sheet in at most 3 syncs and leaves the input sheets alone', async () => {
    const fake = new FakeExcel(INPUT);
    const specs = makeSpecs(5);
    const report = await hostFor(fake).writeResults(specs);
    expect(report.written).toEqual(['Toets', 'Nul-lijn', 'Paragraaf', 'Controle']);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(fake.runs).toHaveLength(1);
    expect(fake.runs[0].syncs).toBe(report.syncs);
    expect(fake.sheetNames()).toEqual(['Kosten', 'FTE', 'Toets', 'Nul-lijn', 'Paragraaf', 'Controle', META_SHEET]);
    expect(fake.ops.filter((op) => op.sheet === 'Kosten' || op.sheet === 'FTE')).toEqual([]);
    for (const spec of specs) expect(fingerprintGrid(fake.values(spec.name))).toBe(fingerprintGrid(specToGrid(spec)));
    expect(fake.values('Toets')[4].slice(0, 4)).toEqual(['Taakveld 1', 'Beleid', 'Vervlochten', -2]);
  });

  it('stores text as text: formula-like strings never become formulas', async () => {
    const fake = new FakeExcel(INPUT);
    await hostFor(fake).writeResults(makeSpecs(3));
    expect(fake.cell('Toets', 1, 0)).toEqual({ value: '=peiljaar 2021 (geen formule)', format: '@' });
    expect(fake.cell('Paragraaf', 3, 1).value).toMatch(/^- De totale kosten/);
    expect(fake.cell('Controle', 3, 4)).toMatchObject({ value: '+0 staat als tekst; typ een getal.', format: '@' });
    expect(fake.cell('Nul-lijn', 2, 3)).toMatchObject({ value: '2018', format: '@' });
    const formulas = fake.model.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.formula !== undefined));
    expect(formulas).toEqual([]);
  });

  it('queues values before formats: only "@" on text cells comes first', async () => {
    const fake = new FakeExcel(INPUT);
    await hostFor(fake).writeResults(makeSpecs(4));
    const toets = fake.ops.filter((op) => op.sheet === 'Toets');
    const firstValues = toets.findIndex((op) => op.kind === 'values');
    expect(firstValues).toBeGreaterThan(0);
    const before = toets.slice(0, firstValues);
    for (const op of before.filter((o) => o.kind === 'numberFormat')) expect(op.detail).toBe('@');
    const formatKinds = ['table.add', 'conditionalFormat', 'format.columnWidth', 'format.font.bold', 'freezeAt', 'worksheet.tabColor', 'chart.add'];
    for (const kind of formatKinds) {
      expect(toets.findIndex((op) => op.kind === kind)).toBeGreaterThan(firstValues);
    }
    const blockFormats = toets.filter((op) => op.kind === 'numberFormat' && op.detail !== '@');
    expect(blockFormats.length).toBeGreaterThan(0);
    for (const op of blockFormats) expect(toets.indexOf(op)).toBeGreaterThan(firstValues);
    const firstRow = Array.from({ length: 13 }, (_, c) => fake.cell('Toets', 4, c).format);
    expect(firstRow).toEqual(['@', '@', '@', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.00;-0.00;0', '@', '0%', '0%']);
  });

  it('renders tables, conditional formats, chart, panes, widths, tab colour and the hidden meta sheet', async () => {
    const fake = new FakeExcel(INPUT);
    await hostFor(fake).writeResults(makeSpecs(5));
    expect(fake.model.tables.map((t) => [t.name, t.sheet.name, t.style, t.top, t.rows, t.columns])).toEqual([
      ['Toets', 'Toets', 'TableStyleMedium2', 3, 6, 13],
      ['NulLijn', 'Nul-lijn', 'TableStyleMedium2', 2, 41, 9],
      ['Paragraaf', 'Paragraaf', 'TableStyleMedium2', 2, 6, 2],
      ['Controle', 'Controle', 'TableStyleMedium2', 2, 4, 5],
    ]);
    const toets = fake.sheet('Toets');
    expect(toets.conditionalFormats.map((c) => `${c.type}@${c.address}`)).toEqual([
      'IconSet@D5:D9', 'IconSet@E5:E9', 'IconSet@F5:F9', 'IconSet@G5:G9', 'IconSet@H5:H9', 'IconSet@I5:I9',
      'ColorScale@J5:J9', 'CellValue@K5:K9', 'ContainsText@K5:K9', 'DataBar@L5:L9', 'CellValue@M5:M9',
    ]);
    const icons = toets.conditionalFormats[0].settings.iconSet;
    expect(icons.style).toBe('FiveArrows');
    expect((icons.criteria as { formula?: string }[]).map((c) => c.formula)).toEqual([undefined, '=-1.5', '=-0.5', '=0.5', '=1.5']);
    expect(toets.conditionalFormats[7].settings.cellValue.rule).toEqual({ operator: 'EqualTo', formula1: '="Positief"' });
    expect(toets.charts).toEqual([expect.objectContaining({ type: 'ColumnClustered', title: 'Totaalscore per taakveld', position: 'O4', series: [{ values: 'J5:J9', name: 'Totaal', xValues: 'A5:A9' }] })]);
    expect(toets.freeze).toEqual({ rows: 4, columns: 1 });
    expect(toets.tabColor).toBe('#1F4E79');
    expect(toets.columnWidths.get(0)).toBe(161.25);
    expect(fake.sheet(META_SHEET).visibility).toBe('VeryHidden');
    const records = readOwnershipMeta(fake.values(META_SHEET));
    expect(records.map((r) => [r.key, r.sheet, r.writtenAt])).toEqual([
      ['toets', 'Toets', '2024-05-01T10:00:00.000Z'], ['nulLijn', 'Nul-lijn', '2024-05-01T10:00:00.000Z'],
      ['paragraaf', 'Paragraaf', '2024-05-01T10:00:00.000Z'], ['controle', 'Controle', '2024-05-01T10:00:00.000Z'],
    ]);
    expect(fake.model.calculationMode).toBe('Automatic');
  });

  it.each([5, 500])('stays within 3 syncs and 4 MB per sync for %i taakvelden', async (n) => {
    const fake = new FakeExcel(INPUT);
    const report = await hostFor(fake).writeResults(makeSpecs(n));
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(fake.runs[0].syncs).toBeLessThanOrEqual(3);
    for (const sync of fake.runs[0].perSync) expect(sync.bytes).toBeLessThan(FOUR_MB);
  });

  it('re-running rewrites its own sheets in place, reusing the table names', async () => {
    const fake = new FakeExcel(INPUT);
    const host = hostFor(fake);
    await host.writeResults(makeSpecs(5));
    const report = await host.writeResults(makeSpecs(6, 3));
    expect(report.backups).toEqual([]);
    // The same pane knows what it wrote: its sheets are read with the structure, then one write.
    expect(report.syncs).toBe(2);
    expect(fake.runs[1].perSync.map((s) => s.ops > 0)).toEqual([false, true]);
    expect(fake.sheetNames()).toEqual(['Kosten', 'FTE', 'Toets', 'Nul-lijn', 'Paragraaf', 'Controle', META_SHEET]);
    expect(fake.model.tables.map((t) => t.name)).toEqual(['Toets', 'NulLijn', 'Paragraaf', 'Controle']);
    expect(fake.sheet('Toets').charts).toHaveLength(1);
    expect(fingerprintGrid(fake.values('Toets'))).toBe(fingerprintGrid(specToGrid(makeSpecs(6, 3)[0])));
  });

  it('a reloaded pane (no memory of its last run) re-runs in three syncs: structure, values, write', async () => {
    const fake = new FakeExcel(INPUT);
    await hostFor(fake).writeResults(makeSpecs(5));
    const report = await hostFor(fake).writeResults(makeSpecs(6, 3));
    expect(report).toMatchObject({ backups: [], syncs: 3 });
    expect(fingerprintGrid(fake.values('Toets'))).toBe(fingerprintGrid(specToGrid(makeSpecs(6, 3)[0])));
  });

  it('never touches a user sheet called "Toets": the output goes to "Toets (2)"', async () => {
    const fake = new FakeExcel({ ...INPUT, Toets: [['Mijn eigen toets'], [42]] });
    const user = fake.sheet('Toets');
    const report = await hostFor(fake).writeResults(makeSpecs(5));
    expect(report.written[0]).toBe('Toets (2)');
    expect(fake.values('Toets')).toEqual([['Mijn eigen toets'], [42]]);
    expect(fake.ops.filter((op) => op.sheet === 'Toets')).toEqual([]);
    expect(fake.sheet('Toets')).toBe(user);
    expect(fake.values('Toets (2)')[0][0]).toBe('Toets ambtelijke samenwerking');
  });

  it('backs up an owned sheet the user edited, then writes a fresh one', async () => {
    const fake = new FakeExcel(INPUT);
    const host = hostFor(fake);
    await host.writeResults(makeSpecs(5));
    await fake.userEdit('Toets', 5, 3, 99);
    const report = await host.writeResults(makeSpecs(5));
    expect(report.backups).toEqual([{ sheet: 'Toets', backupName: 'Toets (bewerkt)' }]);
    expect(fake.values('Toets (bewerkt)')[5][3]).toBe(99);
    expect(fake.values('Toets')[5][3]).toBe(specToGrid(makeSpecs(5)[0])[5][3]);
    expect(fake.model.tables.map((t) => `${t.name}@${t.sheet.name}`)).toContain('Toets_bewerkt@Toets (bewerkt)');
    expect(fake.model.tables.map((t) => `${t.name}@${t.sheet.name}`)).toContain('Toets@Toets');
    expect(readOwnershipMeta(fake.values(META_SHEET)).map((r) => r.sheet)).not.toContain('Toets (bewerkt)');
    expect(report.syncs).toBeLessThanOrEqual(3);
  });
});

describe('errors', () => {
  it('retries the whole run while Excel is in cell-edit mode', async () => {
    const fake = new FakeExcel(INPUT);
    fake.failNextRuns.push('InvalidOperationInCellEditMode', 'InvalidOperationInCellEditMode');
    const waits: number[] = [];
    const host = createExcelHost({ excel: fake, sleep: async (ms) => { waits.push(ms); } });
    const report = await host.writeResults(makeSpecs(2));
    expect(report.written).toHaveLength(4);
    expect(fake.runs).toHaveLength(3);
    expect(waits).toEqual([250, 500]);
  });

  it('gives up after the attempts with a Dutch ExcelAdapterError', async () => {
    const fake = new FakeExcel(INPUT);
    fake.failNextRuns.push(...Array(5).fill('InvalidOperationInCellEditMode'));
    const host = createExcelHost({ excel: fake, sleep: async () => undefined });
    const error = await host.writeResults(makeSpecs(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ name: 'ExcelAdapterError', code: 'InvalidOperationInCellEditMode' });
    expect((error as Error).message).toMatch(/^Excel is bezig met het bewerken van een cel/);
    expect(fake.runs).toHaveLength(5);
  });

  it('turns any other Office error into ExcelAdapterError with the original as cause, without retrying', async () => {
    const fake = new FakeExcel(INPUT);
    fake.failNextRuns.push('AccessDenied');
    const error = await hostFor(fake).writeResults(makeSpecs(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).code).toBe('AccessDenied');
    expect((error as ExcelAdapterError).cause).toBeInstanceOf(FakeOfficeError);
    expect((error as Error).message).toMatch(/beveiligd/);
    expect(fake.runs).toHaveLength(1);
  });

  it('fails loudly when Excel is not there', async () => {
    await expect(createExcelHost().listSheets()).rejects.toMatchObject({ name: 'ExcelAdapterError', code: 'ExcelNotAvailable' });
  });
});
