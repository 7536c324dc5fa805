/** The Taakvelden and FTE sheets of an Iv3 workbook. */
import type { CellValue } from '../types';
import { ALIAS_SEPARATOR } from '../template/taakveldenSheet';
import { createInputBlock, createTemplateSheet, noteLine, type TemplateSheet } from '../template/templateSheet';
import type { TaakveldNamen } from './taakveldNamen';

/** Overhead is bedrijfsvoering by the BBV's own definition; every other taakveld is beleid. */
export const BEDRIJFSVOERING_CODES: ReadonlySet<string> = new Set(['0.4']);

/** Taakveld | Code | Domein | Samenwerkingsvorm | Alias for every imported taakveld. */
export function buildIv3TaakveldenSheet(gemeente: string, codes: readonly string[], namen: TaakveldNamen): TemplateSheet {
  const rows: CellValue[][] = codes.map((code) => {
    const oud = namen.oudeLabels(code);
    return [namen.label(code), code, BEDRIJFSVOERING_CODES.has(code) ? 'Bedrijfsvoering' : 'Beleid', null,
      oud.length > 0 ? oud.join(ALIAS_SEPARATOR) : null];
  });
  const lines = [
    // Not just "Taakvelden": the parser would take a title that reads like a header for the header.
    { row: 0, column: 0, text: `${gemeente} — indeling van de BBV-taakvelden`, style: 'title' as const },
    noteLine(1, 'Domein: 0.4 Overhead is bedrijfsvoering, de andere taakvelden beleid. Vul de Samenwerkingsvorm zelf in ' +
      '(Zelfstandig, Kennisdeling, Vervlochten of Gemeenschappelijke regeling). Alias: de oude naam van een hernoemd taakveld.'),
  ];
  const block = createInputBlock('Invoer_Taakvelden', 3, ['Taakveld', 'Code', 'Domein', 'Samenwerkingsvorm', 'Alias'], rows,
    [null, '@', null, null, null]);
  return createTemplateSheet('Taakvelden', 'taakvelden', lines, block, [44, 8, 16, 22, 40]);
}

/** An empty FTE sheet: Iv3 has no formatie, and the core needs the sheet to exist. */
export function buildIv3FteSheet(): TemplateSheet {
  const lines = [
    { row: 0, column: 0, text: 'Formatie per taakveld', style: 'title' as const },
    noteLine(1, 'CBS Iv3 bevat geen formatie. Vul hier per taakveld, jaar en soort de formatie in fte in; zolang dit blad ' +
      'leeg is, zeggen Kosten per FTE en de benchmark op formatie "geen gegevens".'),
  ];
  const block = createInputBlock('Invoer_FTE', 3, ['Taakveld', 'Jaar', 'Soort', 'Formatie (fte)', 'Bezetting (fte)'], [],
    [null, '0', null, '0.00', '0.00']);
  return createTemplateSheet('FTE', 'fte', lines, block, [44, 8, 13, 15, 16]);
}
