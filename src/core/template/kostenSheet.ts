/**
 * The Kosten input sheet in the wide layout of a real finance sheet: title rows, a
 * Kostensoort column, year columns with Begroting/Jaarrekening in the header, the taakveld
 * only in the first row of its group, a subtotal after each group and a blank row between.
 */
import type { CellValue, KostenMaat } from '../types';
import { KOSTEN_DELEN } from '../types';
import type { TextLine } from '../sheetSpec';
import { FICTIEF, createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';
import { VOORBEELD_KOSTEN } from './voorbeeldKosten';

export const KOSTEN_JAARKOLOMMEN = [
  '2018', '2019', 'Begroting 2020', 'Jaarrekening 2020', 'R2021', 'R2022', 'R2023', 'Begroting 2024',
];
const LEGE_JAARKOLOMMEN = [
  '2018', '2019', 'Begroting 2020', 'Jaarrekening 2020', 'Begroting 2021', 'Jaarrekening 2021',
];
const BEDRAG = '#,##0.0';
const WIDTHS = [34, 14, 10, 10, 15, 18, 10, 10, 10, 16];

/** Sum of amounts with one decimal, computed in tenths so 0.1 + 0.2 stays 0.3. */
function sumTenths(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 10), 0) / 10;
}

/** Rows of one taakveld group: the four kostensoorten, then "Subtotaal <taakveld>". */
function groupRows(taakveld: string, bedragen: Record<KostenMaat, readonly number[]>): CellValue[][] {
  const rows: CellValue[][] = KOSTEN_DELEN.map((soort, i) => [i === 0 ? taakveld : null, soort, ...bedragen[soort]]);
  const subtotalen = KOSTEN_JAARKOLOMMEN.map((_, j) => sumTenths(KOSTEN_DELEN.map((soort) => bedragen[soort][j])));
  rows.push([`Subtotaal ${taakveld}`, null, ...subtotalen]);
  return rows;
}

/** Builds the Kosten sheet, with the example figures (x € 1.000) or empty. */
export function buildKostenSheet(voorbeeld: boolean): TemplateSheet {
  if (!voorbeeld) {
    const header = ['Taakveld', 'Kostensoort', ...LEGE_JAARKOLOMMEN];
    const lines: TextLine[] = [
      { row: 0, column: 0, text: 'Lasten per taakveld', style: 'title' },
      noteLine(1,
        'Vul per taakveld de lasten in euro\'s in, één regel per kostensoort (Personeel, Materieel, ' +
        'Afschrijving, Inhuur). Voeg per jaar een kolom toe, bijvoorbeeld "Begroting 2022" en "Jaarrekening 2022".'),
    ];
    const block = createInputBlock('Invoer_Kosten', 3, header, [], header.map((_, i) => (i < 2 ? null : BEDRAG)));
    return createTemplateSheet('Kosten', 'kosten', lines, block, WIDTHS.slice(0, header.length), 2);
  }
  const header = ['Taakveld', 'Kostensoort', ...KOSTEN_JAARKOLOMMEN];
  const rows: CellValue[][] = [];
  VOORBEELD_KOSTEN.forEach((groep, i) => {
    if (i > 0) rows.push(header.map(() => null));
    rows.push(...groupRows(groep.taakveld, groep.bedragen));
  });
  const lines: TextLine[] = [
    { row: 0, column: 0, text: 'Gemeente Voorbeeld — lasten per taakveld', style: 'title' },
    { row: 1, column: 0, text: 'bedragen x € 1.000', style: 'subtitle' },
    noteLine(2, FICTIEF),
  ];
  const block = createInputBlock('Invoer_Kosten', 4, header, rows, header.map((_, i) => (i < 2 ? null : BEDRAG)));
  return createTemplateSheet('Kosten', 'kosten', lines, block, WIDTHS, 2);
}
