import { createExcelHost, ExcelAdapterError } from '../../src/excel';
import { META_SHEET, readMetaEntries, readOwnershipMeta } from '../../src/core/ownership';
import type { Scenario } from '../../src/core/hostPort';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { FakeExcel } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const SCENARIOS: Scenario[] = [
  { naam: 'Kosten zwaar', instellingen: { gewichten: { K1: 1, K2: 3, K3: 1, K4: 1, K5: 1, K6: 1 } }, opgeslagen: '2024-05-01T10:00:00.000Z' },
  { naam: '=Basis', instellingen: {}, opgeslagen: '2024-05-02T10:00:00.000Z' },
];

describe('instellingen and scenarios', () => {
  it('round-trips through the hidden meta sheet and survive a full run', async () => {
    const fake = new FakeExcel({ Kosten: [['Taakveld']] });
    const host = createExcelHost({ excel: fake });
    expect(await host.loadInstellingen()).toBeNull();
    expect(await host.loadScenarios()).toEqual([]);
    await host.saveInstellingen({ peiljaar: 2021, trekkingen: 2000 });
    await host.saveScenarios(SCENARIOS);
    expect(fake.sheet(META_SHEET).visibility).toBe('VeryHidden');
    await host.writeResults(makeSpecs(2));
    expect(await host.loadInstellingen()).toEqual({ peiljaar: 2021, trekkingen: 2000 });
    expect(await host.loadScenarios()).toEqual(SCENARIOS);
    await host.saveScenarios([SCENARIOS[0]]);
    expect(readOwnershipMeta(fake.values(META_SHEET))).toHaveLength(4);
    expect(readMetaEntries(fake.values(META_SHEET), 'scenario').map((e) => e.key)).toEqual(['Kosten zwaar']);
    expect(fake.model.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.formula)).toEqual([]);
  });

  it('reports damaged JSON instead of guessing', async () => {
    const fake = new FakeExcel({ [META_SHEET]: [['type', 'sleutel', 'waarde'], ['instellingen', 'instellingen', '{kapot']] });
    const error = await createExcelHost({ excel: fake }).loadInstellingen().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code: 'CorruptMeta' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('watchSheets', () => {
  it('reports user edits, ignores the adapter’s own writes, and stops after unsubscribe', async () => {
    let clock = 0;
    const fake = new FakeExcel({ Kosten: [['Taakveld']] });
    const host = createExcelHost({ excel: fake, now: () => new Date(clock), quietMs: 500 });
    await host.writeResults(makeSpecs(2));
    const seen: string[] = [];
    const stop = await host.watchSheets(['Kosten', 'Toets'], (sheet) => seen.push(sheet));
    clock = 10_000;
    await fake.userEdit('Kosten', 1, 0, 'Overhead');
    await host.writeResults(makeSpecs(2, 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['Kosten']);
    clock = 20_000;
    await fake.userEdit('Toets', 1, 0, 'x');
    expect(seen).toEqual(['Kosten', 'Toets']);
    await stop();
    await fake.userEdit('Kosten', 2, 0, 'Wonen');
    expect(seen).toEqual(['Kosten', 'Toets']);
    expect(fake.sheet('Kosten').handlers.size).toBe(0);
  });
});

describe('insertSheets and selectCell', () => {
  it('adds template sheets but never overwrites an existing one, and owns none of them', async () => {
    const fake = new FakeExcel({ Kosten: [['mijn cijfers']] });
    const [toets] = makeSpecs(2);
    const template = (name: string): Omit<SheetSpec, 'key'> => ({
      name, tabColor: toets.tabColor, lines: toets.lines, blocks: toets.blocks, columnWidths: toets.columnWidths, freeze: toets.freeze, charts: toets.charts,
    });
    const kosten = template('Kosten');
    const fte = template('FTE');
    const report = await createExcelHost({ excel: fake }).insertSheets([kosten, fte]);
    expect(report.written).toEqual(['FTE']);
    expect(fake.values('Kosten')).toEqual([['mijn cijfers']]);
    expect(fake.values('FTE')[3][0]).toBe('Taakveld');
    expect(fake.model.tables.map((t) => t.name)).toEqual(['Toets']);
    expect(fake.sheetNames()).not.toContain(META_SHEET);
  });

  it('activates the sheet and selects the cell in one sync; an empty cell means the sheet', async () => {
    const fake = new FakeExcel({ Kosten: [['a']], FTE: [['b']] });
    const host = createExcelHost({ excel: fake });
    await host.selectCell('FTE', 'C7');
    expect(fake.model.activeSheet?.name).toBe('FTE');
    expect(fake.sheet('FTE').selected).toBe('C7');
    expect(fake.runs[0].syncs).toBe(1);
    await host.selectCell('Kosten', '');
    expect(fake.sheet('Kosten').selected).toBe('A1');
    await expect(host.selectCell('Kosten', 'niet-een-cel')).rejects.toMatchObject({ name: 'AddressError' });
  });
});
