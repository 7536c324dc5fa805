/**
 * The Taakvelden input sheet: Taakveld | Code | Domein | Samenwerkingsvorm | Alias. Aliases
 * let the benchmark's own names (the report's taakgebieden) match the municipality's teams.
 */
import type { CellValue, Domein, Samenwerkingsvorm } from '../types';
import { createInputBlock, createTemplateSheet, noteLine } from './templateSheet';
import type { TemplateSheet } from './templateSheet';

const HEADER = ['Taakveld', 'Code', 'Domein', 'Samenwerkingsvorm', 'Alias'];
// Code as text, so "0.2" stays "0.2" and never becomes a number or a date.
const FORMATS = [null, '@', null, null, null];
const WIDTHS = [30, 8, 16, 20, 80];

/** Several aliases share one cell, separated by this. */
export const ALIAS_SEPARATOR = '; ';

type Regel = [taakveld: string, code: string | null, domein: Domein, vorm: Samenwerkingsvorm, aliassen: string[]];

/**
 * The six of the kader (all vervlochten bedrijfsvoering) and four that do not cooperate in a
 * vervlochten team. BBV codes only where a team is a whole BBV taakveld: the overhead teams
 * all fall under 0.4 Overhead, so a code would not tell them apart.
 */
export const VOORBEELD_TAAKVELDEN: readonly Regel[] = [
  ['Communicatie', null, 'Bedrijfsvoering', 'Vervlochten', ['Communicatie en Kwaliteitszorg']],
  ['Personeel & Organisatie', null, 'Bedrijfsvoering', 'Vervlochten', ['Personeel & Organisatie incl. secretariaat']],
  ['Facilitaire Zaken', null, 'Bedrijfsvoering', 'Vervlochten', ['Facilitaire dienst', 'Facilitaire dienst incl. Inkoop']],
  ['Financiële Administratie', null, 'Bedrijfsvoering', 'Vervlochten',
    ['Financiën & Control', 'Financiën & Control incl. secretariaat']],
  ['Informatisering', null, 'Bedrijfsvoering', 'Vervlochten',
    ['Informatisering en Automatisering', 'Informatisering en Automatisering incl. secretariaat']],
  ['Handhaving openbare ruimte', null, 'Bedrijfsvoering', 'Vervlochten', []],
  ['Juridische Zaken', null, 'Bedrijfsvoering', 'Zelfstandig', ['Juridische Zaken incl. secretariaat']],
  ['Burgerzaken', '0.2', 'Bedrijfsvoering', 'Zelfstandig', []],
  ['Ruimtelijke ordening', '8.1', 'Beleid', 'Kennisdeling', []],
  ['Inkoop', null, 'Bedrijfsvoering', 'Zelfstandig', []],
];

/** Builds the Taakvelden sheet, with the example's taakvelden or empty. */
export function buildTaakveldenSheet(voorbeeld: boolean): TemplateSheet {
  const uitleg =
    'Per taakveld: BBV-code (optioneel), Domein (Bedrijfsvoering of Beleid), Samenwerkingsvorm (Zelfstandig, ' +
    'Kennisdeling, Vervlochten of Gemeenschappelijke regeling) en andere namen waaronder het taakveld in andere ' +
    `bladen voorkomt (Alias; meer namen scheiden met "${ALIAS_SEPARATOR.trim()}").`;
  const lines = [
    { row: 0, column: 0, text: voorbeeld ? 'Gemeente Voorbeeld — taakvelden en samenwerkingsvorm' : 'Taakvelden en samenwerkingsvorm', style: 'title' as const },
    noteLine(1, uitleg),
  ];
  const rows: CellValue[][] = voorbeeld
    ? VOORBEELD_TAAKVELDEN.map(([taakveld, code, domein, vorm, aliassen]) =>
      [taakveld, code, domein, vorm, aliassen.length > 0 ? aliassen.join(ALIAS_SEPARATOR) : null])
    : [];
  return createTemplateSheet('Taakvelden', 'taakvelden', lines,
    createInputBlock('Invoer_Taakvelden', 3, HEADER, rows, FORMATS, [4]), WIDTHS);
}
