import type { BlockSpec } from '../../../src/core/sheetSpec';
import { buildNulLijnSheet } from '../../../src/core/sheets';
import { buildFixtureRun } from './fixtures';

const EURO = '[$€-413] #,##0;[$€-413] -#,##0';
const VERSCHIL_PCT = '+0.0%;-0.0%;0.0%';

describe('buildNulLijnSheet', () => {
  const spec = buildNulLijnSheet(buildFixtureRun());
  const block = (naam: string) => spec.blocks.find((b) => b.tableName === naam) as BlockSpec;
  const rij = (b: BlockSpec, taakveld: string, maat: string) => b.rows.find((r) => r[0] === taakveld && r[1] === maat) ?? [];
  const kosten = block('tblNulLijnKosten');
  const formatie = block('tblNulLijnFormatie');
  const inhuur = block('tblNulLijnInhuur');

  it('stacks one block per unit with a blank row and a note above each', () => {
    expect(spec.blocks.map((b) => [b.tableName, b.top, b.rows.length])).toEqual([
      ['tblNulLijnKosten', 3, 24], ['tblNulLijnFormatie', 30, 4], ['tblNulLijnInhuur', 37, 4], ['tblNulLijnGrafiek', 44, 4],
    ]);
    for (const b of spec.blocks) {
      expect(spec.lines.find((l) => l.row === b.top - 1)?.style).toBe('note');
      if (b.top > 3) expect(spec.lines.some((l) => l.row === b.top - 2)).toBe(false);
    }
  });

  it('has a column per year, Peiljaar, Δ% and a unit-specific column before Opmerking', () => {
    const jaren = ['2018', '2019', '2020', '2021', '2022', '2023'];
    expect(kosten.header).toEqual(['Taakveld', 'Maat', 'Nul-lijn', ...jaren, 'Peiljaar', 'Δ% t.o.v. nul-lijn', 'Δ% gecorrigeerd', 'Opmerking']);
    expect(formatie.header[11]).toBe('Verschil (fte)');
    expect(inhuur.header[11]).toBe('Verschil (%-punt)');
  });

  it('writes euros as numbers and Δ% as fractions, with the corrected Δ% for Totale kosten', () => {
    const r = rij(kosten, 'Communicatie', 'Totale kosten');
    expect(r.slice(0, 10)).toEqual(['Communicatie', 'Totale kosten', 1190000, 1170000, 1190000, 1210000, 1180000, 1175000, 1180000, 1180000]);
    expect(r[10]).toBeCloseTo(-10000 / 1190000, 12);
    expect(r[11]).toBeCloseTo(1180000 / (1190000 * 1.05) - 1, 12);
    expect(r[12]).toBe('taakuitbreiding 5,0%');
    expect(rij(kosten, 'Communicatie', 'Personeel')[11]).toBe('n.v.t.');
    expect(rij(kosten, 'Personeel & Organisatie', 'Totale kosten')[11]).toBe('n.v.t.');
    expect(kosten.columnFormats).toEqual([null, null, ...new Array(8).fill(EURO), VERSCHIL_PCT, VERSCHIL_PCT, null]);
  });

  it('explains begroot years, soort fallbacks, missing nul-lijn years and a nul-lijn of 0', () => {
    expect(rij(kosten, 'Ruimtelijke ordening', 'Totale kosten')[12]).toBe('2023 begroot');
    expect(rij(kosten, 'Ruimtelijke ordening', 'Afschrijving').slice(10)).toEqual(['geen gegevens', 'n.v.t.', 'nul-lijn is 0, dus geen Δ%; 2023 begroot']);
    expect(rij(kosten, 'Personeel & Organisatie', 'Totale kosten')[12]).toBe('2020: realisatie i.p.v. begroting; nul-lijn zonder 2018');
    expect(rij(kosten, 'Personeel & Organisatie', 'Personeel')[3]).toBe('geen gegevens');
    expect(rij(kosten, 'Informatisering', 'Totale kosten').slice(2, 11)).toEqual(new Array(9).fill('geen gegevens'));
  });

  it('writes formatie in fte with the difference in fte', () => {
    const r = rij(formatie, 'Communicatie', 'FTE');
    expect(r.slice(2, 10)).toEqual([13.1, 13, 13.2, 13.1, 12.8, 12.6, 12.4, 12.4]);
    expect(r[11]).toBeCloseTo(-0.7, 12);
    expect(formatie.columnFormats.slice(2, 12)).toEqual([...new Array(8).fill('#,##0.00'), VERSCHIL_PCT, '+#,##0.00;-#,##0.00;0.00']);
  });

  it('writes externe inhuur as fractions with the difference in percentage points', () => {
    const r = rij(inhuur, 'Communicatie', 'Externe inhuur');
    expect(r[2]).toBeCloseTo(100000 / 1020000, 12);
    expect(r[9]).toBeCloseTo(85000 / 1020000, 12);
    expect(r[11]).toBeCloseTo((85000 / 1020000 - 100000 / 1020000) * 100, 12);
    expect(inhuur.columnFormats.slice(2, 12)).toEqual([...new Array(8).fill('0.0%'), VERSCHIL_PCT, '+0.0;-0.0;0.0']);
  });

  it('colours Δ% green below and red above, on fractions (±5 %)', () => {
    const schaal = {
      type: 'colorScale',
      min: { type: 'number', value: -0.05, color: '63BE7B' },
      mid: { type: 'number', value: 0, color: 'FFFFFF' },
      max: { type: 'number', value: 0.05, color: 'F8696B' },
    };
    expect(kosten.conditionalFormats).toEqual([{ columns: [10, 11], rule: schaal }]);
    expect(formatie.conditionalFormats).toEqual([{ columns: [10], rule: schaal }]);
    expect(inhuur.conditionalFormats).toEqual([{ columns: [10], rule: schaal }]);
  });

  it('feeds a clustered column chart of Totale kosten from a small block, anchored right of the tables', () => {
    expect(block('tblNulLijnGrafiek').rows).toEqual([
      ['Communicatie', 1190000, 1180000],
      ['Ruimtelijke ordening', 490000, 570000],
      ['Informatisering', 'geen gegevens', 'geen gegevens'],
      ['Personeel & Organisatie', 410000, 485000],
    ]);
    expect(spec.charts).toEqual([{
      type: 'columnClustered',
      title: 'Totale kosten: nul-lijn en peiljaar',
      tableName: 'tblNulLijnGrafiek',
      categoryColumn: 0,
      seriesColumns: [1, 2],
      anchor: { row: 3, column: 14 },
    }]);
  });

  it('wraps the Opmerking column at a fixed width', () => {
    expect(kosten.wrapColumns).toEqual([12]);
    expect(spec.columnWidths[12]).toBe(36);
  });
});
