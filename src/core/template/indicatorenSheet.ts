/**
 * The Indicatoren input sheet, long: Taakveld | Jaar | Indicator | Waarde. Taakveld "Alle"
 * holds measurements that exist only for the municipality as a whole (waarstaatjegemeente).
 */
import type { CellValue, IndicatorNaam } from '../types';
import { FICTIEF, createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';

const HEADER = ['Taakveld', 'Jaar', 'Indicator', 'Waarde'];
const FORMATS = [null, '0', null, null];
const WIDTHS = [34, 8, 24, 10];

/** One indicator for one taakveld over several years: [jaar, waarde] pairs. */
type Reeks = [taakveld: string, indicator: IndicatorNaam, waarden: [number, number][]];

// Fictitious. Klanttevredenheid every other year (odd years, as waarstaatjegemeente measures),
// MTO in even years, counts in the nul-lijn years and 2023.
const VOORBEELD: readonly Reeks[] = [
  ['Alle', 'Klanttevredenheid', [[2019, 7.2], [2021, 7.3], [2023, 7.2]]],
  ['Communicatie', 'Klanttevredenheid', [[2019, 6.8], [2021, 7.1], [2023, 7.4]]],
  ['Financiële Administratie', 'Klanttevredenheid', [[2019, 7.0], [2021, 6.8], [2023, 6.6]]],
  ['Handhaving openbare ruimte', 'Klanttevredenheid', [[2019, 6.2], [2021, 6.1], [2023, 6.3]]],
  ['Communicatie', 'MTO-score', [[2018, 7.2], [2020, 7.4], [2022, 7.6], [2024, 7.8]]],
  ['Personeel & Organisatie', 'MTO-score', [[2018, 7.5], [2020, 7.3], [2022, 7.4], [2024, 7.4]]],
  ['Facilitaire Zaken', 'MTO-score', [[2018, 6.9], [2020, 7.1], [2022, 7.2], [2024, 7.2]]],
  ['Financiële Administratie', 'MTO-score', [[2018, 7.4], [2020, 7.2], [2022, 6.8], [2024, 6.9]]],
  ['Informatisering', 'MTO-score', [[2018, 7.0], [2020, 7.2], [2022, 7.1], [2024, 7.1]]],
  ['Handhaving openbare ruimte', 'MTO-score', [[2018, 6.8], [2020, 6.6], [2022, 6.7], [2024, 6.8]]],
  ['Juridische Zaken', 'MTO-score', [[2018, 7.6], [2020, 7.5], [2022, 7.3], [2024, 7.3]]],
  ['Ruimtelijke ordening', 'MTO-score', [[2018, 7.1], [2020, 7.3], [2022, 7.5], [2024, 7.6]]],
  ['Informatisering', 'Stagnerende projecten', [[2018, 4], [2019, 5], [2020, 3], [2023, 3]]],
  ['Financiële Administratie', 'Stagnerende projecten', [[2018, 1], [2019, 1], [2020, 1], [2023, 3]]],
  ['Facilitaire Zaken', 'Stagnerende projecten', [[2018, 2], [2019, 1], [2020, 2], [2023, 1]]],
  ['Ruimtelijke ordening', 'Stagnerende projecten', [[2018, 3], [2019, 2], [2020, 4], [2023, 2]]],
  ['Communicatie', 'Eenpitters', [[2018, 2], [2019, 2], [2020, 2], [2023, 1]]],
  ['Personeel & Organisatie', 'Eenpitters', [[2018, 3], [2019, 3], [2020, 3], [2023, 2]]],
  ['Financiële Administratie', 'Eenpitters', [[2018, 2], [2019, 2], [2020, 2], [2023, 2]]],
  ['Informatisering', 'Eenpitters', [[2018, 4], [2019, 4], [2020, 3], [2023, 3]]],
  ['Handhaving openbare ruimte', 'Eenpitters', [[2018, 1], [2019, 1], [2020, 1], [2023, 2]]],
  ['Juridische Zaken', 'Eenpitters', [[2018, 2], [2019, 2], [2020, 2], [2023, 3]]],
  ['Inkoop', 'Eenpitters', [[2018, 1], [2019, 1], [2020, 1], [2023, 1]]],
  ['Informatisering', 'Taakuitbreiding', [[2022, 8]]],
  ['Ruimtelijke ordening', 'Oordeel', [[2023, 1]]],
];

/** Builds the Indicatoren sheet, with the example measurements or empty. */
export function buildIndicatorenSheet(voorbeeld: boolean): TemplateSheet {
  const uitleg =
    'Indicatoren: Klanttevredenheid en MTO-score (cijfer 1–10), Stagnerende projecten en Eenpitters (aantal), ' +
    'Taakuitbreiding (% groei van het takenpakket sinds de nul-lijn) en Oordeel (−2 tot +2, alleen beleid). ' +
    'Taakveld "Alle" geldt voor elk taakveld zonder eigen meting.';
  if (!voorbeeld) {
    const lines = [
      { row: 0, column: 0, text: 'Indicatoren per taakveld', style: 'title' as const },
      noteLine(1, uitleg),
    ];
    return createTemplateSheet('Indicatoren', 'indicatoren', lines,
      createInputBlock('Invoer_Indicatoren', 3, HEADER, [], FORMATS), WIDTHS);
  }
  const rows: CellValue[][] = VOORBEELD.flatMap(([taakveld, indicator, waarden]) =>
    waarden.map(([jaar, waarde]): CellValue[] => [taakveld, jaar, indicator, waarde]));
  const lines = [
    { row: 0, column: 0, text: 'Gemeente Voorbeeld — indicatoren per taakveld', style: 'title' as const },
    noteLine(1, FICTIEF),
    noteLine(2, uitleg),
  ];
  return createTemplateSheet('Indicatoren', 'indicatoren', lines,
    createInputBlock('Invoer_Indicatoren', 4, HEADER, rows, FORMATS), WIDTHS);
}
