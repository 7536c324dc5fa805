import { fingerprintGrid, META_SHEET, readOwnershipMeta, specToGrid } from '../../src/core/ownership';
import { createExcelHost } from '../../src/excel';
import { FakeExcel, type FakeRun } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const INPUT = { Kosten: [['Taakveld', '2018'], ['Overhead', 1000]] };
const host = (fake: FakeExcel, maxResponseBytes?: number) =>
  createExcelHost({ excel: fake, now: () => new Date('2024-05-01T10:00:00Z'), maxResponseBytes });
const kinds = (run: FakeRun) => run.perSync.map((s) => s.error ?? (s.ops > 0 ? 'write' : 'read'));
const expectSpecsWritten = (fake: FakeExcel, specs = makeSpecs(3)) => {
  for (const spec of specs) expect(fingerprintGrid(fake.values(spec.name))).toBe(fingerprintGrid(specToGrid(spec)));
};

describe('a re-run in the pane that wrote the sheets (readWrittenSheets)', () => {
  it('starts over without its memory when the user renamed a sheet it wrote', async () => {
    const fake = new FakeExcel(INPUT);
    const h = host(fake);
    await h.writeResults(makeSpecs(3));
    fake.sheet('Nul-lijn').name = 'Mijn nul-lijn';
    const report = await h.writeResults(makeSpecs(3));
    const [failed, again] = fake.runs.slice(-2);
    expect(kinds(failed)).toEqual(['ItemNotFound']);
    expect(kinds(again)).toEqual(['read', 'read', 'write']);
    expect(report.syncs).toBe(1 + 3);
    // The renamed sheet is the user's now: kept as it was; a fresh Nul-lijn is written.
    expect(fingerprintGrid(fake.values('Mijn nul-lijn'))).toBe(fingerprintGrid(specToGrid(makeSpecs(3)[1])));
    expectSpecsWritten(fake);
    // And the pane remembers again: the next run is back to two syncs.
    expect((await h.writeResults(makeSpecs(3))).syncs).toBe(2);
  });

  it('reads a sheet again whole when the user typed beyond what was written, and keeps it as a backup', async () => {
    const fake = new FakeExcel(INPUT);
    // A tiny planned limit makes the pane read its sheets in blocks of the area it wrote.
    const h = host(fake, 2_000);
    await h.writeResults(makeSpecs(3));
    const rows = specToGrid(makeSpecs(3)[0]).length;
    await fake.userEdit('Toets', rows + 2, 20, 'mijn eigen notitie');
    const report = await h.writeResults(makeSpecs(3));
    expect(report.backups).toEqual([{ sheet: 'Toets', backupName: 'Toets (bewerkt)' }]);
    expect(fake.values('Toets (bewerkt)')[rows + 2][20]).toBe('mijn eigen notitie');
    expectSpecsWritten(fake);
    expect(fake.runs[fake.runs.length - 1].perSync.filter((s) => s.error)).toEqual([]);
  });

  it('with blocks and no edits, backs nothing up and writes each sheet as its spec', async () => {
    const fake = new FakeExcel(INPUT);
    const h = host(fake, 2_000);
    await h.writeResults(makeSpecs(3));
    // Room for the structure and the meta sheet, which come on top of the first block.
    fake.maxResponseBytes = 4_000;
    const report = await h.writeResults(makeSpecs(4, 1));
    expect(report.backups).toEqual([]);
    expectSpecsWritten(fake, makeSpecs(4, 1));
    const reads = fake.runs[1].perSync.filter((s) => s.ops === 0);
    expect(reads.length).toBeGreaterThan(2);
    for (const sync of reads) expect(sync.error).toBeUndefined();
  });

  it('also reads owned sheets another pane recorded meanwhile, so it does not take them for edited', async () => {
    const fake = new FakeExcel(INPUT);
    const mine = host(fake);
    await mine.writeResults(makeSpecs(3).slice(0, 2));
    await host(fake).writeResults(makeSpecs(3));
    const report = await mine.writeResults(makeSpecs(3));
    expect(report.backups).toEqual([]);
    // Its own sheets with the structure; Paragraaf and Controle, which it did not write, after; the write.
    expect(kinds(fake.runs[fake.runs.length - 1])).toEqual(['read', 'read', 'write']);
    expect(readOwnershipMeta(fake.values(META_SHEET)).map((r) => r.sheet)).toEqual(['Toets', 'Nul-lijn', 'Paragraaf', 'Controle']);
    expectSpecsWritten(fake);
  });
});
