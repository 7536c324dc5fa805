import { parseInvoer } from '../../../src/core/parse';
import type { SheetGrid } from '../../../src/core/types';
import { benchmark, indicatoren, instellingen, taakvelden } from './fixtures/zijTabellen';
import { describeIssues } from './helpers';

const kosten: SheetGrid = { name: 'Kosten', values: [['Taakveld', 'R2019'], ['Overhead', 100], ['Burgerzaken', 200]] };
const fte: SheetGrid = { name: 'FTE', values: [['Taakveld', 'R2019'], ['Overhead', 1], ['Burgerzaken', 2]] };
const lees = (...extra: SheetGrid[]) => parseInvoer([taakvelden, kosten, fte, ...extra]);
const plek = (cell: string, sheet: string) => ({ sheet, cell });

describe('Indicatoren', () => {
  const invoer = lees(indicatoren);

  it('maps indicator names loosely and Alle/Gemeente to the whole municipality', () => {
    const s = 'Indicatoren';
    expect(invoer.indicatoren).toEqual([
      { taakveld: null, jaar: 2019, indicator: 'Klanttevredenheid', waarde: 7.7, ...plek('D2', s) },
      { taakveld: null, jaar: 2021, indicator: 'Klanttevredenheid', waarde: 8, ...plek('D3', s) },
      { taakveld: 'Overhead', jaar: 2018, indicator: 'MTO-score', waarde: 7.1, ...plek('D4', s) },
      { taakveld: 'Overhead', jaar: 2019, indicator: 'MTO-score', waarde: 7.3, ...plek('D5', s) },
      { taakveld: 'Overhead', jaar: 2021, indicator: 'MTO-score', waarde: 7.6, ...plek('D6', s) },
      { taakveld: 'Overhead', jaar: 2021, indicator: 'Eenpitters', waarde: 3, ...plek('D7', s) },
      { taakveld: 'Overhead', jaar: 2021, indicator: 'Taakuitbreiding', waarde: 12.5, ...plek('D8', s) },
      { taakveld: 'Informatisering en Automatisering', jaar: 2021, indicator: 'Stagnerende projecten', waarde: 2, ...plek('D9', s) },
      { taakveld: 'Economische ontwikkeling', jaar: 2021, indicator: 'Oordeel', waarde: 1, ...plek('D10', s) },
    ]);
  });

  it('skips an unknown indicator and an unknown taakveld with a warning each', () => {
    const eigen = invoer.issues.filter((i) => i.sheet === 'Indicatoren');
    expect(describeIssues(eigen)).toEqual(['ONBEKENDE_INDICATOR@C11', 'ONBEKEND_TAAKVELD@A12']);
    expect(eigen.every((i) => i.severity === 'warning')).toBe(true);
    expect(eigen[1].message).toContain('"Sport"');
  });

  it('reads the wide form, reports bad years and values, and drops duplicates', () => {
    const breed: SheetGrid = {
      name: 'Indicatoren',
      values: [
        ['Taakveld', 'Indicator', 2018, 2019, 'R2021'],
        ['Overhead', 'MTO', 7, '#N/A', 'goed'],
        ['Overhead', 'Eenpitters', 2, 2, null],
        ['overhead', 'eenpitters', null, 3, null],
      ],
    };
    const uit = lees(breed);
    expect(uit.indicatoren.map((w) => `${w.indicator}|${w.jaar}=${w.waarde}@${w.cell}`)).toEqual(['MTO-score|2018=7@C2', 'Eenpitters|2018=2@C3']);
    expect(describeIssues(uit.issues.filter((i) => i.sheet === 'Indicatoren'))).toEqual([
      'EXCEL_FOUT@D2', 'GEEN_GETAL@E2', 'DUBBELE_REGEL@D3', 'DUBBELE_REGEL@D4',
    ]);
    const lang: SheetGrid = { name: 'Indicatoren', values: [['Taakveld', 'Jaar', 'Indicator', 'Waarde'], ['Overhead', 'vorig jaar', 'MTO', 7]] };
    expect(describeIssues(lees(lang).issues.filter((i) => i.sheet === 'Indicatoren'))).toEqual(['ONGELDIG_JAAR@B2']);
  });

  it('warns when the header or a column is missing', () => {
    const geenKop: SheetGrid = { name: 'Indicatoren', values: [['Overhead', 2019, 'MTO', 7]] };
    expect(lees(geenKop).issues.filter((i) => i.sheet === 'Indicatoren')).toEqual([
      expect.objectContaining({ code: 'KOP_NIET_GEVONDEN', severity: 'warning', cell: '' }),
    ]);
    const geenWaarde: SheetGrid = { name: 'Indicatoren', values: [['Taakveld', 'Jaar', 'Indicator'], ['Overhead', 2019, 'MTO']] };
    expect(describeIssues(lees(geenWaarde).issues.filter((i) => i.sheet === 'Indicatoren'))).toEqual(['KOLOM_ONTBREEKT@A1']);
  });
});

