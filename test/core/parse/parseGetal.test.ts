import fc from 'fast-check';
import { parseGetal } from '../../../src/core/parse';

const getal = (value: number) => ({ kind: 'getal', value });

describe('parseGetal', () => {
  it.each([
    ['1.234.567', 1234567],
    ['1.234,56', 1234.56],
    ['€ 250.000,-', 250000],
    ['€250.000', 250000],
    ['(1.200)', -1200],
    ['-1.200', -1200],
    ['−1.200', -1200],
    ['12,5%', 12.5],
    ['1.234', 1234],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['12.25', 12.25],
    ['0.400', 0.4],
    ['1,234', 1.234],
    ['1,234.56', 1234.56],
    ['1 234 567', 1234567],
    ['  42  ', 42],
    ['€ -1.200,50', -1200.5],
    ['-€ 1.200', -1200],
    ['(€ 1.200,-)', -1200],
    ['1.200-', -1200],
    ['+15', 15],
    ['1,7 %', 1.7],
    ['EUR 1.000', 1000],
  ])('reads %s as %d', (text, value) => {
    expect(parseGetal(text)).toEqual(getal(value));
  });

  it('passes numbers through and turns -0 into 0', () => {
    expect(parseGetal(1234.5)).toEqual(getal(1234.5));
    expect(parseGetal(-0)).toEqual(getal(0));
    expect(Object.is((parseGetal(-0) as { value: number }).value, 0)).toBe(true);
  });

  it.each(['-', '–', '—', '€ -', '-,-'])('reads %s as nihil', (text) => {
    expect(parseGetal(text)).toEqual({ kind: 'nihil' });
  });

  it.each([null, '', '   ', 'n.v.t.', 'N.V.T.', 'nvt', 'n.b.'])('reads %p as leeg', (value) => {
    expect(parseGetal(value)).toEqual({ kind: 'leeg' });
  });

  it.each(['#N/A', '#NB', '#DEEL/0!', '#DIV/0!', '#WAARDE!', '#VALUE!', '#REF!', '#VERW!', '#NAAM?', '#NAME?',
    '#GETAL!', '#NUM!', '#LEEG!', '#NULL!', '#SPILL!'])('reads %s as an Excel error', (text) => {
    expect(parseGetal(text)).toEqual({ kind: 'fout', text });
  });

  it('treats booleans, words and malformed numbers as text', () => {
    expect(parseGetal(true)).toEqual({ kind: 'tekst', text: 'WAAR' });
    expect(parseGetal('onbekend')).toEqual({ kind: 'tekst', text: 'onbekend' });
    expect(parseGetal('1.23.4')).toEqual({ kind: 'tekst', text: '1.23.4' });
    expect(parseGetal('12 34')).toEqual({ kind: 'tekst', text: '12 34' });
    expect(parseGetal('1e999')).toEqual({ kind: 'tekst', text: '1e999' });
  });

  it('never returns NaN or Infinity', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.constantFrom('1e400', '-1e400', 'NaN', 'Infinity')), (v) => {
      const uitkomst = parseGetal(v);
      if (uitkomst.kind === 'getal') expect(Number.isFinite(uitkomst.value)).toBe(true);
    }));
  });

  it('round-trips Dutch-formatted integers and numbers with two decimals', () => {
    const duizendtallen = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), fc.constantFrom('', '€ ', '€'), (n, haakjes, valuta) => {
      const tekst = `${valuta}${duizendtallen(Math.abs(n))}`;
      const geschreven = n < 0 ? (haakjes ? `(${tekst})` : `-${tekst}`) : tekst;
      expect(parseGetal(geschreven)).toEqual(getal(n));
    }));
    fc.assert(fc.property(fc.integer({ min: -1e11, max: 1e11 }), (centen) => {
      const abs = Math.abs(centen);
      const tekst = `${centen < 0 ? '-' : ''}${duizendtallen(Math.floor(abs / 100))},${String(abs % 100).padStart(2, '0')}`;
      expect(parseGetal(tekst)).toEqual(getal(centen / 100));
    }));
  });
});
