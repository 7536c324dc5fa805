import type { ExcelFiguren } from '../../bench/measureExcel';
import { searchSyncLimit, type SyncMeting } from '../../bench/searchSyncLimit';

// A made-up adapter whose sync counts step up at known sizes.
const measure = async (taakvelden: number): Promise<SyncMeting> => ({
  taakvelden,
  syncsFirstRun: taakvelden <= 2_250 ? 3 : 4,
  syncsReRun: taakvelden <= 1_250 ? 2 : 4,
  syncsReRunNoMemory: taakvelden <= 1_000 ? 3 : 7,
});
const known = async (n: number) => ({ ...(await measure(n)) }) as unknown as ExcelFiguren;

describe('searchSyncLimit', () => {
  it('finds each run kind’s largest size within 3 syncs to the step', async () => {
    const grens = await searchSyncLimit([await known(10), await known(2_000)], { measure, stap: 250 });
    expect(grens).toMatchObject({ eersteRun: 2_250, herhaling: 1_250, herhalingZonderGeheugen: 1_000, onvolledig: false });
    expect(grens.metingen.map((m) => m.taakvelden)).toEqual([...grens.metingen.map((m) => m.taakvelden)].sort((a, b) => a - b));
  });

  it('says so when it ran out of measurements before finding an edge', async () => {
    const grens = await searchSyncLimit([await known(10)], { measure, stap: 10, maxMetingen: 2 });
    expect(grens.onvolledig).toBe(true);
  });
});
