import { detectLayout } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { breedKosten, breedKostenTotaal } from './fixtures/breedKosten';
import { breedFte, langFte } from './fixtures/fte';
import { langKosten, langKostenPerSoort } from './fixtures/langKosten';

describe('detectLayout', () => {
  it('finds the header of a wide cost sheet below its title rows, with unit and Kostensoort column', () => {
    const info = detectLayout(breedKosten, 'kosten');
    expect(info).toMatchObject({
      layout: 'breed', headerRow: 3, eenheid: 1000, kostensoortKolom: 1, taakveldKolom: 0,
      jaren: [
        { jaar: 2018, soort: 'Realisatie', kolom: 2 },
        { jaar: 2019, soort: 'Realisatie', kolom: 3 },
        { jaar: 2020, soort: 'Begroting', kolom: 4 },
        { jaar: 2021, soort: 'Begroting', kolom: 5 },
        { jaar: 2021, soort: 'Realisatie', kolom: 6 },
      ],
    });
    expect(info?.headerCells).toEqual(['Taakveld', 'Kostensoort', '2018', 'R2019', 'Begroting 2020', 'B 2021', 'Jaarrekening 2021', 'Toelichting']);
  });

  it('reads a wide sheet with one total per row (no Kostensoort column)', () => {
    const info = detectLayout(breedKostenTotaal, 'kosten');
    expect(info).toMatchObject({ layout: 'breed', headerRow: 1, eenheid: 1000 });
    expect(info?.kostensoortKolom).toBeUndefined();
  });

  it('reads the long layout with Soort and measure columns; a Totaal beside the parts is set aside', () => {
    const info = detectLayout(langKosten, 'kosten');
    expect(info).toMatchObject({
      layout: 'lang', headerRow: 0, jaarKolom: 1, soortKolom: 2, eenheid: 1, genegeerdeTotaalKolom: 7,
      maatKolommen: [
        { maat: 'Personeel', kolom: 3 }, { maat: 'Materieel', kolom: 4 }, { maat: 'Afschrijving', kolom: 5 }, { maat: 'Inhuur', kolom: 6 },
      ],
      jaren: [{ jaar: 2018, soort: 'Realisatie', kolom: 1 }, { jaar: 2019, soort: 'Realisatie', kolom: 1 }, { jaar: 2020, soort: 'Begroting', kolom: 1 }],
    });
    expect(detectLayout(langKostenPerSoort, 'kosten')).toMatchObject({ layout: 'lang', kostensoortKolom: 2, bedragKolom: 3, maatKolommen: [] });
  });

  it('reads FTE sheets in both layouts, ignoring Bezetting and Inhuur-fte, and never applies a euro unit', () => {
    expect(detectLayout(langFte, 'fte')).toMatchObject({ layout: 'lang', maatKolommen: [{ maat: 'FTE', kolom: 3 }] });
    expect(detectLayout(breedFte, 'fte')).toMatchObject({ layout: 'breed', headerRow: 2, eenheid: 1 });
    expect(detectLayout(breedKosten, 'fte')?.eenheid).toBe(1);
  });

  it('takes Realisatie/Begroting from a group label row above bare years, and the Taakveld header from the row above', () => {
    const grid: SheetGrid = {
      name: 'Kosten',
      values: [
        ['Taakveld', 'Realisatie', null, 'Begroting', null],
        [null, 2018, 2019, 2020, 2021],
        ['Overhead', 1, 2, 3, 4],
      ],
    };
    const info = detectLayout(grid, 'kosten');
    expect(info?.headerRow).toBe(1);
    expect(info?.headerCells[0]).toBe('Taakveld');
    expect(info?.jaren.map((j) => `${j.jaar}${j.soort[0]}`)).toEqual(['2018R', '2019R', '2020B', '2021B']);
  });

  it('lists year columns of another soort separately and recognises "in duizenden euro" in a header', () => {
    const grid: SheetGrid = { name: 'K', values: [['Taakveld (in duizenden euro)', 'R2019', 'Prognose 2021']] };
    expect(detectLayout(grid, 'kosten')).toMatchObject({ eenheid: 1000, jaren: [{ jaar: 2019, kolom: 1 }], onbekendeSoortKolommen: [2] });
  });

  it('returns null when there is no header', () => {
    expect(detectLayout({ name: 'Leeg', values: [] }, 'kosten')).toBeNull();
    expect(detectLayout({ name: 'Notities', values: [['Kosten per taakveld 2019'], ['Zie bijlage']] }, 'kosten')).toBeNull();
    expect(detectLayout({ name: 'X', values: [['Taakveld', 'Toelichting']] }, 'fte')).toBeNull();
  });
});
