import ExcelJS from 'exceljs';
import { specToGrid } from '../../src/core/ownership';
import { buildTemplate } from '../../src/core/template';
import { readGrids, readSheetValues, renderInputSheets } from '../../src/xlsx';
import { roundTrip } from './fixtures';

const tableNames = (ws: ExcelJS.Worksheet): string[] => Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables);

describe('renderInputSheets', () => {
  it('writes the example template so that reading it back gives exactly its values', async () => {
    const template = buildTemplate({ voorbeeld: true });
    const wb = new ExcelJS.Workbook();
    const report = renderInputSheets(wb, template);
    expect(report.written).toEqual(['Toelichting', 'Kosten', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen']);
    expect(report.cellsWritten).toBeGreaterThan(500);
    const back = await roundTrip(wb);
    expect(readGrids(back)).toEqual(template.map((s) => ({ name: s.name, origin: 'A1', values: specToGrid(s) })));
    const kosten = back.getWorksheet('Kosten')!;
    expect(kosten.getCell('C6').numFmt).toBe('#,##0.0');
    expect(kosten.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(tableNames(kosten)).toEqual(['Invoer_Kosten']);
    expect(back.getWorksheet('Taakvelden')!.getCell('B12').value).toBe('0.2');
  });

  it('never overwrites an existing sheet and avoids table names in use', async () => {
    const wb = new ExcelJS.Workbook();
    const eigen = wb.addWorksheet('kosten');
    eigen.getCell('A1').value = 'Mijn kosten';
    wb.addWorksheet('Overig').addTable({ name: 'Invoer_FTE', ref: 'A1', columns: [{ name: 'a' }], rows: [[1]] });
    const report = renderInputSheets(wb, buildTemplate({ voorbeeld: false }));
    expect(report.written).toEqual(['Toelichting', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen']);
    const back = await roundTrip(wb);
    expect(readSheetValues(back.getWorksheet('kosten')!)).toEqual([['Mijn kosten']]);
    expect(tableNames(back.getWorksheet('FTE')!)).toEqual(['Invoer_FTE_2']);
    expect(back.worksheets.map((w) => w.name)).toEqual(['kosten', 'Overig', 'Toelichting', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen']);
  });
});
