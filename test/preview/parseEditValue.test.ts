import { parseEditValue } from '../../src/preview/parseEditValue';

describe('parseEditValue', () => {
  it('stores numbers as numbers, with a Dutch or English decimal separator', () => {
    expect(parseEditValue('1234')).toBe(1234);
    expect(parseEditValue('12,5')).toBe(12.5);
    expect(parseEditValue(' -3.25 ')).toBe(-3.25);
  });

  it('keeps other entries as text and an empty entry as an empty cell', () => {
    expect(parseEditValue('1.234.567')).toBe('1.234.567');
    expect(parseEditValue('n.v.t.')).toBe('n.v.t.');
    expect(parseEditValue('=1+1')).toBe('=1+1');
    expect(parseEditValue('  ')).toBeNull();
  });
});
