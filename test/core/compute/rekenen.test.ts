import { deel, deltaPct, gemiddelde, NIHIL } from '../../../src/core/compute/rekenen';

describe('rekenen: arithmetic that never lets NaN or Infinity out', () => {
  it('divides, and gives null for a missing side or a (near) zero denominator', () => {
    expect(deel(6, 3)).toBe(2);
    expect(deel(null, 3)).toBeNull();
    expect(deel(6, 0)).toBeNull();
    // A denominator Excel cannot even hold (5e-324) or just below NIHIL counts as zero ...
    expect(deel(1_000_000, 5e-324)).toBeNull();
    expect(deel(1_000_000, NIHIL / 2)).toBeNull();
    // ... so a smaller numerator cannot turn an overflow (null) into an absurd finite figure.
    expect(deel(1_000_000 * 0.1, 1e-303)).toBeNull();
    expect(deel(1, NIHIL)).toBeCloseTo(1e9, 3);
  });

  it('Δ% needs a nul-lijn of at least NIHIL', () => {
    expect(deltaPct(110, 100)).toBeCloseTo(10, 12);
    expect(deltaPct(110, 0)).toBeNull();
    expect(deltaPct(110, -5)).toBeNull();
    expect(deltaPct(110, 1e-12)).toBeNull();
    expect(deltaPct(2 * NIHIL, NIHIL)).toBeCloseTo(100, 9);
  });

  it('means only finite numbers', () => {
    expect(gemiddelde([1, null, 3, Number.NaN, undefined])).toBe(2);
    expect(gemiddelde([null])).toBeNull();
  });
});
