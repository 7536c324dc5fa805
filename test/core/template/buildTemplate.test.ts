import { buildTemplate, FICTIEF, HERKOMST_VOORBEELD, KOSTEN_JAARKOLOMMEN } from '../../../src/core/template';
import type { TemplateSheet } from '../../../src/core/template';
import { isValidTableName, specToGrid } from '../../../src/core/ownership';
import type { CellValue } from '../../../src/core/types';

function sheet(sheets: TemplateSheet[], name: string): TemplateSheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`geen blad ${name}`);
  return found;
}

function gridOf(s: TemplateSheet): CellValue[][] {
  return specToGrid(s);
}

describe('buildTemplate', () => {
  const leeg = buildTemplate({ voorbeeld: false });
  const voorbeeld = buildTemplate({ voorbeeld: true });

  it('has the seven sheets with their roles, in the order a user fills them', () => {
    for (const sheets of [leeg, voorbeeld]) {
      expect(sheets.map((s) => [s.name, s.role])).toEqual([
        ['Toelichting', 'toelichting'], ['Kosten', 'kosten'], ['FTE', 'fte'], ['Taakvelden', 'taakvelden'],
        ['Indicatoren', 'indicatoren'], ['Benchmark', 'benchmark'], ['Instellingen', 'instellingen'],
      ]);
    }
  });

  it('gives every table a valid, workbook-unique name and lays every sheet out without overlaps', () => {
    for (const sheets of [leeg, voorbeeld]) {
      const names = sheets.flatMap((s) => s.blocks.map((b) => b.tableName));
      expect(names.every(isValidTableName)).toBe(true);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      for (const s of sheets) {
        expect(() => gridOf(s)).not.toThrow();
        expect(s.freeze.rows).toBe(s.blocks[0].top + 1);
        expect(s.columnWidths.length).toBeGreaterThanOrEqual(s.blocks[0].header.length);
        expect(s.blocks[0].columnFormats).toHaveLength(s.blocks[0].header.length);
      }
    }
  });

  it('without voorbeeld holds headers and one explanatory line per sheet, no figures', () => {
    for (const s of leeg) {
      if (s.role !== 'toelichting') expect(s.blocks[0].rows).toEqual([]);
      expect(s.lines.filter((l) => l.style === 'note')).toHaveLength(1);
      expect(gridOf(s).flat().filter((v) => typeof v === 'number')).toEqual([]);
    }
    expect(sheet(leeg, 'Kosten').lines.map((l) => l.text).join(' ')).not.toContain('x € 1.000');
  });

  it('says on every sheet with made-up figures, above the table, that they are fictitious', () => {
    for (const name of ['Kosten', 'FTE', 'Indicatoren']) {
      const s = sheet(voorbeeld, name);
      const note = s.lines.find((l) => l.style === 'note' && l.text.startsWith(FICTIEF));
      expect(note).toBeDefined();
      expect(note!.row).toBeLessThan(s.blocks[0].top);
    }
    const toelichting = sheet(voorbeeld, 'Toelichting');
    expect(toelichting.lines.map((l) => l.text)).toContain(HERKOMST_VOORBEELD);
    expect(HERKOMST_VOORBEELD).toBe('De cijfers in dit voorbeeld zijn fictief, behalve de benchmarkcijfers op het blad ' +
      'Benchmark: die komen uit het rekenkamerrapport (Berenschot 2012 en 2017, bijlage D).');
    expect(sheet(voorbeeld, 'Benchmark').lines.some((l) => l.text.includes('niet fictief'))).toBe(true);
  });
});

describe('the example Kosten sheet (wide, as a finance sheet looks)', () => {
  const kosten = buildTemplate({ voorbeeld: true })[1];
  const block = kosten.blocks[0];

  it('has two title rows with the unit, and the year columns of design section 10', () => {
    expect(kosten.lines.slice(0, 2).map((l) => [l.row, l.text])).toEqual([
      [0, 'Gemeente Voorbeeld — lasten per taakveld'], [1, 'bedragen x € 1.000'],
    ]);
    expect(block.header).toEqual(['Taakveld', 'Kostensoort', '2018', '2019', 'Begroting 2020', 'Jaarrekening 2020',
      'R2021', 'R2022', 'R2023', 'Begroting 2024']);
    expect(KOSTEN_JAARKOLOMMEN).toEqual(block.header.slice(2));
  });

  it('groups rows: taakveld once, four kostensoorten, an exact subtotal, a blank row between groups', () => {
    expect(block.rows.slice(0, 6)).toEqual([
      ['Communicatie', 'Personeel', 231.4, 236.9, 240, 229.8, 224.6, 221.3, 225.7, 228.4],
      [null, 'Materieel', 48.2, 51.7, 50, 44.1, 39.8, 41.2, 40.5, 41],
      [null, 'Afschrijving', 3.1, 3.1, 3, 3, 2.4, 2.4, 1.8, 1.8],
      [null, 'Inhuur', 27.5, 31.2, 15, 22.6, 12.3, 9.8, 11.4, 8],
      ['Subtotaal Communicatie', null, 310.2, 322.9, 308, 299.5, 279.1, 274.7, 279.4, 279.2],
      [null, null, null, null, null, null, null, null, null, null],
    ]);
    const groepen = block.rows.filter((r) => typeof r[0] === 'string' && !String(r[0]).startsWith('Subtotaal')).map((r) => r[0]);
    expect(groepen).toEqual(['Communicatie', 'Personeel & Organisatie', 'Facilitaire Zaken', 'Financiële Administratie',
      'Informatisering', 'Handhaving openbare ruimte', 'Juridische Zaken', 'Burgerzaken', 'Ruimtelijke ordening', 'Inkoop']);
    expect(block.rows).toHaveLength(10 * 6 - 1);
    const informatisering = block.rows.find((r) => r[0] === 'Subtotaal Informatisering');
    expect(informatisering?.slice(2)).toEqual([1893.4, 1971.8, 1950, 2051.1, 2098.4, 2147.2, 2175.3, 2150]);
  });
});

