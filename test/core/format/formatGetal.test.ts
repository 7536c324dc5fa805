import fc from 'fast-check';
import {
  formatEuro,
  formatFractie,
  formatFte,
  formatGetal,
  formatJaren,
  formatOpsomming,
  formatProcent,
  formatScore,
  formatVerschilGetal,
  formatVerschilProcent,
} from '../../../src/core/format';

const MIN = '\u2212';

describe('formatGetal', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatGetal(1234.5, 1)).toBe('1.234,5');
    expect(formatGetal(1234567)).toBe('1.234.567');
    expect(formatGetal(999)).toBe('999');
    expect(formatGetal(1000)).toBe('1.000');
    expect(formatGetal(0.5, 2)).toBe('0,50');
  });
  it('uses the real minus sign and never shows a negative zero', () => {
    expect(formatGetal(-1234.56, 1)).toBe(`${MIN}1.234,6`);
    expect(formatGetal(-0.04, 1)).toBe('0,0');
    expect(formatGetal(-0)).toBe('0');
  });
  it('rounds half away from zero on the number as written, not its binary form', () => {
    expect(formatGetal(1.005, 2)).toBe('1,01');
    expect(formatGetal(2.5)).toBe('3');
    expect(formatGetal(-2.5)).toBe(`${MIN}3`);
    expect(formatGetal(8.0 - 7.7, 1)).toBe('0,3');
    expect(formatGetal(0.00000012, 1)).toBe('0,0');
    expect(formatGetal(9.96, 1)).toBe('10,0');
  });
  it('handles very large numbers without exponent notation', () => {
    expect(formatGetal(1.5e21)).toBe('1.500.000.000.000.000.000.000');
  });
  it('shows missing and non-finite numbers as "geen gegevens"', () => {
    for (const n of [null, undefined, NaN, Infinity, -Infinity]) expect(formatGetal(n, 1)).toBe('geen gegevens');
  });
  it('rejects an impossible number of decimals', () => {
    expect(() => formatGetal(1, -1)).toThrow(RangeError);
    expect(() => formatGetal(1, 1.5)).toThrow(RangeError);
  });
  it('never produces NaN, Infinity or an exponent for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const s = formatGetal(n, d);
        expect(s).toMatch(/^\u2212?\d{1,3}(\.\d{3})*(,\d+)?$/);
      }),
    );
  });
});

describe('signed formatters', () => {
  it('formats scores with an explicit sign', () => {
    expect(formatScore(0.8)).toBe('+0,8');
    expect(formatScore(-1)).toBe(`${MIN}1,0`);
    expect(formatScore(0)).toBe('0,0');
    expect(formatScore(-0.01)).toBe('0,0');
    expect(formatScore(null)).toBe('geen gegevens');
  });
  it('formats signed percentages', () => {
    expect(formatVerschilProcent(3.2)).toBe('+3,2%');
    expect(formatVerschilProcent(-3.249)).toBe(`${MIN}3,2%`);
    expect(formatVerschilProcent(0)).toBe('0,0%');
    expect(formatVerschilProcent(-13.4, 0)).toBe(`${MIN}13%`);
    expect(formatVerschilProcent(NaN)).toBe('geen gegevens');
  });
  it('formats signed numbers with chosen decimals', () => {
    expect(formatVerschilGetal(-1.66, 1)).toBe(`${MIN}1,7`);
    expect(formatVerschilGetal(2, 0)).toBe('+2');
  });
});

describe('unit formatters', () => {
  it('formats euros, negatives with the minus before the euro sign', () => {
    expect(formatEuro(1234567)).toBe('€ 1.234.567');
    expect(formatEuro(-1234)).toBe(`${MIN}€ 1.234`);
    expect(formatEuro(1234.567, 2)).toBe('€ 1.234,57');
    expect(formatEuro(-0.2)).toBe('€ 0');
    expect(formatEuro(null)).toBe('geen gegevens');
  });
  it('formats percentages, fte and fractions', () => {
    expect(formatProcent(3.2, 1)).toBe('3,2%');
    expect(formatProcent(12.5)).toBe('12,5%');
    expect(formatProcent(-3.25)).toBe(`${MIN}3,3%`);
    expect(formatFte(4.2)).toBe('4,20 fte');
    expect(formatFte(1234.567)).toBe('1.234,57 fte');
    expect(formatFte(Infinity)).toBe('geen gegevens');
    expect(formatFractie(0.8333)).toBe('83%');
    expect(formatFractie(0.905)).toBe('91%');
  });
});

describe('formatOpsomming and formatJaren', () => {
  it('joins Dutch lists with commas and "en"', () => {
    expect(formatOpsomming([])).toBe('');
    expect(formatOpsomming(['a'])).toBe('a');
    expect(formatOpsomming(['a', 'b'])).toBe('a en b');
    expect(formatOpsomming(['a', 'b', 'c'])).toBe('a, b en c');
  });
  it('writes runs of three or more years as a span with an en dash', () => {
    expect(formatJaren([2018, 2019, 2020])).toBe('2018\u20132020');
    expect(formatJaren([2019, 2018])).toBe('2018 en 2019');
    expect(formatJaren([2021, 2017, 2018, 2019])).toBe('2017\u20132019 en 2021');
    expect(formatJaren([2018, 2020, 2022])).toBe('2018, 2020 en 2022');
    expect(formatJaren([2019])).toBe('2019');
  });
});
