import { rescoreInvoer, runToets, ToetsOptionsError } from '../../src/core/runToets';
import type { SheetGrid } from '../../src/core/types';

/** A wide Kosten sheet as a finance department keeps it: title rows, units, grouped rows, subtotals. */
const kosten: SheetGrid = {
  name: 'Lasten per taakveld',
  values: [
    ['Gemeente Voorbeeld — lasten per taakveld', null, null, null, null, null, null],
    ['bedragen x € 1.000', null, null, null, null, null, null],
    ['Taakveld', 'Kostensoort', '2018', 'R2019', 'Begroting 2020', 'Jaarrekening 2023', 'B 2024'],
    ['Communicatie', 'Personeel', '300', '310', '320,0', 280, 290],
    [null, 'Materieel', 50, 52, 54, 50, 51],
    [null, 'Afschrijving', '-', '–', 0, 0, 0],
    [null, 'Inhuur', 40, 38, 36, 10, 12],
    ['Subtotaal Communicatie', null, 390, 400, 410, 340, 353],
    [null, null, null, null, null, null, null],
    ['Informatisering', 'Personeel', 700, 720, 730, 800, 810],
    [null, 'Materieel', 400, 410, '#N/A', 450, 460],
    [null, 'Afschrijving', 100, 100, 100, 100, 100],
    [null, 'Inhuur', '(20)', 90, 80, 60, 50],
  ],
};
const fte: SheetGrid = {
  name: 'Formatie',
  values: [
    ['Taakveld', 'Jaar', 'Soort', 'Formatie (fte)'],
    ['communicatie ', 2018, 'Realisatie', '4,0'],
    ['Communicatie', 2019, 'Jaarrekening', 4.2],
    ['Communicatie', 2020, 'Begroting', 4.4],
    ['Communicatie', 2023, 'Realisatie', 3.8],
    ['Informatisering', 2018, 'Realisatie', 9],
    ['Informatisering', 2019, 'Realisatie', 9],
    ['Informatisering', 2020, 'Begroting', -1],
    ['Informatisering', 2023, 'Realisatie', 10],
  ],
};
const indicatoren: SheetGrid = {
  name: 'Indicatoren',
  values: [
    ['Taakveld', 'Jaar', 'Indicator', 'Waarde'],
    ['Alle', 2019, 'Klanttevredenheid', '7,7'],
    ['Alle', 2023, 'Klanttevredenheid', '8,0'],
    ['Communicatie', 2018, 'MTO', 7.1],
    ['Communicatie', 2023, 'MTO', 7.6],
    ['Onbekend team', 2023, 'MTO', 7.6],
  ],
};

describe('runToets on messy real-world sheets', () => {
  const run = runToets([kosten, fte, indicatoren]);
  const { result } = run;

  it('returns exactly the JSON contract of design section 10', () => {
    expect(Object.keys(result).sort()).toEqual(['benchmark', 'issues', 'nulLijn', 'peiljaar', 'taakvelden']);
    expect(Object.keys(result.taakvelden[0]).sort()).toEqual(['criteria', 'dekking', 'domein', 'oordeel', 'robuustheid', 'taakveld', 'totaal']);
    expect(Object.keys(result.nulLijn[0]).sort()).toEqual(['deltaPct', 'deltaPctGecorrigeerd', 'jaar', 'maat', 'nulLijn', 'taakveld', 'waarde']);
    expect(Object.keys(result.issues[0]).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('reads units, nihil dashes and Dutch text into exact euros', () => {
    expect(result.peiljaar).toBe(2024);
    const tk = result.nulLijn.find((r) => r.taakveld === 'Communicatie' && r.maat === 'Totale kosten');
    expect(tk?.nulLijn).toBeCloseTo(400_000, 6);
    expect(tk?.waarde).toBeCloseTo(353_000, 6); // B 2024 is the latest year: begroot
    expect(tk?.deltaPct).toBeCloseTo((353 / 400 - 1) * 100, 9);
  });

  it('reports bad cells and goes on with what is sound', () => {
    const codes = result.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`);
    expect(codes).toEqual(expect.arrayContaining([
      'EXCEL_FOUT@Lasten per taakveld!E11',
      'NEGATIEVE_FTE@Formatie!D8',
      'ONBEKEND_TAAKVELD@Indicatoren!A6',
    ]));
    const ict = result.nulLijn.find((r) => r.taakveld === 'Informatisering' && r.maat === 'Totale kosten');
    expect(ict?.nulLijn).toBeCloseTo((1_180_000 + 1_320_000) / 2, 6); // 2020 lost its Materieel, so only 2018 and 2019
    expect(result.taakvelden.map((t) => t.taakveld)).toEqual(['Communicatie', 'Informatisering']);
  });

  it('re-scores parsed input with other weights without reading the sheets again', () => {
    const zwaar = rescoreInvoer(run.analyse.invoer, { gewichten: { K1: 5, K2: 0, K3: 0, K4: 0, K5: 0, K6: 0 } });
    const c = zwaar.result.taakvelden.find((t) => t.taakveld === 'Communicatie');
    expect(c?.totaal).toBe(2); // only K1 (klanttevredenheid +0,3 → +2) counts
    expect(c?.dekking).toBe(1);
    expect(() => rescoreInvoer(run.analyse.invoer, { drempels: { mto: [1, 0, 2, 3] } })).toThrow(ToetsOptionsError);
  });
});

describe('runToets without the required sheets', () => {
  it('stops with one clear Dutch message and no results', () => {
    const { result } = runToets([indicatoren]);
    expect(result.taakvelden).toEqual([]);
    expect(result.issues.filter((i) => i.severity === 'error')).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'ROL_ONTBREEKT', severity: 'error' });
    expect(result.issues[0].message).toMatch(/kosten/i);
  });
});

describe('runToets with a total and only some cost parts (as Iv3 gives them)', () => {
  it('reads both: Totale kosten from the total, Personeel from its column', () => {
    const grid: SheetGrid = {
      name: 'Kosten',
      values: [
        ['Taakveld', 'Jaar', 'Soort', 'Personeel', 'Totale kosten'],
        ['0.4 Overhead', 2018, 'Realisatie', 5_000_000, 10_391_000],
        ['0.4 Overhead', 2019, 'Realisatie', 5_100_000, 10_651_000],
        ['0.4 Overhead', 2020, 'Begroting', 5_200_000, 10_709_000],
        ['0.4 Overhead', 2023, 'Realisatie', 5_957_000, 14_635_000],
      ],
    };
    const { result } = runToets([grid, { name: 'FTE', values: [['Taakveld', 'Jaar', 'FTE']] }]);
    const rij = (maat: string) => result.nulLijn.find((r) => r.maat === maat);
    expect(rij('Totale kosten')?.nulLijn).toBeCloseTo((10_391_000 + 10_651_000 + 10_709_000) / 3, 6);
    expect(rij('Totale kosten')?.waarde).toBe(14_635_000);
    expect(rij('Personeel')?.waarde).toBe(5_957_000);
    expect(result.issues.map((i) => i.code)).not.toContain('KOLOM_GENEGEERD');
  });
});