describe('the example side tables', () => {
  const sheets = buildTemplate({ voorbeeld: true });

  it('FTE is long, with bezetting only for realisaties, and leaves Burgerzaken out', () => {
    const block = sheet(sheets, 'FTE').blocks[0];
    expect(block.header).toEqual(['Taakveld', 'Jaar', 'Soort', 'Formatie (fte)', 'Bezetting (fte)']);
    expect(block.rows.slice(0, 3)).toEqual([
      ['Communicatie', 2018, 'Realisatie', 3, 2.8], ['Communicatie', 2019, 'Realisatie', 3.1, 2.9],
      ['Communicatie', 2020, 'Begroting', 3, null],
    ]);
    expect(block.rows).toHaveLength(9 * 8);
    expect(block.rows.some((r) => r[0] === 'Burgerzaken')).toBe(false);
  });

  it('Taakvelden holds the six of the kader as vervlochten bedrijfsvoering, and aliases for the benchmark names', () => {
    const rows = sheet(sheets, 'Taakvelden').blocks[0].rows;
    const kader = ['Communicatie', 'Personeel & Organisatie', 'Facilitaire Zaken', 'Financiële Administratie',
      'Informatisering', 'Handhaving openbare ruimte'];
    expect(rows.slice(0, 6).map((r) => [r[0], r[2], r[3]])).toEqual(kader.map((k) => [k, 'Bedrijfsvoering', 'Vervlochten']));
    expect(rows.find((r) => r[0] === 'Ruimtelijke ordening')).toEqual(['Ruimtelijke ordening', '8.1', 'Beleid', 'Kennisdeling', null]);
    expect(rows.find((r) => r[0] === 'Informatisering')?.[4])
      .toBe('Informatisering en Automatisering; Informatisering en Automatisering incl. secretariaat');
  });

  it('Indicatoren has klanttevredenheid for Alle in odd years, a taakuitbreiding and a K6 oordeel', () => {
    const rows = sheet(sheets, 'Indicatoren').blocks[0].rows;
    expect(rows.filter((r) => r[0] === 'Alle')).toEqual([
      ['Alle', 2019, 'Klanttevredenheid', 7.2], ['Alle', 2021, 'Klanttevredenheid', 7.3], ['Alle', 2023, 'Klanttevredenheid', 7.2],
    ]);
    expect(rows.filter((r) => r[2] === 'Taakuitbreiding')).toEqual([['Informatisering', 2022, 'Taakuitbreiding', 8]]);
    expect(rows.filter((r) => r[2] === 'Oordeel')).toEqual([['Ruimtelijke ordening', 2023, 'Oordeel', 1]]);
    expect(new Set(rows.filter((r) => r[2] === 'MTO-score').map((r) => r[1]))).toEqual(new Set([2018, 2020, 2022, 2024]));
  });

  it('Instellingen writes out the defaults of the criteria table', () => {
    const rows = sheet(sheets, 'Instellingen').blocks[0].rows;
    expect(rows.slice(0, 10)).toEqual([
      ['Gewicht K1', 1, null, null, null], ['Gewicht K2', 1, null, null, null], ['Gewicht K3', 1, null, null, null],
      ['Gewicht K4', 1, null, null, null], ['Gewicht K5', 1, null, null, null], ['Gewicht K6', 1, null, null, null],
      ['Nul-lijn jaar', 2018, 'Realisatie', null, null], ['Nul-lijn jaar', 2019, 'Realisatie', null, null],
      ['Nul-lijn jaar', 2020, 'Begroting', null, null], ['Peiljaar', null, null, null, null],
    ]);
    expect(rows).toContainEqual(['Drempels Totale kosten', -5, -1, 1, 5]);
    expect(rows).toContainEqual(['Drempels Formatie t.o.v. referentie', -15, -5, 5, 15]);
    expect(rows).toContainEqual(['Drempels MTO-score', -0.3, -0.1, 0.1, 0.3]);
    expect(rows).toContainEqual(['Drempels Eenpitters', -2, -1, 1, 2]);
    expect(rows.some((r) => r[0] === 'Drempels Oordeel')).toBe(false);
  });
});
