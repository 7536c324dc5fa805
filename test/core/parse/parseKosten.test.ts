import { parseInvoer } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { breedKosten, breedKostenTotaal } from './fixtures/breedKosten';
import { breedFte } from './fixtures/fte';
import { langKosten, langKostenPerSoort } from './fixtures/langKosten';
import { describeIssues, describeWaarnemingen, findWaarde } from './helpers';
import { toWaarnemingLijst } from '../../../src/core/waarnemingen';

const kosten = (grid: SheetGrid) => {
  const invoer = parseInvoer([grid, breedFte], { kosten: grid.name, fte: breedFte.name });
  return { ...invoer, waarnemingen: toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.maat !== 'FTE') };
};

describe('wide cost sheet as finance keeps it', () => {
  const invoer = kosten(breedKosten);

  it('applies x € 1.000, groups rows under the taakveld above and skips blank, Subtotaal and Totaal rows', () => {
    expect(invoer.waarnemingen).toHaveLength(37);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2018, 'Realisatie', 'Personeel')).toBe(1200000);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2020, 'Begroting', 'Personeel')).toBe(1300500);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2019, 'Realisatie', 'Materieel')).toBe(310000);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2021, 'Begroting', 'Materieel')).toBe(0);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2019, 'Realisatie', 'Inhuur')).toBe(-10000);
    expect(findWaarde(invoer.waarnemingen, 'Burgerzaken', 2021, 'Realisatie', 'Afschrijving')).toBe(20000);
    expect(invoer.waarnemingen.some((w) => w.maat === 'Totale kosten')).toBe(false);
  });

  it('keeps Begroting 2021 and Jaarrekening 2021 apart and records the value cell', () => {
    const overhead2021 = invoer.waarnemingen.filter((w) => w.taakveld === 'Overhead' && w.jaar === 2021 && w.maat === 'Personeel');
    expect(overhead2021.map((w) => `${w.soort}=${w.waarde}@${w.sheet}!${w.cell}`)).toEqual([
      'Begroting=1310000@Lasten!F5', 'Realisatie=1290000@Lasten!G5',
    ]);
  });

  it('reports the error value and the text, and leaves n.v.t. silently missing', () => {
    expect(describeIssues(invoer.issues)).toEqual(['EXCEL_FOUT@G8', 'GEEN_GETAL@F12']);
    expect(invoer.issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2021, 'Realisatie', 'Inhuur')).toBeUndefined();
    expect(findWaarde(invoer.waarnemingen, 'Burgerzaken', 2019, 'Realisatie', 'Materieel')).toBeUndefined();
    expect(invoer.issues[1].message).toContain('"onbekend"');
  });
});

describe('wide cost sheet with one total per row, starting at C3', () => {
  it('gives Totale kosten and offsets every address by the origin', () => {
    const invoer = kosten(breedKostenTotaal);
    expect(describeWaarnemingen(invoer.waarnemingen)).toEqual([
      'Burgerzaken|2019|Realisatie|Totale kosten=1040000@D6',
      'Burgerzaken|2020|Begroting|Totale kosten=1070250@F6',
      'Overhead|2019|Realisatie|Totale kosten=1605000@D5',
      'Overhead|2020|Begroting|Totale kosten=1770500@E5',
    ]);
    expect(invoer.issues).toEqual([]);
  });

  it('treats a primitive and an amended budget of the same year, both filled, as duplicates', () => {
    const grid: SheetGrid = {
      name: 'Kosten', origin: 'C3',
      values: [['Taakveld', 'Primitieve begroting 2020', 'Begroting 2020 na wijziging'], ['Overhead', 100, 110]],
    };
    const invoer = kosten(grid);
    expect(invoer.waarnemingen).toEqual([]);
    expect(describeIssues(invoer.issues)).toEqual(['DUBBELE_REGEL@D4', 'DUBBELE_REGEL@E4']);
  });
});

describe('long cost sheets', () => {
  it('reads every Dutch notation, the Soort column and a blank Soort as Realisatie', () => {
    const invoer = kosten(langKosten);
    expect(invoer.waarnemingen).toHaveLength(23);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2019, 'Realisatie', 'Personeel')).toBe(1250000);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2019, 'Realisatie', 'Materieel')).toBe(310000);
    expect(findWaarde(invoer.waarnemingen, 'Overhead', 2019, 'Realisatie', 'Inhuur')).toBe(-10000);
    expect(findWaarde(invoer.waarnemingen, 'Burgerzaken', 2018, 'Realisatie', 'Inhuur')).toBe(0);
    expect(findWaarde(invoer.waarnemingen, 'Burgerzaken', 2020, 'Begroting', 'Personeel')).toBe(920000);
    expect(findWaarde(invoer.waarnemingen, 'Burgerzaken', 2019, 'Realisatie', 'Materieel')).toBeUndefined();
    expect(describeIssues(invoer.issues)).toEqual(['KOLOM_GENEGEERD@H1']);
    expect(invoer.issues[0].severity).toBe('info');
  });

  it('reads a Kostensoort column with one amount column, and B2020 in the Jaar column as Begroting', () => {
    const invoer = kosten(langKostenPerSoort);
    expect(describeWaarnemingen(invoer.waarnemingen)).toEqual([
      'Burgerzaken|2019|Realisatie|Inhuur=5000@D5',
      'Overhead|2019|Realisatie|Materieel=310000@D3',
      'Overhead|2019|Realisatie|Personeel=1250000@D2',
      'Overhead|2020|Begroting|Personeel=1300500@D4',
    ]);
  });

  it('reads a single Totale kosten column as Totale kosten', () => {
    const grid: SheetGrid = { name: 'Kosten', values: [['Taakveld', 'Jaar', 'Totale kosten'], ['Overhead', 2019, '1.630.000']] };
    expect(describeWaarnemingen(kosten(grid).waarnemingen)).toEqual(['Overhead|2019|Realisatie|Totale kosten=1630000@C2']);
  });
});

describe('units and origins', () => {
  it('applies x € 1 mln and offsets issue cells by an origin far from A1', () => {
    const grid: SheetGrid = {
      name: 'Kosten', origin: 'D10',
      values: [['Lasten (x € 1 mln)'], ['Taakveld', 'R2019', 'R2020'], ['Overhead', '1,25', '#DEEL/0!'], ['Burgerzaken', 'veel', 0.5]],
    };
    const invoer = kosten(grid);
    expect(describeWaarnemingen(invoer.waarnemingen)).toEqual([
      'Burgerzaken|2020|Realisatie|Totale kosten=500000@F13', 'Overhead|2019|Realisatie|Totale kosten=1250000@E12',
    ]);
    expect(describeIssues(invoer.issues)).toEqual(['EXCEL_FOUT@F12', 'GEEN_GETAL@E13']);
    expect(invoer.issues[0].message).toContain('#DEEL/0!');
  });
});

