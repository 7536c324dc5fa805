import { createExcelHost } from '../../src/excel';
import { estimateBytes, packSteps, sliceRows, type QueuedStep } from '../../src/excel/payload';
import { FakeExcel } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const FOUR_MB = 4 * 1024 * 1024;

describe('payload budget', () => {
  it('estimates UTF-8 JSON bytes plus an envelope', () => {
    expect(estimateBytes([['a', 1]])).toBe(Buffer.byteLength('[["a",1]]') + 200);
    expect(estimateBytes([['€']])).toBe(Buffer.byteLength('[["€"]]') + 200);
  });

  it('slices rows under the limit and keeps every row', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`rij ${i}`, i]);
    const slices = sliceRows(rows, 600);
    expect(slices[0].start).toBe(0);
    expect(slices[slices.length - 1].end).toBe(100);
    for (let i = 1; i < slices.length; i += 1) expect(slices[i].start).toBe(slices[i - 1].end);
    for (const s of slices) expect(s.bytes).toBeLessThanOrEqual(600);
  });

  it('packs steps in order into as few batches as the budget allows', () => {
    const log: number[] = [];
    const step = (id: number, bytes: number): QueuedStep => ({ bytes, queue: () => log.push(id) });
    const batches = packSteps([step(1, 600), step(2, 300), step(3, 200), step(4, 900), step(5, 50)], 1000);
    expect(batches.map((b) => b.length)).toEqual([2, 1, 2]);
    batches.flat().forEach((s) => s.queue());
    expect(log).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes 2,000 taakvelden in one write sync now that uniform formats go as one value', async () => {
    // Before single-value formats this took two write syncs (3.6 + 1.4 MB); now 2.3 MB in one.
    const fake = new FakeExcel({ Kosten: [['Taakveld']] });
    const report = await createExcelHost({ excel: fake }).writeResults(makeSpecs(2000));
    const perSync = fake.runs[0].perSync;
    expect(report.syncs).toBe(2);
    expect(perSync.map((s) => s.ops > 0)).toEqual([false, true]);
    for (const sync of perSync) expect(sync.bytes).toBeLessThan(FOUR_MB);
  }, 30_000);

  it('splits a write above 4 MB over several syncs, none above 4 MB, values still before formats', async () => {
    const fake = new FakeExcel({ Kosten: [['Taakveld']] });
    const report = await createExcelHost({ excel: fake }).writeResults(makeSpecs(4000));
    const perSync = fake.runs[0].perSync;
    const total = perSync.reduce((sum, s) => sum + s.bytes, 0);
    expect(total).toBeGreaterThan(FOUR_MB);
    expect(perSync.length).toBe(3);
    expect(report.syncs).toBe(perSync.length);
    for (const sync of perSync) expect(sync.bytes).toBeLessThan(FOUR_MB);
    const nul = fake.ops.filter((op) => op.sheet === 'Nul-lijn');
    const lastValues = nul.map((op) => op.kind).lastIndexOf('values');
    const blockFormats = nul.filter((op) => op.kind === 'numberFormat' && op.detail !== '@');
    expect(blockFormats.length).toBeGreaterThan(0);
    for (const op of blockFormats) expect(nul.indexOf(op)).toBeGreaterThan(lastValues);
    expect(fake.cell('Nul-lijn', 3, 2).format).toBe('[$€-413] #,##0');
    expect(fake.cell('Nul-lijn', 3 + 8 * 4000 - 1, 8).format).toBe('+0.0;-0.0;0');
  }, 30_000);
});
