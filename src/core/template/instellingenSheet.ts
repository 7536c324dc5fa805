/**
 * The Instellingen input sheet: Instelling | Waarde | Waarde 2 | Waarde 3 | Waarde 4, with the
 * defaults of design section 7 written out from `createDefaultInstellingen`, so the sheet and
 * the code can never tell a different story.
 */
import { INDICATOR_DEFINITIES, createDefaultInstellingen } from '../criteria';
import type { CellValue } from '../types';
import { CRITERIA } from '../types';
import { createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';

const HEADER = ['Instelling', 'Waarde', 'Waarde 2', 'Waarde 3', 'Waarde 4'];
const FORMATS = [null, null, null, null, null];
const WIDTHS = [40, 12, 12, 12, 12];

/** The default settings as rows; Oordeel (K6) is scored as given, so it has no thresholds to set. */
export function buildInstellingenRows(): CellValue[][] {
  const standaard = createDefaultInstellingen();
  return [
    ...CRITERIA.map((id): CellValue[] => [`Gewicht ${id}`, standaard.gewichten[id], null, null, null]),
    ...standaard.nulLijnJaren.map((j): CellValue[] => ['Nul-lijn jaar', j.jaar, j.soort, null, null]),
    ['Peiljaar', null, null, null, null],
    ...INDICATOR_DEFINITIES.filter((d) => d.beter !== 'direct').map((d): CellValue[] =>
      [`Drempels ${d.label}`, ...standaard.drempels[d.id]]),
  ];
}

/** Builds the Instellingen sheet: the defaults with the example, headers only without. */
export function buildInstellingenSheet(voorbeeld: boolean): TemplateSheet {
  const lines = [
    { row: 0, column: 0, text: voorbeeld ? 'Gemeente Voorbeeld — instellingen van de toets' : 'Instellingen van de toets', style: 'title' as const },
    noteLine(1,
      'Gewichten van de criteria K1–K6, de nul-lijnjaren (jaar en soort: Realisatie of Begroting), het peiljaar ' +
      '(leeg = het laatste jaar met gegevens) en per indicator vier oplopende drempels. Een lege of ontbrekende regel ' +
      'betekent: de standaardwaarde.'),
  ];
  const rows = voorbeeld ? buildInstellingenRows() : [];
  return createTemplateSheet('Instellingen', 'instellingen', lines,
    createInputBlock('Invoer_Instellingen', 3, HEADER, rows, FORMATS), WIDTHS);
}
