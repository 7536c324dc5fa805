import { cellAddress, columnLetters, parseAddress, rangeAddress, AddressError } from '../../src/core/cellAddress';

describe('cellAddress', () => {
  it('converts column indexes to letters past Z and AZ', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('round-trips addresses', () => {
    for (const a of ['A1', 'B3', 'AA10', 'XFD1048576']) {
      const { row, column } = parseAddress(a);
      expect(cellAddress(row, column)).toBe(a);
    }
  });
  it('offsets by the grid origin', () => {
    expect(cellAddress(0, 0, 'C5')).toBe('C5');
    expect(cellAddress(2, 1, 'C5')).toBe('D7');
  });
  it('builds ranges', () => {
    expect(rangeAddress(2, 0, 3, 4)).toBe('A3:D5');
    expect(rangeAddress(0, 0, 1, 1)).toBe('A1');
  });
  it('rejects garbage with a named error', () => {
    expect(() => parseAddress('Sheet1!A1')).toThrow(AddressError);
  });
});
