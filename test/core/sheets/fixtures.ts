/**
 * Four taakvelden that cover the cases the sheets and the paragraph must handle:
 * - Communicatie: everything measured, taakuitbreiding 5 %, benchmark, Positief;
 * - Ruimtelijke ordening: Beleid with K6, peiljaar begroot, only K2 and K6 → Onvoldoende gegevens (33 %);
 * - Informatisering: no data at all;
 * - Personeel & Organisatie: no 2018, 2020 realisatie instead of begroting, K1 and K5 missing, Neutraal.
 * Figures are fictitious, benchmark shapes follow seed 003 Bijlage D.
 */
import type { ToetsRun } from '../../../src/core/analyse';
import type { Issue } from '../../../src/core/types';
import { buildRun, type RuwJaar, type RuweRun } from './fixtureBuilder';

type Cijfers = [number, number, number, number, number];

function buildJaren(rijen: Record<number, Cijfers>, begroting: number[] = [2020]): RuwJaar[] {
  return Object.entries(rijen).map(([jaar, [personeel, materieel, afschrijving, inhuur, fte]]) => ({
    jaar: Number(jaar), personeel, materieel, afschrijving, inhuur, fte,
    soort: begroting.includes(Number(jaar)) ? 'Begroting' : 'Realisatie',
  }));
}

export const FIXTURE_ISSUES: Issue[] = [
  { severity: 'info', sheet: 'Indicatoren', cell: 'A2', code: 'INDICATOR_ALLE', message: 'Klanttevredenheid geldt voor alle taakvelden.' },
  { severity: 'warning', sheet: 'Kosten', cell: 'F10', code: 'NUL_LIJN_ANDERE_SOORT', message: 'Voor 2020 is realisatie gebruikt.' },
  { severity: 'error', sheet: 'Kosten', cell: 'C12', code: 'DUBBELE_RIJ', message: 'Dubbele rij; geen van beide is gebruikt.' },
  { severity: 'error', sheet: 'FTE', cell: 'B4', code: 'NEGATIEVE_FTE', message: 'Negatieve formatie; vul een positief aantal in.' },
  { severity: 'error', sheet: 'Kosten', cell: 'C9', code: 'TEKST_IN_GETAL', message: 'Tekst waar een getal hoort.' },
  { severity: 'warning', sheet: '', cell: '', code: 'GEEN_INDICATOREN', message: 'Geen blad met indicatoren gevonden.' },
];

export const FIXTURE_RUW: RuweRun = {
  jaren: [2018, 2019, 2020, 2021, 2022, 2023],
  peiljaar: 2023,
  taakvelden: [
    {
      info: { naam: 'Communicatie', code: '0.4', domein: 'Bedrijfsvoering', samenwerkingsvorm: 'Vervlochten', aliassen: [] },
      jaren: buildJaren({
        2018: [900000, 150000, 20000, 100000, 13.0],
        2019: [920000, 140000, 20000, 110000, 13.2],
        2020: [940000, 160000, 20000, 90000, 13.1],
        2021: [930000, 150000, 20000, 80000, 12.8],
        2022: [925000, 145000, 20000, 85000, 12.6],
        2023: [935000, 140000, 20000, 85000, 12.4],
      }),
      taakuitbreiding: 5,
      indicatoren: [
        { indicator: 'klanttevredenheid', waarde: 7.4 - 7.1, vanJaren: [2019], naarJaar: 2023 },
        { indicator: 'stagnerendeProjecten', waarde: -3, vanJaren: [2019], naarJaar: 2023 },
        { indicator: 'mto', waarde: -0.2, vanJaren: [2018, 2019, 2020], naarJaar: 2023 },
        { indicator: 'eenpitters', waarde: -1, vanJaren: [2019], naarJaar: 2023 },
      ],
      robuustheid: 0.912,
    },
    {
      info: { naam: 'Ruimtelijke ordening', code: '8.1', domein: 'Beleid', samenwerkingsvorm: 'Kennisdeling', aliassen: [] },
      jaren: buildJaren(
        {
          2018: [400000, 50000, 0, 20000, 5.0],
          2019: [410000, 55000, 0, 25000, 5.2],
          2020: [420000, 60000, 0, 30000, 5.3],
          2021: [430000, 60000, 0, 40000, 5.5],
          2022: [440000, 65000, 0, 45000, 5.6],
          2023: [450000, 70000, 0, 50000, 5.8],
        },
        [2020, 2023],
      ),
      indicatoren: [{ indicator: 'oordeel', waarde: 1, naarJaar: 2023 }],
      robuustheid: 1,
    },
    {
      info: { naam: 'Informatisering', domein: 'Bedrijfsvoering', aliassen: [] },
      jaren: [],
      robuustheid: 1,
    },
    {
      info: { naam: 'Personeel & Organisatie', code: '0.4', domein: 'Bedrijfsvoering', samenwerkingsvorm: 'Gemeenschappelijke regeling', aliassen: [] },
      jaren: buildJaren(
        {
          2019: [350000, 30000, 5000, 15000, 4.9],
          2020: [360000, 30000, 5000, 25000, 5.0],
          2021: [380000, 35000, 5000, 30000, 5.0],
          2022: [390000, 35000, 5000, 35000, 5.0],
          2023: [400000, 40000, 5000, 40000, 5.1],
        },
        [],
      ),
      indicatoren: [
        { indicator: 'stagnerendeProjecten', waarde: 1, vanJaren: [2019], naarJaar: 2023 },
        { indicator: 'mto', waarde: 0.45, vanJaren: [2019, 2020], naarJaar: 2023 },
      ],
      robuustheid: 0.55,
    },
  ],
  benchmark: [
    { taakveld: 'Communicatie', jaar: 2017, fte: 4.2, totaleFormatie: 160, referentieFte: 4.85, kosten: 300000, referentieKosten: 280000 },
    { taakveld: 'Personeel & Organisatie', jaar: 2012, fte: 5.5, totaleFormatie: 170, referentieFte: 5.0, kosten: 380000, referentieKosten: 400000 },
    { taakveld: 'Personeel & Organisatie', jaar: 2017, fte: 4.93, totaleFormatie: 162, referentieFte: 4.74, kosten: 369042, referentieKosten: 374420 },
  ],
  issues: FIXTURE_ISSUES,
};

/** The standard fixture run; a fresh copy each call so tests cannot leak into each other. */
export function buildFixtureRun(aanpassing: (ruw: RuweRun) => RuweRun = (r) => r): ToetsRun {
  return buildRun(aanpassing(structuredClone(FIXTURE_RUW)));
}
