import { charactersToPoints, columnWidthRanges } from '../../src/excel/columnWidth';
import { changeRects } from '../../src/excel/changeRects';
import { ExcelAdapterError, toExcelAdapterError } from '../../src/excel/excelAdapterError';
import { numberFormula, textFormula } from '../../src/excel/queueConditionalFormat';
import { cellFormat, textRuns } from '../../src/excel/textFormat';
import { ownedNamePattern } from '../../src/excel/workbookState';
import type { CellChange } from '../../src/core/ownership';

describe('adapter helpers', () => {
  it('puts "@" runs on contiguous text cells only', () => {
    const grid = [['Titel', null], [null, null], ['Kop', 'Waarde'], ['a', 1], ['b', 2], [null, 'x']];
    expect(textRuns(grid)).toEqual([
      { row: 0, column: 0, count: 1 },
      { row: 2, column: 0, count: 3 },
      { row: 2, column: 1, count: 1 },
      { row: 5, column: 1, count: 1 },
    ]);
    expect(cellFormat('x', '0.0')).toBe('@');
    expect(cellFormat(1, '0.0')).toBe('0.0');
    expect(cellFormat(null, null)).toBe('General');
  });

  it('converts widths from characters to points and merges equal neighbours', () => {
    expect(charactersToPoints(10)).toBe(56.25);
    expect(charactersToPoints(0)).toBe(0);
    expect(columnWidthRanges([30, 8, 8, 8, 12])).toEqual([
      { address: 'A:A', points: 161.25 },
      { address: 'B:D', points: 45.75 },
      { address: 'E:E', points: 66.75 },
    ]);
  });

  it('groups what-if changes into rectangles', () => {
    const at = (row: number, column: number): CellChange => ({ key: 'toets', row, column, value: 1, previous: 0, format: null });
    const rects = changeRects([at(5, 3), at(4, 3), at(4, 4), at(5, 4), at(6, 3), at(4, 9), at(5, 9)]);
    expect(rects.map((r) => [r.row, r.column, r.cells.length, r.cells[0].length])).toEqual([[4, 3, 2, 2], [4, 9, 2, 1], [6, 3, 1, 1]]);
  });

  it('writes conditional-format formulas the en-US way', () => {
    expect(numberFormula(-1.5)).toBe('=-1.5');
    expect(textFormula('Zeg "ja"')).toBe('="Zeg ""ja"""');
  });

  it('recognises names the add-in may have given its sheets', () => {
    const owned = ownedNamePattern(['Toets', 'Samenwerking met andere partijen']);
    expect(['Toets', 'TOETS', 'Toets (2)', 'Samenwerking met andere pa (3)'].map(owned)).toEqual([true, true, true, true]);
    expect(['Toetsen', 'Toets (bewerkt)', 'Kosten', ' (2)'].map(owned)).toEqual([false, false, false, false]);
  });

  it('keeps an ExcelAdapterError and wraps anything else with a Dutch message', () => {
    const own = new ExcelAdapterError('x', 'Y');
    expect(toExcelAdapterError(own, 'iets')).toBe(own);
    const wrapped = toExcelAdapterError(new Error('boem'), 'het schrijven');
    expect(wrapped).toMatchObject({ name: 'ExcelAdapterError', code: 'Unknown' });
    expect(wrapped.message).toMatch(/^Excel gaf een fout bij het schrijven: boem\./);
  });
});
