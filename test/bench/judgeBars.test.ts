import { judgeBars, type BenchCijfers } from '../../bench/judgeBars';

const gehaald: BenchCijfers = {
  syncsFullRun: 3,
  syncsWhatIf: 2,
  maxRequestBytes: 4 * 1024 * 1024,
  scalingRatio: 9.8,
  kernMs: 480,
  kernMaxMs: 999,
  grens: { eersteRun: 2_250, herhaling: 1_250, herhalingZonderGeheugen: 1_000 },
  gemetenTaakvelden: [10, 2_000],
};

const oordelen = (c: BenchCijfers) => judgeBars(c).map((e) => e.gehaald);

describe('judgeBars', () => {
  it('passes every bar at its threshold', () => {
    expect(oordelen(gehaald)).toEqual([true, true, true, true, true]);
  });

  it.each([
    ['syncs of a full run', { syncsFullRun: 4 }, 0],
    ['syncs of a what-if', { syncsWhatIf: 3 }, 1],
    ['request size', { maxRequestBytes: 4 * 1024 * 1024 + 1 }, 2],
    ['the slowest core run, even with a fast median', { kernMaxMs: 1_000 }, 3],
    ['scaling', { scalingRatio: 12.6 }, 4],
  ])('fails only the bar of %s', (_naam, afwijking: Partial<BenchCijfers>, index: number) => {
    const verwacht = [true, true, true, true, true];
    verwacht[index] = false;
    expect(oordelen({ ...gehaald, ...afwijking })).toEqual(verwacht);
  });

  it('names where the sync bar still holds, in Dutch number notation', () => {
    const [syncs] = judgeBars({ ...gehaald, syncsFullRun: 6 });
    expect(syncs.gemeten).toBe('6 (hoogste over 10 en 2.000 taakvelden)');
    expect(syncs.toelichting).toContain('tot 2.250 taakvelden (eerste run), 1.250 (herhaling met schrijfgeheugen), 1.000 (zonder)');
  });
});
