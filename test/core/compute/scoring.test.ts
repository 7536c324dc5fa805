import { bepaalOordeel, scoreHoger, scoreIndicator, weeg } from '../../../src/core/compute/scoring';
import type { Drempels } from '../../../src/core/types';

const PUNTEN: Drempels = [-0.3, -0.1, 0.1, 0.3];

describe('scoreHoger', () => {
  it('follows the boundaries of design section 7 exactly', () => {
    expect([-0.31, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.31].map((x) => scoreHoger(x, PUNTEN))).toEqual([
      -2, -2, -1, -1, 0, 1, 1, 2, 2,
    ]);
  });
  it('rounds to 6 decimals first, so 8,0 − 7,7 is exactly 0,3', () => {
    expect(8.0 - 7.7).not.toBe(0.3);
    expect(scoreHoger(8.0 - 7.7, PUNTEN)).toBe(2);
    expect(scoreHoger(7.7 - 8.0, PUNTEN)).toBe(-2);
    expect(scoreHoger(0.1 + 0.2 - 0.2, PUNTEN)).toBe(1);
  });
});

describe('scoreIndicator', () => {
  it('mirrors for lower-is-better and never returns -0', () => {
    expect(scoreIndicator(-6, [-5, -1, 1, 5], 'lager')).toBe(2);
    expect(scoreIndicator(3, [-5, -1, 1, 5], 'lager')).toBe(-1);
    expect(Object.is(scoreIndicator(0, [-5, -1, 1, 5], 'lager'), 0)).toBe(true);
  });
  it('takes a manual oordeel as-is, clipped to −2..+2', () => {
    expect(scoreIndicator(1.5, PUNTEN, 'direct')).toBe(1.5);
    expect(scoreIndicator(7, PUNTEN, 'direct')).toBe(2);
    expect(scoreIndicator(-3, PUNTEN, 'direct')).toBe(-2);
  });
});

describe('weeg and bepaalOordeel', () => {
  it('weighs the criteria with data and reports the covered share', () => {
    const w = weeg({ K1: 2, K2: -1, K3: null }, ['K1', 'K2', 'K3'], (id) => ({ K1: 1, K2: 3, K3: 4 })[id as 'K1']);
    expect(w.totaal).toBeCloseTo((2 * 1 - 1 * 3) / 4, 12);
    expect(w.dekking).toBeCloseTo(4 / 8, 12);
    expect(w.oordeel).toBe('Neutraal');
  });
  it('says Onvoldoende gegevens below 50 % coverage, whatever the scores', () => {
    const w = weeg({ K1: 2, K2: null, K3: null }, ['K1', 'K2', 'K3'], () => 1);
    expect(w.dekking).toBeCloseTo(1 / 3, 12);
    expect(w.oordeel).toBe('Onvoldoende gegevens');
  });
  it('puts the verdict boundaries at ±0,5 inclusive', () => {
    expect(bepaalOordeel(0.5, 1)).toBe('Positief');
    expect(bepaalOordeel(0.4999, 1)).toBe('Neutraal');
    expect(bepaalOordeel(-0.5, 1)).toBe('Negatief');
    expect(bepaalOordeel(null, 1)).toBe('Onvoldoende gegevens');
    expect(bepaalOordeel(2, 0.5)).toBe('Positief');
  });
});
