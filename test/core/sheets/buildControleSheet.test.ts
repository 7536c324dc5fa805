import { buildControleSheet, buildParagraaf, buildParagraafSheet, sortIssues } from '../../../src/core/sheets';
import type { Issue } from '../../../src/core/types';
import { buildFixtureRun } from './fixtures';

describe('buildControleSheet', () => {
  it('lists errors, then warnings, then info, each by sheet and cell (row before column, C9 before C12)', () => {
    const block = buildControleSheet(buildFixtureRun()).blocks[0];
    expect(block.tableName).toBe('tblControle');
    expect(block.header).toEqual(['Ernst', 'Blad', 'Cel', 'Code', 'Melding']);
    expect(block.rows.map((r) => r.slice(0, 4))).toEqual([
      ['Fout', 'FTE', 'B4', 'NEGATIEVE_FTE'],
      ['Fout', 'Kosten', 'C9', 'TEKST_IN_GETAL'],
      ['Fout', 'Kosten', 'C12', 'DUBBELE_RIJ'],
      ['Waarschuwing', null, null, 'GEEN_INDICATOREN'],
      ['Waarschuwing', 'Kosten', 'F10', 'NUL_LIJN_ANDERE_SOORT'],
      ['Info', 'Indicatoren', 'A2', 'INDICATOR_ALLE'],
    ]);
    expect(block.rows[0][4]).toBe('Negatieve formatie; vul een positief aantal in.');
  });

  it('orders B2 before AA1 and cells within a row by column', () => {
    const issue = (cell: string): Issue => ({ severity: 'error', sheet: 'Kosten', cell, code: 'X', message: 'x' });
    expect(sortIssues([issue('AA1'), issue('B2'), issue('A2'), issue('A1')]).map((i) => i.cell)).toEqual(['A1', 'AA1', 'A2', 'B2']);
  });

  it('writes one GEEN_MELDINGEN info row when there are no issues', () => {
    const block = buildControleSheet(buildFixtureRun((r) => ({ ...r, issues: [] }))).blocks[0];
    expect(block.rows).toEqual([['Info', null, null, 'GEEN_MELDINGEN', 'Geen meldingen: alle invoer is gelezen.']]);
  });

  it('fills the Ernst column by severity and wraps the Melding column', () => {
    const spec = buildControleSheet(buildFixtureRun());
    const block = spec.blocks[0];
    expect(block.conditionalFormats.map((c) => [c.columns, c.rule.type === 'text' ? [c.rule.text, c.rule.fill] : null])).toEqual([
      [[0], ['Fout', 'FFC7CE']], [[0], ['Waarschuwing', 'FFEB9C']], [[0], ['Info', 'DDEBF7']],
    ]);
    expect(block.wrapColumns).toEqual([4]);
    expect(spec.columnWidths[4]).toBe(90);
  });
});

describe('buildParagraafSheet', () => {
  const run = buildFixtureRun();
  const spec = buildParagraafSheet(run);
  const block = spec.blocks[0];

  it('holds the paragraph per taakveld with its verdict', () => {
    expect(block.tableName).toBe('tblParagraaf');
    expect(block.header).toEqual(['Taakveld', 'Oordeel', 'Concepttekst']);
    expect(block.rows.map((r) => r.slice(0, 2))).toEqual([
      ['Communicatie', 'Positief'], ['Ruimtelijke ordening', 'Onvoldoende gegevens'], ['Informatisering', 'Onvoldoende gegevens'], ['Personeel & Organisatie', 'Neutraal'],
    ]);
    expect(block.rows[2][2]).toBe(buildParagraaf(run.analyse.taakvelden[2], run.analyse));
  });

  it('wraps the text at about 110 characters and warns to check the figures', () => {
    expect(block.wrapColumns).toEqual([2]);
    expect(spec.columnWidths[2]).toBe(110);
    expect(spec.lines.find((l) => l.style === 'note')?.text).toBe(
      'Concepttekst voor de paragraaf ‘Samenwerking met andere partijen’. Controleer de cijfers voordat u de tekst overneemt.',
    );
  });

  it('fills the Oordeel column as on the Toets sheet', () => {
    expect(block.conditionalFormats.map((c) => (c.rule.type === 'text' ? [c.columns, c.rule.text, c.rule.fill, c.rule.font] : null))).toEqual([
      [[1], 'Positief', 'C6EFCE', '006100'],
      [[1], 'Neutraal', 'FFEB9C', '9C5700'],
      [[1], 'Negatief', 'FFC7CE', '9C0006'],
      [[1], 'Onvoldoende gegevens', 'EDEDED', '595959'],
    ]);
  });
});
