import { buildToetsSheet } from '../../../src/core/sheets';
import { buildFixtureRun } from './fixtures';

describe('buildToetsSheet', () => {
  const spec = buildToetsSheet(buildFixtureRun());
  const block = spec.blocks[0];
  const col = (kop: string) => block.header.indexOf(kop);

  it('has the table tblToets with short criterion labels', () => {
    expect(block.tableName).toBe('tblToets');
    expect(block.header).toEqual([
      'Taakveld', 'Code', 'Domein', 'Samenwerkingsvorm', 'K1 Kwaliteit', 'K2 Efficiency', 'K3 Kennis', 'K4 Ontwikkeling',
      'K5 Kwetsbaarheid', 'K6 Grensoverschrijdend', 'Totaal', 'Oordeel', 'Dekking', 'Robuustheid',
    ]);
  });

  it('writes one row per taakveld with scores, n.v.t. and geen gegevens', () => {
    expect(block.rows[0]).toEqual(['Communicatie', '0.4', 'Bedrijfsvoering', 'Vervlochten', 2, 0.75, 2, -1, 1, 'n.v.t.', 0.95, 'Positief', 1, 0.912]);
    const ro = block.rows[1];
    expect(ro[col('K6 Grensoverschrijdend')]).toBe(1);
    expect(ro[col('K1 Kwaliteit')]).toBe('geen gegevens');
    expect(ro[col('Dekking')]).toBeCloseTo(1 / 3, 12);
    expect(ro[col('Oordeel')]).toBe('Onvoldoende gegevens');
    expect(block.rows[2].slice(0, 4)).toEqual(['Informatisering', null, 'Bedrijfsvoering', null]);
    expect(block.rows[2][col('Totaal')]).toBe('geen gegevens');
  });

  it('formats codes as text, scores signed and shares as percentages', () => {
    expect(block.columnFormats).toEqual([
      null, '@', null, null, ...new Array(7).fill('+0.0;-0.0;0.0'), null, '0%', '0%',
    ]);
  });

  it('has the colour scale, verdict fills, data bar and traffic lights of the design', () => {
    expect(block.conditionalFormats).toEqual([
      {
        columns: [4, 5, 6, 7, 8, 9, 10],
        rule: {
          type: 'colorScale',
          min: { type: 'number', value: -2, color: 'F8696B' },
          mid: { type: 'number', value: 0, color: 'FFEB84' },
          max: { type: 'number', value: 2, color: '63BE7B' },
        },
      },
      { columns: [11], rule: { type: 'text', operator: 'equals', text: 'Positief', fill: 'C6EFCE', font: '006100' } },
      { columns: [11], rule: { type: 'text', operator: 'equals', text: 'Neutraal', fill: 'FFEB9C', font: '9C5700' } },
      { columns: [11], rule: { type: 'text', operator: 'equals', text: 'Negatief', fill: 'FFC7CE', font: '9C0006' } },
      { columns: [11], rule: { type: 'text', operator: 'equals', text: 'Onvoldoende gegevens', fill: 'EDEDED', font: '595959' } },
      { columns: [12], rule: { type: 'dataBar', color: '5B9BD5', min: 0, max: 1 } },
      { columns: [13], rule: { type: 'iconSet', iconSet: '3TrafficLights1', thresholds: [0.6, 0.8] } },
    ]);
  });

  it('names the criteria in full in a note below the table', () => {
    const note = spec.lines.find((l) => l.style === 'note' && l.text.startsWith('Criteria:'));
    expect(note?.row).toBe(block.top + block.rows.length + 2);
    expect(note?.text).toContain('K2 = Efficiency, flexibiliteit en kosten');
    expect(note?.text).toContain('K6 = Gemeentegrensoverschrijdende opgaven (alleen beleid)');
  });

  it('sizes the columns from their content', () => {
    expect(spec.columnWidths).toHaveLength(14);
    expect(spec.columnWidths[0]).toBe('Personeel & Organisatie'.length + 2);
    expect(spec.columnWidths[3]).toBe('Gemeenschappelijke regeling'.length + 2);
  });
});
