import fc from 'fast-check';
import { detectEenheid, scaleGetal } from '../../../src/core/parse';

describe('detectEenheid', () => {
  it.each([
    ['Bedragen x € 1.000', 1000],
    ['Lasten (x €1.000)', 1000],
    ['bedragen x 1.000', 1000],
    ['in duizenden euro', 1000],
    ['x 1000', 1000],
    ['Bedragen in k€', 1000],
    ['x € 1 mln', 1e6],
    ['x € 1.000.000', 1e6],
    ['in miljoenen euro', 1e6],
  ])('finds %s → %d', (tekst, factor) => {
    expect(detectEenheid(tekst)).toBe(factor);
  });
  it.each(['Lasten per taakveld', '€ 250.000', 'Max 1000 regels', 2018, null, 'Inhuur 1000'])('finds no unit in %p', (tekst) => {
    expect(detectEenheid(tekst)).toBeNull();
  });
});

describe('scaleGetal', () => {
  it('scales exactly on the decimal digits', () => {
    expect(scaleGetal(1.005, 1000)).toBe(1005);
    expect(1.005 * 1000).not.toBe(1005);
    expect(scaleGetal(0.29, 100)).toBe(29);
    expect(scaleGetal(1300.5, 1000)).toBe(1300500);
    expect(scaleGetal(-0.017, 100)).toBe(-1.7);
    expect(scaleGetal(1e-7, 1000)).toBe(0.0001);
    expect(scaleGetal(12, 1)).toBe(12);
  });

  it('equals shifting the decimal text, on every path', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(100, 1000, 1e6), (n, decimalen, factor) => {
      const value = n / 10 ** decimalen;
      const [m, e = '0'] = String(value).split('e');
      expect(scaleGetal(value, factor)).toBe(Number(`${m}e${Number(e) + Math.log10(factor)}`));
    }));
  });
});
