import { generateGrids } from '../../bench/generateGrids';
import { comparePeer, median } from '../../bench/measureCore';

describe('benchmark building blocks', () => {
  it('generates the same data for the same seed, and other data for another', () => {
    const a = generateGrids({ taakvelden: 20, jaren: 10, seed: 5, gaten: 0.05 });
    const b = generateGrids({ taakvelden: 20, jaren: 10, seed: 5, gaten: 0.05 });
    const c = generateGrids({ taakvelden: 20, jaren: 10, seed: 6, gaten: 0.05 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.kostenRijen).toBe(20 * 11); // 2020 has both soorten
  });

  it('has core and peer (HyperFormula formulas) agree before it times them', () => {
    const v = comparePeer(4, 1);
    expect(v.maxVerschil).toBeLessThan(1e-9);
    expect(v.peerRatio).toBeGreaterThan(0);
  }, 60_000);

  it('takes the median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
