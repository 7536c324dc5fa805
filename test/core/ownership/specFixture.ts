/** Small SheetSpecs for the ownership tests. */
import type { OwnedSheetKey, SheetSpec } from '../../../src/core/sheetSpec';
import type { CellValue } from '../../../src/core/types';

export function makeSpec(key: OwnedSheetKey, name: string, rows: CellValue[][], tableName = `${name.replace(/\W/g, '')}Tabel`): SheetSpec {
  return {
    key,
    name,
    tabColor: '1F4E79',
    lines: [
      { row: 0, column: 0, text: `${name} — samenwerkingstoets`, style: 'title' },
      { row: 1, column: 0, text: 'Peiljaar 2021', style: 'subtitle' },
    ],
    blocks: [
      {
        tableName,
        top: 3,
        left: 0,
        header: ['Taakveld', 'Totaal', 'Oordeel'],
        rows,
        columnFormats: [null, '+0.0;-0.0;0', null],
        conditionalFormats: [{ columns: [1], rule: { type: 'dataBar', color: '638EC6' } }],
      },
    ],
    columnWidths: [30, 12, 20],
    freeze: { rows: 4, columns: 1 },
    charts: [],
  };
}

export const TOETS_ROWS: CellValue[][] = [
  ['0.4 Overhead', 0.5, 'Positief'],
  ['7.2 Riolering', -1.25, 'Negatief'],
  ['8.3 Wonen en bouwen', null, 'Onvoldoende gegevens'],
];
