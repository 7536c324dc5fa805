/** Workbooks and specs for the .xlsx adapter tests, built with exceljs in memory. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { loadWorkbook, saveWorkbook } from '../../src/xlsx';

/** Writes a workbook to bytes and reads it back, as a file on disk would be. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await saveWorkbook(workbook));
}

/** The raw XML of one worksheet part, by sheet name. */
export async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName.replace(/[()]/g, '\\$&')}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml);
  if (!sheet) throw new Error(`geen blad ${sheetName} in workbook.xml`);
  const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  const path = target![1].replace(/^\/?(xl\/)?/, 'xl/');
  return zip.file(path)!.async('string');
}

/** A "wide" finance sheet as users keep it: title rows, merged taakveld cells, subtotals, Dutch number text, an error value. */
export function addWideKosten(workbook: ExcelJS.Workbook, name = 'Kosten'): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.getCell('A1').value = 'Gemeente Test — lasten per taakveld';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'bedragen x € 1.000';
  ws.getRow(4).values = ['Taakveld', 'Kostensoort', 2018, 'R2019', 'Begroting 2020', 'Jaarrekening 2020'];
  ws.getRow(5).values = ['Communicatie', 'Personeel', 231.4, '236,9', 240, { formula: 'C5*1.1', result: 254.54 }];
  ws.getRow(6).values = [null, 'Materieel', 48.2, '(1.200)', '-', { error: '#N/A' }];
  ws.getRow(7).values = ['Subtotaal Communicatie', null, { formula: 'SUM(C5:C6)', result: 279.6 }, null, null, null];
  ws.getRow(9).values = ['Informatisering', 'Personeel', 702.4, '€ 250.000,-', 'n.v.t.', { formula: 'NA()', result: { error: '#DIV/0!' } }];
  ws.getRow(10).values = [null, 'Inhuur', 88.7, 1, 2, 3];
  ws.mergeCells('A9:A10');
  return ws;
}

/** A long FTE sheet with a table, a hidden column of rich text and a hyperlink. */
export function addLongFte(workbook: ExcelJS.Workbook, name = 'FTE'): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name);
  ws.addTable({
    name: 'FteTabel', ref: 'A1', headerRow: true, style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: [{ name: 'Taakveld' }, { name: 'Jaar' }, { name: 'Soort' }, { name: 'Formatie (fte)' }],
    rows: [
      [{ richText: [{ text: 'Commu' }, { text: 'nicatie', font: { bold: true } }] }, 2018, 'Realisatie', 3],
      [{ text: 'Informatisering', hyperlink: 'https://example.org' }, 2018, 'Realisatie', 9.6],
      ['Communicatie', new Date(Date.UTC(2019, 11, 31)), 'Begroting', true],
    ],
  });
  return ws;
}

/** A result-sheet spec that uses every conditional-format variant, and formula-like text. */
export function makeSpec(name = 'Toets', key: SheetSpec['key'] = 'toets', tableName = 'Toets_Tabel'): SheetSpec {
  return {
    key,
    name,
    tabColor: '1F4E79',
    lines: [
      { row: 0, column: 0, text: `${name} — samenwerkingstoets`, style: 'title' },
      { row: 1, column: 0, text: 'Nul-lijn 2018–2020 · peiljaar 2024', style: 'subtitle' },
      { row: 2, column: 0, text: '=SOM(A1) is hier gewoon tekst', style: 'note' },
    ],
    blocks: [{
      tableName,
      top: 3,
      left: 0,
      header: ['Taakveld', 'K1', 'K2', 'Totaal', 'Oordeel', 'Dekking', 'Toelichting'],
      rows: [
        ['Communicatie', 1, 2, 1.5, 'Positief', 1, '=1+1'],
        ['Informatisering', -1, 0, -0.5, 'Negatief', 0.8, '+5% duurder'],
        ['Burgerzaken', null, -2, null, 'Onvoldoende gegevens', 0.4, '-3 fte; @team'],
      ],
      columnFormats: [null, '+0.0;-0.0;0', '+0.0;-0.0;0', '+0.00;-0.00;0', null, '0%', null],
      wrapColumns: [6],
      conditionalFormats: [
        { columns: [1, 2], rule: { type: 'iconSet', iconSet: '5Arrows', thresholds: [-1.5, -0.5, 0.5, 1.5] } },
        { columns: [3], rule: { type: 'colorScale', min: { type: 'number', value: -2, color: 'F8696B' }, mid: { type: 'number', value: 0, color: 'FFEB84' }, max: { type: 'number', value: 2, color: '63BE7B' } } },
        { columns: [4], rule: { type: 'text', operator: 'equals', text: 'Positief', fill: 'C6EFCE', font: '006100' } },
        { columns: [4], rule: { type: 'text', operator: 'contains', text: 'Onvoldoende "gegevens"', fill: 'D9D9D9' } },
        { columns: [4], rule: { type: 'text', operator: 'beginsWith', text: 'Neg', fill: 'FFC7CE' } },
        { columns: [5], rule: { type: 'dataBar', color: '638EC6', min: 0, max: 1 } },
        { columns: [3], rule: { type: 'cellValue', operator: 'lessThanOrEqual', value: -0.5, fill: 'FFC7CE', font: '9C0006' } },
        { columns: [3], rule: { type: 'cellValue', operator: 'between', value: -0.5, value2: 0.5, fill: 'FFEB9C' } },
        { columns: [1], rule: { type: 'colorScale', min: { type: 'lowest', color: 'F8696B' }, max: { type: 'percentile', value: 90, color: '63BE7B' } } },
      ],
    }],
    columnWidths: [24, 8, 8, 10, 22, 10, 40],
    freeze: { rows: 4, columns: 1 },
    charts: [{ type: 'columnClustered', title: 'Totaal', tableName, categoryColumn: 0, seriesColumns: [3], anchor: { row: 10, column: 0 } }],
  };
}
