import { createExcelHost } from '../../src/excel';
import { planReadBlocks, readGridsInBlocks } from '../../src/excel/readGrids';
import { fingerprintGrid, META_SHEET, readOwnershipMeta, specToGrid } from '../../src/core/ownership';
import type { WriteReport } from '../../src/core/hostPort';
import { FakeExcel, type FakeRun } from './fakeExcel';
import { makeSpecs } from './specFixtures';

/** Half Excel on the web's 5 MB, so half as many taakvelden (and half the test time) overflow it. */
const LIMIT = 2.5 * 1024 * 1024;
const INPUT = { Kosten: [['Taakveld', '2018'], ['Overhead', 1000]] };
const N = 2500;
const host = (fake: FakeExcel, maxResponseBytes?: number) =>
  createExcelHost({ excel: fake, now: () => new Date('2024-05-01T10:00:00Z'), maxResponseBytes });

/**
 * Writes N taakvelden, turns on the response limit, edits Toets by hand, then runs again: in
 * the same pane (which remembers what it wrote, planning for `hostLimit`) or in a reloaded one.
 */
async function rerunAfterEdit(options: { hostLimit?: number; samePane: boolean }) {
  const fake = new FakeExcel(INPUT);
  const h = host(fake, options.hostLimit);
  await h.writeResults(makeSpecs(N));
  fake.maxResponseBytes = LIMIT;
  await fake.userEdit('Toets', 5, 3, 99);
  const report = await (options.samePane ? h : host(fake, options.hostLimit)).writeResults(makeSpecs(N));
  return { fake, report, run: fake.runs[fake.runs.length - 1] };
}

const kinds = (run: FakeRun) => run.perSync.map((s) => s.error ?? (s.ops > 0 ? 'write' : 'read'));

/** What every re-run must leave: the edit kept as a backup, every owned sheet exactly its spec. */
function expectBackedUpAndRewritten(fake: FakeExcel, report: WriteReport) {
  expect(report.backups).toEqual([{ sheet: 'Toets', backupName: 'Toets (bewerkt)' }]);
  expect(report.written).toEqual(['Toets', 'Nul-lijn', 'Paragraaf', 'Controle']);
  expect(fake.values('Toets (bewerkt)')[5][3]).toBe(99);
  for (const spec of makeSpecs(N)) expect(fingerprintGrid(fake.values(spec.name))).toBe(fingerprintGrid(specToGrid(spec)));
  expect(readOwnershipMeta(fake.values(META_SHEET)).map((r) => r.sheet)).toEqual(['Toets', 'Nul-lijn', 'Paragraaf', 'Controle']);
}

describe('reads under Excel on the web’s 5 MB response limit', () => {
  it('cuts read blocks so each sync reads at most the block size, filling it across sheets', () => {
    const sizes = [{ rowCount: 5, columnCount: 4 }, null, { rowCount: 22, columnCount: 4 }, { rowCount: 3, columnCount: 2 }];
    expect(planReadBlocks(sizes, 40)).toEqual([
      [{ sheet: 0, top: 0, rows: 5 }, { sheet: 2, top: 0, rows: 5 }],
      [{ sheet: 2, top: 5, rows: 10 }],
      [{ sheet: 2, top: 15, rows: 7 }, { sheet: 3, top: 0, rows: 3 }],
    ]);
    expect(planReadBlocks([{ rowCount: 2, columnCount: 50 }], 40)).toEqual([[{ sheet: 0, top: 0, rows: 1 }], [{ sheet: 0, top: 1, rows: 1 }]]);
  });

  it('splits a block group Excel still refuses (long text: cells are not bytes) until it fits', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => [`${String(i).padStart(2, '0')} ${'tekst '.repeat(16)}`]);
    const fake = new FakeExcel({ Tekst: rows });
    fake.maxResponseBytes = 600;
    const counter = { count: 0 };
    const grids = await fake.run((context) => readGridsInBlocks(context, ['Tekst'], counter, 40));
    expect(grids[0].values).toEqual(rows);
    const refused = fake.runs[0].perSync.filter((s) => s.error === 'ResponsePayloadSizeLimitExceeded');
    // Sizes, then 20 rows refused, 10 + 10 refused, 5 + 5 + 5 + 5 read.
    expect([refused.length, counter.count]).toEqual([3, 1 + 3 + 4]);
    for (const sync of fake.runs[0].perSync) if (!sync.error) expect(sync.responseBytes).toBeLessThanOrEqual(600);
  });

  it('re-runs over large owned sheets in a reloaded pane: backs up the edited one, counts the extra syncs', async () => {
    const { fake, report, run } = await rerunAfterEdit({ samePane: false });
    expectBackedUpAndRewritten(fake, report);
    expect(fake.model.tables.map((t) => `${t.name}@${t.sheet.name}`)).toContain('Toets_bewerkt@Toets (bewerkt)');
    // Structure, the refused values read, sizes, two blocks of ≤ 200,000 cells (218,000 in all), one write:
    // three syncs more than without the limit.
    expect(kinds(run)).toEqual(['read', 'ResponsePayloadSizeLimitExceeded', 'read', 'read', 'read', 'write']);
    expect(report.syncs).toBe(6);
    for (const sync of run.perSync) if (!sync.error) expect(sync.responseBytes).toBeLessThanOrEqual(LIMIT);
  }, 60_000);

  it('without memory, reads in blocks straight away when what it is about to write would not fit one response', async () => {
    // The reloaded pane plans for the fake's limit: the new specs (≈ what the sheets hold now) exceed 80% of it.
    const { fake, report, run } = await rerunAfterEdit({ hostLimit: LIMIT, samePane: false });
    expectBackedUpAndRewritten(fake, report);
    // Structure; sizes with meta and charts; two blocks; one write. No refused response.
    expect(kinds(run)).toEqual(['read', 'read', 'read', 'read', 'write']);
    expect(report.syncs).toBe(5);
  }, 60_000);

  it('in the same pane, reads the sheets it wrote in blocks with the structure: no sizes sync, no refused response', async () => {
    const { fake, report, run } = await rerunAfterEdit({ hostLimit: LIMIT, samePane: true });
    expectBackedUpAndRewritten(fake, report);
    // Structure, meta and the first block; the second block; one write.
    expect(kinds(run)).toEqual(['read', 'read', 'write']);
    expect(report.syncs).toBe(3);
    for (const sync of run.perSync) expect(sync.responseBytes).toBeLessThanOrEqual(LIMIT);
  }, 60_000);

  it('in the same pane, starts over without its memory when Excel refuses the first read anyway', async () => {
    // The pane plans for 5 MB; this Excel refuses above 2.5 MB.
    const { fake, report } = await rerunAfterEdit({ samePane: true });
    expectBackedUpAndRewritten(fake, report);
    const [failed, again] = fake.runs.slice(-2);
    expect(kinds(failed)).toEqual(['ResponsePayloadSizeLimitExceeded']);
    expect(kinds(again)).toEqual(['read', 'ResponsePayloadSizeLimitExceeded', 'read', 'read', 'read', 'write']);
    expect(report.syncs).toBe(1 + 6);
  }, 60_000);
});
