import { compareCodes, isTaakveldCode, rollUpCode, splitTaakveldCel } from '../../../src/core/iv3/taakveldCode';

describe('taakveld codes', () => {
  it('splits code and name from one cell, also cut-short names and a trailing space', () => {
    expect(splitTaakveldCel('0.4 Overhead')).toEqual({ code: '0.4', naam: 'Overhead' });
    expect(splitTaakveldCel('5.7 Openbaar groen en (openlucht) recr..')).toEqual({ code: '5.7', naam: 'Openbaar groen en (openlucht) recr..' });
    expect(splitTaakveldCel('6.82a Jeugdbescherming ')).toEqual({ code: '6.82a', naam: 'Jeugdbescherming' });
    expect(splitTaakveldCel('6.714 Ov.  maatwerkarrangementen (WMO)')).toEqual({ code: '6.714', naam: 'Ov. maatwerkarrangementen (WMO)' });
    expect(splitTaakveldCel('Overhead')).toBeNull();
  });

  it('rolls detail codes up to the taakveld of the series, and leaves others alone', () => {
    expect(rollUpCode('6.71a')).toBe('6.71');
    expect(rollUpCode('6.74c')).toBe('6.74');
    expect(rollUpCode('6.711')).toBe('6.71');
    expect(rollUpCode('6.792')).toBe('6.79');
    expect(rollUpCode('6.822')).toBe('6.82');
    expect(rollUpCode('6.60')).toBe('6.60');
    expect(rollUpCode('0.10')).toBe('0.10');
    expect(rollUpCode('6.2')).toBe('6.2');
  });

  it('keeps 0.1 and 0.10, 6.6 and 6.60 apart and sorts them the BBV way', () => {
    const codes = ['6.60', '0.2', '0.10', '6.6', '0.1', '6.21', '10.1', '6.2', '0.11'];
    expect([...codes].sort(compareCodes)).toEqual(['0.1', '0.10', '0.11', '0.2', '6.2', '6.21', '6.6', '6.60', '10.1']);
  });

  it('recognises codes with letters or three decimals only', () => {
    expect(['0.4', '6.71a', '6.711'].every(isTaakveldCode)).toBe(true);
    expect(['0,4', 'a.1', '6.71ab', '0.4 Overhead'].some(isTaakveldCode)).toBe(false);
  });
});
