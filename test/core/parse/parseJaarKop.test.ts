import { parseJaarKop, parseSoort, readJaarKop } from '../../../src/core/parse';

describe('parseJaarKop', () => {
  it.each([
    [2018, 2018, 'Realisatie'],
    ['2018', 2018, 'Realisatie'],
    ['R2019', 2019, 'Realisatie'],
    ['R 2019', 2019, 'Realisatie'],
    ['Rekening 2019', 2019, 'Realisatie'],
    ['Realisatie 2019', 2019, 'Realisatie'],
    ['Jaarrekening 2021', 2021, 'Realisatie'],
    ['JR2021', 2021, 'Realisatie'],
    ['2019 (x € 1.000)', 2019, 'Realisatie'],
    ['B2020', 2020, 'Begroting'],
    ['B 2020', 2020, 'Begroting'],
    ['Begroting 2020', 2020, 'Begroting'],
    ['Primitieve begroting 2020', 2020, 'Begroting'],
    ['Begroting 2020 na wijziging', 2020, 'Begroting'],
    ['2020 B', 2020, 'Begroting'],
  ])('reads %p as %d %s', (kop, jaar, soort) => {
    expect(parseJaarKop(kop)).toEqual({ jaar, soort });
  });

  it.each([1989, 2101, 2019.5, '1989', 'R2101', 'Jaar', 'Taakveld', 'Totaal 2019', '2018-2019', 'Kosten per taakveld 2019 en 2020',
    'R/B 2020', null, true, 'Toelichting'])('rejects %p', (kop) => {
    expect(parseJaarKop(kop)).toBeNull();
  });

  it('marks a bare year as not explicit and a prognosis as another soort', () => {
    expect(readJaarKop('2018')).toEqual({ jaar: 2018, soort: 'Realisatie', expliciet: false });
    expect(readJaarKop('Prognose 2021')).toEqual({ jaar: 2021, soort: null, expliciet: true });
    expect(parseJaarKop('Prognose 2021')).toBeNull();
  });
});

describe('parseSoort', () => {
  it.each([
    ['Realisatie', 'Realisatie'], ['Jaarrekening', 'Realisatie'], ['Rekening', 'Realisatie'], ['R', 'Realisatie'],
    ['Begroting', 'Begroting'], ['B', 'Begroting'], ['Primitieve begroting', 'Begroting'], ['Begroting na wijziging', 'Begroting'],
  ])('reads %s as %s', (tekst, soort) => {
    expect(parseSoort(tekst)).toBe(soort);
  });
  it.each(['Prognose', 'Definitief', '', null])('rejects %p', (tekst) => {
    expect(parseSoort(tekst)).toBeNull();
  });
});
