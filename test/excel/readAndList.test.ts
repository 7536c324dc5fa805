import { createExcelHost, ExcelAdapterError } from '../../src/excel';
import { readGridsInBlocks } from '../../src/excel/readGrids';
import { FakeExcel } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const host = (fake: FakeExcel) => createExcelHost({ excel: fake });

describe('readSheets', () => {
  it('reads only values of the used ranges, in one sync, with the origin and "" as null', async () => {
    const fake = new FakeExcel({ Kosten: [['', '', ''], ['', 'Taakveld', '2018'], ['', 'Overhead', 1000], ['', '', '']], Leeg: [] });
    fake.sheet('Kosten').cells.set('9,9', { format: '0.0' });
    const grids = await host(fake).readSheets(['Kosten', 'Leeg']);
    expect(grids).toEqual([
      { name: 'Kosten', origin: 'B2', values: [['Taakveld', '2018'], ['Overhead', 1000]] },
      { name: 'Leeg', origin: 'A1', values: [] },
    ]);
    expect(fake.runs[0].syncs).toBe(1);
    expect(fake.ops).toEqual([]);
  });

  it('reads in row blocks when Excel refuses the response as too large', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`Taakveld ${i}`, i, '', i * 2]);
    const fake = new FakeExcel({ Groot: rows });
    fake.failNextRuns.push('ResponsePayloadSizeLimitExceeded');
    const grids = await host(fake).readSheets(['Groot']);
    expect(grids[0].values).toHaveLength(25);
    expect(grids[0].values[24]).toEqual(['Taakveld 24', 24, null, 48]);
  });

  it('splits a large sheet into blocks of at most READ_BLOCK_CELLS cells, one sync each', async () => {
    const fake = new FakeExcel({ Groot: Array.from({ length: 30 }, (_, i) => [i, i, i, i]) });
    const counter = { count: 0 };
    const grids = await fake.run((context) => readGridsInBlocks(context, ['Groot'], counter, 40));
    expect(grids[0].values.map((row) => row[0])).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(counter.count).toBe(1 + 3);
  });

  it('names a missing sheet in a Dutch ExcelAdapterError', async () => {
    const error = await host(new FakeExcel({})).readSheets(['Kosten']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect((error as ExcelAdapterError).code).toBe('ItemNotFound');
    expect((error as Error).message).toMatch(/bestaat niet.*Kosten/);
  });
});

describe('listSheets', () => {
  it('lists sheets with size, tables and ownership, hiding the meta sheet', async () => {
    const fake = new FakeExcel({ Kosten: [['Taakveld', '2018'], ['Overhead', 1000], ['Wonen', 5]], Toets: [['van de gebruiker']] });
    const h = host(fake);
    await h.writeResults(makeSpecs(2));
    const sheets = await h.listSheets();
    expect(sheets.map((s) => [s.name, s.rowCount, s.columnCount, s.tables, s.owned])).toEqual([
      ['Kosten', 3, 2, [], false],
      ['Toets', 1, 1, [], false],
      ['Toets (2)', 6, 13, ['Toets'], true],
      ['Nul-lijn', 19, 9, ['NulLijn'], true],
      ['Paragraaf', 5, 2, ['Paragraaf'], true],
      ['Controle', 6, 5, ['Controle'], true],
    ]);
  });
});
