import { NUMBER_FORMATS } from '../../src/core/sheets';
import { formatCellText } from '../../src/preview/formatCellText';

describe('formatCellText', () => {
  it('shows the add-in\'s formats the way a Dutch Excel does', () => {
    expect(formatCellText(1234567.4, NUMBER_FORMATS.euro)).toBe('€ 1.234.567');
    expect(formatCellText(-1234, NUMBER_FORMATS.euro)).toBe('€ -1.234');
    expect(formatCellText(0.0325, NUMBER_FORMATS.procent)).toBe('3,3%');
    expect(formatCellText(-0.0325, NUMBER_FORMATS.verschilProcent)).toBe('-3,3%');
    expect(formatCellText(0.0325, NUMBER_FORMATS.verschilProcent)).toBe('+3,3%');
    expect(formatCellText(0, NUMBER_FORMATS.verschilProcent)).toBe('0,0%');
    expect(formatCellText(1.6875, NUMBER_FORMATS.score)).toBe('+1,7');
    expect(formatCellText(-0.5, NUMBER_FORMATS.score)).toBe('-0,5');
    expect(formatCellText(0.8333, NUMBER_FORMATS.fractie)).toBe('83%');
    expect(formatCellText(4.2, NUMBER_FORMATS.fte)).toBe('4,20');
    expect(formatCellText(2018, NUMBER_FORMATS.jaar)).toBe('2018');
    expect(formatCellText(1234.5, '#,##0.0')).toBe('1.234,5');
  });

  it('uses English separators for an English reader', () => {
    expect(formatCellText(1234567.4, NUMBER_FORMATS.euro, 'en-GB')).toBe('€ 1,234,567');
    expect(formatCellText(1.25, NUMBER_FORMATS.score, 'en-GB')).toBe('+1.3');
  });

  it('shows General numbers without grouping, and text, booleans and blanks as they are', () => {
    expect(formatCellText(0.1 + 0.2, null)).toBe('0,3');
    expect(formatCellText(2018, '@')).toBe('2018');
    expect(formatCellText('geen gegevens', NUMBER_FORMATS.score)).toBe('geen gegevens');
    expect(formatCellText(true, null)).toBe('WAAR');
    expect(formatCellText(null, NUMBER_FORMATS.euro)).toBe('');
  });

  it('does not show a minus for a negative that rounds to zero', () => {
    expect(formatCellText(-0.0001, '0.0')).toBe('0,0');
  });
});
