/**
 * The FTE input sheet in the long layout: Taakveld | Jaar | Soort | Formatie (fte) |
 * Bezetting (fte), one row per taakveld, year and soort.
 */
import type { CellValue, Soort } from '../types';
import { FICTIEF, createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';

const HEADER = ['Taakveld', 'Jaar', 'Soort', 'Formatie (fte)', 'Bezetting (fte)'];
const FORMATS = [null, '0', null, '0.00', '0.00'];
const WIDTHS = [34, 8, 13, 15, 16];

/** Year and soort of each position in `formatie` and `bezetting` below. */
const PERIODES: readonly [number, Soort][] = [
  [2018, 'Realisatie'], [2019, 'Realisatie'], [2020, 'Begroting'], [2020, 'Realisatie'],
  [2021, 'Realisatie'], [2022, 'Realisatie'], [2023, 'Realisatie'], [2024, 'Begroting'],
];

interface VoorbeeldFte {
  taakveld: string;
  formatie: readonly number[];
  /** Occupied fte; none for a begroting. */
  bezetting: readonly (number | null)[];
}

// Fictitious. Burgerzaken is left out on purpose: without FTE it shows "Onvoldoende gegevens".
const VOORBEELD_FTE: readonly VoorbeeldFte[] = [
  { taakveld: 'Communicatie', formatie: [3.0, 3.1, 3.0, 2.9, 2.8, 2.8, 2.8, 2.8], bezetting: [2.8, 2.9, null, 2.7, 2.8, 2.6, 2.7, null] },
  { taakveld: 'Personeel & Organisatie', formatie: [5.0, 5.0, 5.0, 5.1, 5.1, 5.1, 5.1, 5.1], bezetting: [4.8, 4.9, null, 4.6, 5.0, 4.9, 4.7, null] },
  { taakveld: 'Facilitaire Zaken', formatie: [6.2, 6.1, 6.0, 5.9, 5.8, 5.6, 5.6, 5.6], bezetting: [6.0, 5.8, null, 5.9, 5.5, 5.4, 5.6, null] },
  { taakveld: 'Financiële Administratie', formatie: [6.0, 6.1, 6.0, 6.2, 6.4, 6.4, 6.6, 6.6], bezetting: [5.6, 5.9, null, 5.8, 6.1, 6.0, 6.3, null] },
  { taakveld: 'Informatisering', formatie: [9.6, 9.8, 10.0, 10.0, 10.3, 10.4, 10.6, 10.6], bezetting: [9.1, 9.4, null, 9.6, 9.9, 10.2, 10.1, null] },
  { taakveld: 'Handhaving openbare ruimte', formatie: [7.2, 7.4, 7.5, 7.5, 7.5, 7.6, 7.6, 7.6], bezetting: [7.0, 7.1, null, 7.3, 7.4, 7.2, 7.5, null] },
  { taakveld: 'Juridische Zaken', formatie: [3.6, 3.7, 3.7, 3.7, 3.8, 3.8, 3.8, 3.8], bezetting: [3.4, 3.7, null, 3.5, 3.8, 3.6, 3.8, null] },
  { taakveld: 'Ruimtelijke ordening', formatie: [6.4, 6.5, 6.6, 6.6, 6.7, 6.7, 6.8, 6.8], bezetting: [6.1, 6.3, null, 6.4, 6.5, 6.7, 6.6, null] },
  { taakveld: 'Inkoop', formatie: [0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.6, 0.6], bezetting: [0.5, 0.4, null, 0.5, 0.5, 0.6, 0.6, null] },
];

/** Builds the FTE sheet, with the example figures or empty. */
export function buildFteSheet(voorbeeld: boolean): TemplateSheet {
  if (!voorbeeld) {
    const lines = [
      { row: 0, column: 0, text: 'Formatie per taakveld', style: 'title' as const },
      noteLine(1,
        'Eén regel per taakveld, jaar en soort (Realisatie of Begroting). Formatie in fte is verplicht; ' +
        'bezetting mag leeg blijven.'),
    ];
    return createTemplateSheet('FTE', 'fte', lines, createInputBlock('Invoer_FTE', 3, HEADER, [], FORMATS), WIDTHS);
  }
  const rows: CellValue[][] = VOORBEELD_FTE.flatMap((v) =>
    PERIODES.map(([jaar, soort], i): CellValue[] => [v.taakveld, jaar, soort, v.formatie[i], v.bezetting[i]]));
  const lines = [
    { row: 0, column: 0, text: 'Gemeente Voorbeeld — formatie per taakveld', style: 'title' as const },
    noteLine(1, `${FICTIEF} Burgerzaken staat hier bewust niet in: zonder formatie krijgt het de uitkomst "Onvoldoende gegevens".`),
  ];
  return createTemplateSheet('FTE', 'fte', lines, createInputBlock('Invoer_FTE', 3, HEADER, rows, FORMATS), WIDTHS);
}
