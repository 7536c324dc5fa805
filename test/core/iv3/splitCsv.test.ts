import { readFirstLine, splitCsv } from '../../../src/core/iv3/splitCsv';

describe('splitCsv', () => {
  it('splits on the separator and keeps empty fields', () => {
    expect(splitCsv('a;b;c\nHeemstede;;0.0\n', ';')).toEqual([['a', 'b', 'c'], ['Heemstede', '', '0.0']]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const text = 'GM0820,"Nuenen, Gerwen en Nederwetten",2024\r\nx,"zei ""ja""",y\r\n"twee\nregels",z';
    expect(splitCsv(text, ',')).toEqual([
      ['GM0820', 'Nuenen, Gerwen en Nederwetten', '2024'],
      ['x', 'zei "ja"', 'y'],
      ['twee\nregels', 'z'],
    ]);
  });

  it('handles CRLF, a byte-order mark and blank lines', () => {
    expect(splitCsv('\ufeffa,b\r\n\r\n1,2\r\n', ',')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('keeps an apostrophe at the start of a name as text', () => {
    expect(splitCsv("'s-Gravenhage;0.1 Bestuur", ';')).toEqual([["'s-Gravenhage", '0.1 Bestuur']]);
  });

  it('readFirstLine stops at the first line end and drops the byte-order mark', () => {
    expect(readFirstLine('\ufeffgm_code,gemeente\r\nGM0003,Appingedam')).toBe('gm_code,gemeente');
  });
});
