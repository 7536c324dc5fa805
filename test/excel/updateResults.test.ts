import { createExcelHost } from '../../src/excel';
import { diffSheetSpecs, fingerprintGrid, META_SHEET, readOwnershipMeta, specToGrid } from '../../src/core/ownership';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { FakeExcel } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const INPUT = { Kosten: [['Taakveld', '2018'], ['Overhead', 1000]] };
const host = (fake: FakeExcel) => createExcelHost({ excel: fake, now: () => new Date('2024-06-01T08:00:00Z') });

async function written(n: number, fake = new FakeExcel(INPUT)) {
  const h = host(fake);
  await h.writeResults(makeSpecs(n));
  fake.ops.length = 0;
  return { fake, h };
}

describe('updateResults (what-if)', () => {
  it('writes only the changed cells in at most 2 syncs and records the new fingerprints', async () => {
    const { fake, h } = await written(5);
    const next = makeSpecs(5, 1);
    const changes = diffSheetSpecs(makeSpecs(5), next) ?? [];
    expect(changes.length).toBe(15);
    const report = await h.updateResults(makeSpecs(5), next);
    expect(report).toMatchObject({ written: ['Toets'], backups: [], cellsWritten: 15 });
    expect(report.syncs).toBeLessThanOrEqual(2);
    expect(fake.runs[fake.runs.length - 1].syncs).toBe(report.syncs);
    expect(fake.ops.filter((op) => op.kind === 'values' && op.sheet === 'Toets').map((op) => op.address)).toEqual(['D5:E9', 'J5:J9']);
    expect(fake.ops.filter((op) => op.sheet !== 'Toets' && op.sheet !== META_SHEET && op.sheet !== '')).toEqual([]);
    expect(fingerprintGrid(fake.values('Toets'))).toBe(fingerprintGrid(specToGrid(next[0])));
    const record = readOwnershipMeta(fake.values(META_SHEET)).find((r) => r.key === 'toets');
    expect(record).toMatchObject({ fingerprint: fingerprintGrid(specToGrid(next[0])), writtenAt: '2024-06-01T08:00:00.000Z' });
    const again = await h.writeResults(next);
    expect(again.backups).toEqual([]);
  });

  it('does nothing, without talking to Excel, when nothing changed', async () => {
    const { fake, h } = await written(3);
    const runs = fake.runs.length;
    expect(await h.updateResults(makeSpecs(3), makeSpecs(3))).toEqual({ written: [], backups: [], syncs: 0, cellsWritten: 0 });
    expect(fake.runs.length).toBe(runs);
  });

  it('falls back to a full write when the layout changed', async () => {
    const { fake, h } = await written(3);
    const report = await h.updateResults(makeSpecs(3), makeSpecs(4));
    expect(report.written).toEqual(['Toets', 'Nul-lijn', 'Paragraaf', 'Controle']);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(fake.values('Toets')).toHaveLength(8);
  });

  it('falls back to a full write with backup when the user edited the sheet', async () => {
    const { fake, h } = await written(3);
    await fake.userEdit('Toets', 4, 3, 'mijn notitie');
    const report = await h.updateResults(makeSpecs(3), makeSpecs(3, 1));
    expect(report.backups).toEqual([{ sheet: 'Toets', backupName: 'Toets (bewerkt)' }]);
    expect(fake.values('Toets (bewerkt)')[4][3]).toBe('mijn notitie');
    // The what-if's read, then a full run that reads its own sheets with the structure and writes.
    expect(report.syncs).toBe(1 + 2);
  });

  it('falls back to a full write when Excel on the web refuses the read as too large', async () => {
    const { fake, h } = await written(3);
    fake.failNextRuns.push('ResponsePayloadSizeLimitExceeded');
    const report = await h.updateResults(makeSpecs(3), makeSpecs(3, 1));
    expect(report).toMatchObject({ written: ['Toets', 'Nul-lijn', 'Paragraaf', 'Controle'], backups: [], syncs: 1 + 2 });
    expect(fingerprintGrid(fake.values('Toets'))).toBe(fingerprintGrid(specToGrid(makeSpecs(3, 1)[0])));
  });

  it('never writes a user sheet whose name a fresh host guesses', async () => {
    const fake = new FakeExcel({ ...INPUT, Toets: [['van de gebruiker']] });
    await host(fake).writeResults(makeSpecs(3));
    fake.ops.length = 0;
    const report = await host(fake).updateResults(makeSpecs(3), makeSpecs(3, 1));
    expect(report.written[0]).toBe('Toets (2)');
    expect(fake.values('Toets')).toEqual([['van de gebruiker']]);
    expect(fake.ops.filter((op) => op.sheet === 'Toets')).toEqual([]);
  });

  it('switches formats with the value type: "@" before text, the column format before a number that replaces text', async () => {
    const { fake, h } = await written(3);
    const previous = makeSpecs(3);
    const next: SheetSpec[] = structuredClone(previous);
    next[0].blocks[0].rows[0][5] = '=geen formule';
    const p2 = structuredClone(previous);
    p2[0].blocks[0].rows[1][5] = 'n.v.t.';
    await h.writeResults(p2);
    fake.ops.length = 0;
    next[0].blocks[0].rows[1][5] = 2.5;
    const report = await h.updateResults(p2, next);
    expect(report.syncs).toBe(2);
    expect(fake.cell('Toets', 4, 5)).toEqual({ value: '=geen formule', format: '@' });
    expect(fake.cell('Toets', 5, 5)).toEqual({ value: 2.5, format: '+0.0;-0.0;0' });
    const kinds = fake.ops.filter((op) => op.sheet === 'Toets').map((op) => `${op.kind} ${op.address}`);
    expect(kinds).toEqual(['numberFormat F5:F6', 'values F5:F6', 'numberFormat F5:F6']);
  });
});

describe('updateResults errors', () => {
  it('retries a what-if in cell-edit mode instead of falling back to a full write', async () => {
    const fake = new FakeExcel(INPUT);
    const h = createExcelHost({ excel: fake, sleep: async () => undefined });
    await h.writeResults(makeSpecs(3));
    fake.failNextRuns.push('InvalidOperationInCellEditMode');
    const report = await h.updateResults(makeSpecs(3), makeSpecs(3, 1));
    expect(report.syncs).toBe(2);
    expect(report.backups).toEqual([]);
    expect(fingerprintGrid(fake.values('Toets'))).toBe(fingerprintGrid(specToGrid(makeSpecs(3, 1)[0])));
  });
});
