import ExcelJS from 'exceljs';
import { META_SHEET } from '../../src/core/ownership';
import { formatDateValue, readGrids, toCellValue } from '../../src/xlsx';
import { addLongFte, addWideKosten, roundTrip } from './fixtures';

describe('toCellValue', () => {
  it('maps every exceljs value kind to a core cell value', () => {
    expect(toCellValue(12.5)).toBe(12.5);
    expect(toCellValue('1.234,56')).toBe('1.234,56');
    expect(toCellValue(false)).toBe(false);
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(toCellValue({ formula: 'A1*2', result: 4 })).toBe(4);
    expect(toCellValue({ formula: 'A1*2' })).toBeNull();
    expect(toCellValue({ sharedFormula: 'B2', result: 'x' })).toBe('x');
    expect(toCellValue({ formula: 'NA()', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(toCellValue({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(toCellValue({ text: 'site', hyperlink: 'https://x' })).toBe('site');
    expect(toCellValue({ text: { richText: [{ text: 'r' }, { text: 't' }] }, hyperlink: 'https://x' })).toBe('rt');
    expect(toCellValue(new Date(Date.UTC(2020, 0, 31)))).toBe('2020-01-31');
  });

  it('keeps the time of a date only when there is one', () => {
    expect(formatDateValue(new Date(Date.UTC(2021, 5, 1, 13, 45, 7)))).toBe('2021-06-01T13:45:07');
  });
});

describe('readGrids', () => {
  it('reads a messy wide sheet from A1 with real addresses, cached formula results and error text', async () => {
    const wb = new ExcelJS.Workbook();
    addWideKosten(wb);
    const [grid] = readGrids(await roundTrip(wb));
    expect(grid.name).toBe('Kosten');
    expect(grid.origin).toBe('A1');
    expect(grid.values).toEqual([
      ['Gemeente Test — lasten per taakveld', null, null, null, null, null],
      ['bedragen x € 1.000', null, null, null, null, null],
      [null, null, null, null, null, null],
      ['Taakveld', 'Kostensoort', 2018, 'R2019', 'Begroting 2020', 'Jaarrekening 2020'],
      ['Communicatie', 'Personeel', 231.4, '236,9', 240, 254.54],
      [null, 'Materieel', 48.2, '(1.200)', '-', '#N/A'],
      ['Subtotaal Communicatie', null, 279.6, null, null, null],
      [null, null, null, null, null, null],
      ['Informatisering', 'Personeel', 702.4, '€ 250.000,-', 'n.v.t.', '#DIV/0!'],
      // A merged taakveld reads blank below its first cell, as in Excel.
      [null, 'Inhuur', 88.7, 1, 2, 3],
    ]);
  });

  it('reads tables, rich text, hyperlinks, dates and booleans in a long sheet', async () => {
    const wb = new ExcelJS.Workbook();
    addLongFte(wb);
    const [grid] = readGrids(await roundTrip(wb));
    expect(grid.values).toEqual([
      ['Taakveld', 'Jaar', 'Soort', 'Formatie (fte)'],
      ['Communicatie', 2018, 'Realisatie', 3],
      ['Informatisering', 2018, 'Realisatie', 9.6],
      ['Communicatie', '2019-12-31', 'Begroting', true],
    ]);
  });

  it('returns every sheet, hidden ones too, but not the meta sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Zichtbaar').getCell('B2').value = 1;
    wb.addWorksheet('Verborgen', { state: 'hidden' }).getCell('A1').value = 'x';
    wb.addWorksheet(META_SHEET, { state: 'veryHidden' }).getCell('A1').value = 'type';
    wb.addWorksheet('Leeg');
    const grids = readGrids(await roundTrip(wb));
    expect(grids).toEqual([
      { name: 'Zichtbaar', origin: 'A1', values: [[null, null], [null, 1]] },
      { name: 'Verborgen', origin: 'A1', values: [['x']] },
      { name: 'Leeg', origin: 'A1', values: [] },
    ]);
  });

  it('does not grow the grid for cells that only carry formatting', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Opmaak');
    ws.getCell('A1').value = 'a';
    ws.getCell('D9').numFmt = '0.00';
    ws.getCell('E10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    expect(readGrids(await roundTrip(wb))[0].values).toEqual([['a']]);
  });
});
