/**
 * The Toelichting sheet of an Iv3 workbook: where the figures come from (CBS Iv3, document,
 * year, file and line) and the rules the import applied, so a controller can check every
 * amount against the source.
 */
import type { CellValue, Issue } from '../types';
import { createInputBlock, createTemplateSheet, noteLine, type TemplateSheet } from '../template/templateSheet';
import type { TextLine } from '../sheetSpec';
import { beschrijfKlasse } from './grootteklasse';
import { bepaalKlasse } from './referentiegroep';
import type { GekozenOpgave } from './kiesOpgaven';
import { toSoort } from './iv3KostenSheet';

export interface ToelichtingInhoud {
  gemeente: string;
  gekozen: readonly GekozenOpgave[];
  referentieTekst: string;
  /** Labels of taakvelden left out because every year shows 0 or nothing. */
  weggelaten: readonly string[];
  /** What the import reported; shown in a second table when there is anything. */
  meldingen: readonly Issue[];
}

/** Builds the Toelichting sheet. */
export function buildIv3ToelichtingSheet(inhoud: ToelichtingInhoud): TemplateSheet {
  const regels = [
    `Bron: CBS, Iv3 (informatie voor derden): de lasten per BBV-taakveld die ${inhoud.gemeente} aan CBS rapporteert. ` +
      'Per jaar en document (begroting of jaarrekening) staat hieronder uit welk bestand de cijfers komen.',
    'CBS levert bedragen in duizenden euro\'s; de bladen Kosten en Benchmark geven ze in hele euro\'s (maal 1.000), ' +
      'zodat elk bedrag tot op de euro met het bronbestand overeenkomt. Jaarrekening telt als Realisatie.',
    'Detailcodes zijn opgeteld bij hun taakveld zoals in de meerjarenreeks: 6.71a–d bij 6.71, 6.72a–d bij 6.72, ' +
      '6.73a–c bij 6.73, 6.74a–c bij 6.74, 6.81a–b bij 6.81, 6.82a–b bij 6.82, en vanaf 2025 6.711–6.714 bij 6.71, 6.751–6.753 ' +
      'bij 6.75, 6.761–6.763 bij 6.76, 6.791–6.792 bij 6.79, 6.811–6.812 bij 6.81 en 6.821–6.822 bij 6.82. ' +
      'Codes zijn gekoppeld over het schema 2017–2024 en het schema vanaf 2025; 0.10 (mutaties reserves) en 0.11 (resultaat) zijn weggelaten.',
    `Referentiegroep van de benchmark: ${inhoud.referentieTekst}, altijd zonder ${inhoud.gemeente} zelf en nooit de regel ` +
      '"Nederland" (dat is het landelijke totaal).',
    'Iv3 heeft geen formatie, inhuur per taakveld of indicatoren: de criteria die dat vragen zeggen "geen gegevens" en het ' +
      'oordeel wordt "Onvoldoende gegevens" zolang de dekking te laag is. Vul de bladen FTE en Indicatoren aan voor een oordeel.',
  ];
  if (inhoud.weggelaten.length > 0) {
    regels.push(`Weggelaten omdat de lasten in elk jaar 0 of leeg zijn: ${inhoud.weggelaten.join(', ')}.`);
  }
  const lines: TextLine[] = [
    { row: 0, column: 0, text: `Iv3-gegevens van CBS — ${inhoud.gemeente}`, style: 'title' },
    ...regels.map((tekst, i) => noteLine(i + 1, tekst)),
  ];
  const rows: CellValue[][] = inhoud.gekozen.map((g) => {
    const o = g.opgave;
    const klasse = bepaalKlasse(o);
    return [o.jaar, o.document, toSoort(o.document), g.bestand.bestandsnaam, o.regel, o.inwoners,
      klasse === null ? null : beschrijfKlasse(klasse), o.provincie, o.gmCode];
  });
  const header = ['Jaar', 'Document', 'Soort', 'Bestand', 'Regel', 'Inwoners', 'Gemeentegrootte', 'Provincie', 'GM-code'];
  const block = createInputBlock('Invoer_Toelichting', lines.length + 1, header, rows,
    ['0', null, null, null, '0', '#,##0', null, null, null]);
  const sheet = createTemplateSheet('Toelichting', 'toelichting', lines, block, [12, 26, 12, 70, 8, 10, 28, 16, 10]);
  if (inhoud.meldingen.length > 0) {
    const top = block.top + Math.max(block.rows.length, 1) + 3;
    sheet.lines.push({ row: top - 1, column: 0, text: 'Meldingen bij het inlezen', style: 'subtitle' });
    sheet.blocks.push(createInputBlock('Iv3_Meldingen', top, ['Ernst', 'Bestand of blad', 'Cel', 'Melding', 'Code'],
      inhoud.meldingen.map((i) => [ERNST[i.severity], i.sheet, i.cell, i.message, i.code]), [null, null, null, null, null], [3]));
  }
  return sheet;
}

const ERNST: Record<Issue['severity'], string> = { error: 'Fout', warning: 'Waarschuwing', info: 'Info' };
