import { specToGrid, fingerprintGrid } from '../../src/core/ownership';
import { createExcelHost, createWriteMemoryStore } from '../../src/excel';
import { parseWrittenSheets } from '../../src/excel/writeMemoryStore';
import type { KeyValueStorage } from '../../src/excel/writeMemoryStore';
import { FakeExcel, type FakeRun } from './fakeExcel';
import { makeSpecs } from './specFixtures';

const INPUT = { Kosten: [['Taakveld', '2018'], ['Overhead', 1000]] };
const kinds = (run: FakeRun) => run.perSync.map((s) => s.error ?? (s.ops > 0 ? 'write' : 'read'));

function mapStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('the write memory kept across pane reloads (writeMemoryStore)', () => {
  it('lets a reloaded pane re-run like the pane that wrote: structure and values in one sync', async () => {
    const fake = new FakeExcel(INPUT);
    const storage = mapStorage();
    const pane = () => createExcelHost({ excel: fake, memoryStore: createWriteMemoryStore(() => storage, 'https://gemeente.nl/toets.xlsx') });
    await pane().writeResults(makeSpecs(3));
    const report = await pane().writeResults(makeSpecs(4, 1));
    expect(report).toMatchObject({ backups: [], syncs: 2 });
    expect(kinds(fake.runs[1])).toEqual(['read', 'write']);
    expect(fingerprintGrid(fake.values('Toets'))).toBe(fingerprintGrid(specToGrid(makeSpecs(4, 1)[0])));
    // Another workbook (another URL) has no memory: three syncs.
    const other = new FakeExcel(INPUT);
    const elsewhere = () => createExcelHost({ excel: other, memoryStore: createWriteMemoryStore(() => storage, 'https://gemeente.nl/ander.xlsx') });
    await elsewhere().writeResults(makeSpecs(3));
    expect((await createExcelHost({ excel: other }).writeResults(makeSpecs(3))).syncs).toBe(3);
  });

  it('a memory of another version of the workbook costs one sync and is then replaced', async () => {
    const fake = new FakeExcel(INPUT);
    const storage = mapStorage();
    const store = () => createWriteMemoryStore(() => storage, 'toets.xlsx');
    storage.setItem('samenwerkingstoets:geschreven:toets.xlsx', JSON.stringify([{ name: 'Toets (7)', rows: 5, columns: 3, bytes: 100 }]));
    const report = await createExcelHost({ excel: fake, memoryStore: store() }).writeResults(makeSpecs(3));
    expect(kinds(fake.runs[0])).toEqual(['ItemNotFound']);
    expect(report.syncs).toBe(1 + 2);
    expect(store()?.load()?.map((s) => s.name)).toEqual(['Toets', 'Nul-lijn', 'Paragraaf', 'Controle']);
  });

  it('reads only entries of exactly the right shape', () => {
    const ok = [{ name: 'Toets', rows: 10, columns: 13, bytes: 900 }];
    expect(parseWrittenSheets(JSON.stringify(ok))).toEqual(ok);
    expect(parseWrittenSheets(JSON.stringify([{ ...ok[0], extra: 1 }]))).toEqual(ok);
    for (const bad of [null, '', '{', '[]', '{"name":"Toets"}', JSON.stringify([{ ...ok[0], rows: -1 }]), JSON.stringify([{ ...ok[0], name: '' }]),
      JSON.stringify([ok[0], { name: 'X', rows: 1.5, columns: 1, bytes: 1 }])]) {
      expect(parseWrittenSheets(bad)).toBeNull();
    }
  });

  it('has no store without a workbook URL, and storage that refuses means no memory, not an error', async () => {
    expect(createWriteMemoryStore(() => mapStorage(), undefined)).toBeUndefined();
    expect(createWriteMemoryStore(() => mapStorage(), '')).toBeUndefined();
    const refusing = createWriteMemoryStore(() => {
      throw new DOMException('geblokkeerd', 'SecurityError');
    }, 'toets.xlsx');
    expect(refusing?.load()).toBeNull();
    expect(() => refusing?.save([{ name: 'Toets', rows: 1, columns: 1, bytes: 1 }])).not.toThrow();
    const fake = new FakeExcel(INPUT);
    const host = createExcelHost({ excel: fake, memoryStore: refusing });
    await host.writeResults(makeSpecs(3));
    expect((await host.writeResults(makeSpecs(3))).syncs).toBe(2);
  });
});