describe('Benchmark', () => {
  it('reads Taakgebied, the year from the title and Referentie % as percent points; unknown rows stay with bekend:false', () => {
    const invoer = lees(benchmark);
    expect(invoer.benchmark).toEqual([
      { taakveld: 'Overhead', bekend: true, jaar: 2017, totaleFormatie: 162.3, fte: 9.41, referentiePct: 6.7, referentieKosten: 760915, kosten: 654903, ...plek('A3', 'Benchmark') },
      { taakveld: 'Informatisering en Automatisering', bekend: true, jaar: 2017, totaleFormatie: 162.3, fte: 9.74, referentiePct: 6.9, referentieKosten: 1980620, kosten: 2028168, ...plek('A4', 'Benchmark') },
      { taakveld: 'Juridische Zaken', bekend: false, jaar: 2017, totaleFormatie: 162.3, fte: 3.69, referentiePct: 1.6, referentieKosten: 215568, kosten: 294556, ...plek('A5', 'Benchmark') },
    ]);
    expect(invoer.issues.filter((i) => i.sheet === 'Benchmark')).toEqual([
      expect.objectContaining({ code: 'ONBEKEND_TAAKVELD', severity: 'warning', cell: 'A5' }),
    ]);
  });

  it('reads a fraction in a % cell as a percentage only when Referentie FTE and Totale formatie confirm it', () => {
    const grid: SheetGrid = {
      name: 'Benchmark',
      values: [
        ['Taakveld', 'Jaar', 'Totale formatie', 'Referentie FTE', 'Referentie %'],
        ['Overhead', 2017, 200, 13.4, 0.067],
        ['Burgerzaken', 2017, null, null, 0.3],
      ],
    };
    const invoer = lees(grid);
    expect(invoer.benchmark.map((b) => b.referentiePct)).toEqual([6.7, 0.3]);
    expect(describeIssues(invoer.issues.filter((i) => i.sheet === 'Benchmark'))).toEqual(['PERCENTAGE_ONDUIDELIJK@E3']);
  });

  it('reads the report CSV headers with the year from the sheet name', () => {
    const grid: SheetGrid = {
      name: 'Benchmark 2012',
      values: [
        ['taakgebied', 'fte', 'pct_of_total', 'ref_pct_of_total', 'deviation_fte', 'deviation_pct'],
        ['Juridische Zaken incl. secretariaat', 2.95, 1.8, 1.7, 0.2, 5.5],
      ],
    };
    expect(lees(grid).benchmark).toEqual([
      { taakveld: 'Juridische Zaken incl. secretariaat', bekend: false, jaar: 2012, fte: 2.95, referentiePct: 1.7, ...plek('A2', 'Benchmark 2012') },
    ]);
  });

  it('drops duplicate (taakveld, jaar) rows and needs a year', () => {
    const dubbel: SheetGrid = {
      name: 'Benchmark',
      values: [['Taakveld', 'Jaar', 'Referentie FTE'], ['Overhead', 2017, 10], ['Bedrijfsvoering algemeen', 2017, 11], ['Overhead', 2018, 12]],
    };
    const uit = lees(dubbel);
    expect(uit.benchmark.map((b) => `${b.taakveld}|${b.jaar}=${b.referentieFte}`)).toEqual(['Overhead|2018=12']);
    expect(describeIssues(uit.issues.filter((i) => i.sheet === 'Benchmark'))).toEqual(['DUBBELE_REGEL@A2', 'DUBBELE_REGEL@A3']);
    const zonderJaar: SheetGrid = { name: 'Benchmark', values: [['Taakveld', 'Referentie FTE'], ['Overhead', 10]] };
    expect(describeIssues(lees(zonderJaar).issues.filter((i) => i.sheet === 'Benchmark'))).toEqual(['KOLOM_ONTBREEKT@A1']);
  });
});

describe('Instellingen', () => {
  const invoer = lees(instellingen);

  it('reads weights, switches, thresholds, nul-lijn years, trekkingen and seed', () => {
    expect(invoer.instellingen).toEqual({
      gewichten: { K1: 2, K2: 1.5 },
      actief: { K6: false },
      drempels: { klanttevredenheid: [-0.5, -0.2, 0.2, 0.5], mto: [-0.3, -0.1, 0.1, 0.3] },
      nulLijnJaren: [{ jaar: 2018, soort: 'Realisatie' }, { jaar: 2019, soort: 'Realisatie' }, { jaar: 2020, soort: 'Begroting' }],
      trekkingen: 5000,
      seed: 123,
    });
  });

  it('reports every invalid setting at its cell and keeps the default', () => {
    const eigen = invoer.issues.filter((i) => i.sheet === 'Instellingen');
    expect(describeIssues(eigen)).toEqual([
      'ONGELDIGE_INSTELLING@B4', 'ONGELDIGE_INSTELLING@B6', 'ONGELDIGE_INSTELLING@B9', 'ONGELDIGE_INSTELLING@A10', 'ONGELDIGE_INSTELLING@A18',
    ]);
    expect(eigen.every((i) => i.severity === 'warning')).toBe(true);
    expect(eigen[0].message).toContain('tussen 0 en 5');
  });

  it('accepts indicator ids, booleans and a set peiljaar; rejects bad years, counts and duplicates', () => {
    const grid: SheetGrid = {
      name: 'Instellingen',
      values: [
        ['Instelling', 'Waarde'],
        ['Drempels formatieReferentie', -20, -10, 10, 20],
        ['Drempels Formatie t.o.v. referentie', -30, -10, 10, 30],
        ['Actief K2', true],
        ['Actief K3', 0],
        ['Peiljaar', 2024],
        ['Nul-lijn jaar', 2019, 'Prognose'],
        ['Trekkingen', 50],
        ['Seed', 'abc'],
        ['Drempels Eenpitters', 1, 2, 'drie', 4],
      ],
    };
    const uit = lees(grid);
    expect(uit.instellingen).toEqual({
      drempels: { formatieReferentie: [-20, -10, 10, 20] },
      actief: { K2: true, K3: false },
      peiljaar: 2024,
    });
    expect(describeIssues(uit.issues.filter((i) => i.sheet === 'Instellingen'))).toEqual([
      'ONGELDIGE_INSTELLING@A3', 'ONGELDIGE_INSTELLING@C7', 'ONGELDIGE_INSTELLING@B8', 'ONGELDIGE_INSTELLING@B9', 'ONGELDIGE_INSTELLING@D10',
    ]);
  });
});
