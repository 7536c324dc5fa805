import { createExcelHost } from '../../src/excel';
import { formatRuns } from '../../src/excel/numberFormatSteps';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { FakeExcel, FakeOfficeError, type OpRecord } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const INPUT = { Kosten: [['Taakveld', '2018'], ['Overhead', 1000]] };
const K = '+0.0;-0.0;0';
const host = (fake: FakeExcel) => createExcelHost({ excel: fake, now: () => new Date('2024-05-01T10:00:00Z') });

/** Formats the user sees in one column of Toets, from row `top` (0-based), `count` cells. */
function columnFormats(fake: FakeExcel, column: number, top: number, count: number): (string | undefined)[] {
  return Array.from({ length: count }, (_, r) => fake.cell('Toets', top + r, column).format);
}

const formatOps = (fake: FakeExcel, column: string): OpRecord[] =>
  fake.ops.filter((op) => op.sheet === 'Toets' && op.kind === 'numberFormat' && op.address.startsWith(column));

describe('number formats as single values', () => {
  it('finds maximal runs of equal formats', () => {
    expect(formatRuns(['a', 'a', '@', 'a', 'b', 'b'])).toEqual([
      { start: 0, count: 2, format: 'a' },
      { start: 2, count: 1, format: '@' },
      { start: 3, count: 1, format: 'a' },
      { start: 4, count: 2, format: 'b' },
    ]);
  });

  it('sends a block column with one format as one single-value write', async () => {
    const fake = new FakeExcel(INPUT);
    await host(fake).writeResults(makeSpecs(5));
    // The header cell is text: "@" before the values; the data cells: one value after them.
    expect(formatOps(fake, 'D').map((op) => [op.address, op.detail])).toEqual([['D4', '@'], ['D5:D9', K]]);
    expect(formatOps(fake, 'D')[1].bytes).toBe(Buffer.byteLength(JSON.stringify(K)) + 100);
    expect(columnFormats(fake, 3, 4, 5)).toEqual([K, K, K, K, K]);
    // Text columns got "@" before their values and nothing after.
    const a = formatOps(fake, 'A');
    expect(a.map((op) => [op.address, op.detail])).toEqual([['A1:A2', '@'], ['A4:A9', '@']]);
    expect(columnFormats(fake, 0, 4, 5)).toEqual(['@', '@', '@', '@', '@']);
  });

  it('gives a mixed column the right format per cell, with runs or one array per column, whichever is smaller', async () => {
    const specs: SheetSpec[] = makeSpecs(60);
    const rows = specs[0].blocks[0].rows;
    rows[10][4] = '–';
    rows[40][4] = '–';
    rows.forEach((row, i) => { if (i % 2 === 0) row[5] = '–'; });
    const fake = new FakeExcel(INPUT);
    await host(fake).writeResults(specs);

    const e = columnFormats(fake, 4, 4, 60);
    expect(e.filter((f) => f === '@')).toHaveLength(2);
    expect([e[10], e[40], e[9], e[11], e[59]]).toEqual(['@', '@', K, K, K]);
    expect(fake.cell('Toets', 14, 4).value).toBe('–');
    const toets = fake.ops.filter((op) => op.sheet === 'Toets');
    const firstValues = toets.findIndex((op) => op.kind === 'values');
    const eAfter = formatOps(fake, 'E').filter((op) => toets.indexOf(op) > firstValues);
    expect(eAfter.map((op) => [op.address, op.detail])).toEqual([['E5:E14', K], ['E16:E44', K], ['E46:E64', K]]);

    const f = columnFormats(fake, 5, 4, 60);
    expect(f).toEqual(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? '@' : K)));
    const fAfter = formatOps(fake, 'F').filter((op) => toets.indexOf(op) > firstValues);
    expect(fAfter.map((op) => op.address)).toEqual(['F5:F64']);
    expect((fAfter[0].detail as string[][]).flat()).toEqual(f);
  });

  it('sends a what-if rectangle with one format as one value', async () => {
    const fake = new FakeExcel(INPUT);
    const h = host(fake);
    await h.writeResults(makeSpecs(5));
    fake.ops.length = 0;
    await h.updateResults(makeSpecs(5), makeSpecs(5, 1));
    const formats = fake.ops.filter((op) => op.sheet === 'Toets' && op.kind === 'numberFormat');
    expect(formats.map((op) => [op.address, op.detail])).toEqual([['D5:E9', K], ['J5:J9', '+0.00;-0.00;0']]);
    expect(columnFormats(fake, 4, 4, 5)).toEqual([K, K, K, K, K]);
  });
});

describe('the fake Range.numberFormat', () => {
  async function setFormats(fake: FakeExcel, address: string, formats: string | string[][]): Promise<unknown> {
    return fake
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem('Kosten').getRange(address);
        (range as unknown as { numberFormat: string | string[][] }).numberFormat = formats;
        await context.sync();
      })
      .catch((e: unknown) => e);
  }

  it('applies a single value to every cell, like Excel', async () => {
    const fake = new FakeExcel(INPUT);
    expect(await setFormats(fake, 'A1:B2', '0.0')).toBeUndefined();
    expect([fake.cell('Kosten', 0, 0), fake.cell('Kosten', 1, 1)].map((c) => c.format)).toEqual(['0.0', '0.0']);
    expect(fake.cell('Kosten', 1, 1).value).toBe(1000);
  });

  it('still rejects a 2-D array of the wrong shape, and a single value on a whole column', async () => {
    const fake = new FakeExcel(INPUT);
    expect(await setFormats(fake, 'A1:B2', [['0.0']])).toBeInstanceOf(FakeOfficeError);
    expect(await setFormats(fake, 'A1:B2', [['0.0', '0.0'], ['0.0']])).toMatchObject({ code: 'InvalidArgument' });
    expect(await setFormats(fake, 'A:A', '0.0')).toMatchObject({ code: 'InvalidArgument' });
    expect(fake.cell('Kosten', 0, 0).format).toBeUndefined();
  });
});
