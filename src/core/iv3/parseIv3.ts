/**
 * Front door of the Iv3 import: CSV text in, the file's figures out, whichever of the known
 * layouts it has. Pure, so the task pane can call it on a file the user picks.
 */
import { Iv3FormatError } from './iv3Errors';
import { createIv3Issue } from './iv3Issues';
import type { Iv3Bestand, Iv3Document } from './iv3Types';
import { findBbvKolommen, parseBbvBestand } from './parseBbvBestand';
import { findJaarbestandKolommen, leesJaarUitNaam, parseJaarbestand } from './parseJaarbestand';
import { findReeksKolommen, parseReeks } from './parseReeks';
import { readFirstLine, splitCsv } from './splitCsv';

export interface ParseIv3Options {
  /** Year of a yearly file whose name does not say it. */
  jaar?: number;
  /** Document of a yearly file whose name does not say it. */
  document?: Iv3Document;
}

const VERWACHT =
  'Gebruik een jaarbestand van CBS (kolommen Gemeenten;Taakveld;L1.1 Salarissen en sociale lasten;Baten;Lasten;…), ' +
  'de meerjarenreeks (gm_code,gemeente,jaar,…,document,inwoners,…,tv_0.1,…) of bbv-taakvelden.csv (code;naam;…).';

/**
 * Detects the layout of `text` and reads it. Throws `Iv3FormatError` (Dutch message naming
 * the file) for a file that is not Iv3, and for a yearly file whose year and document cannot
 * be told from its name or the options.
 */
export function parseIv3(text: string, bestandsnaam: string, options: ParseIv3Options = {}): Iv3Bestand {
  if (text.trim() === '') throw new Iv3FormatError(`"${bestandsnaam}" is leeg. ${VERWACHT}`);
  if (text.startsWith('PK') || text.includes('\u0000')) {
    throw new Iv3FormatError(
      `"${bestandsnaam}" is geen tekstbestand maar (waarschijnlijk) een Excel-werkboek of ander binair bestand. ` +
      `Sla de gegevens op als CSV. ${VERWACHT}`);
  }
  const kopregel = readFirstLine(text);
  const bestand = kopregel.includes(';') ? leesPuntkomma(text, bestandsnaam, options) : leesKomma(text, bestandsnaam);
  if (!bestand) {
    const kop = kopregel.length > 80 ? `${kopregel.slice(0, 80)}…` : kopregel;
    throw new Iv3FormatError(`"${bestandsnaam}" is geen Iv3-bestand van CBS: de kopregel "${kop}" heeft niet de kolommen ` +
      `van een van de bekende vormen. ${VERWACHT}`);
  }
  if (bestand.opgaven.length === 0 && bestand.taakvelden.length === 0) {
    bestand.issues.push(createIv3Issue('warning', 'IV3_LEEG', bestandsnaam, '',
      `${bestandsnaam} heeft wel de kopregel van Iv3, maar geen bruikbare regels. Neem het bestand opnieuw over van CBS.`));
  }
  return bestand;
}

function leesPuntkomma(text: string, bestandsnaam: string, options: ParseIv3Options): Iv3Bestand | null {
  const records = splitCsv(text, ';');
  const jaarKolommen = findJaarbestandKolommen(records[0]);
  if (jaarKolommen) {
    const uitNaam = leesJaarUitNaam(bestandsnaam);
    const jaar = options.jaar ?? uitNaam?.jaar;
    const document = options.document ?? uitNaam?.document;
    if (jaar === undefined || document === undefined) {
      throw new Iv3FormatError(`Uit de naam "${bestandsnaam}" blijkt niet over welk jaar en welk document (begroting of ` +
        'jaarrekening) dit Iv3-bestand gaat. Geef het bestand de naam die CBS gebruikt, bijvoorbeeld 2023_jaarrekening.csv.');
    }
    return parseJaarbestand(records, bestandsnaam, { jaar, document }, jaarKolommen);
  }
  const bbv = findBbvKolommen(records[0]);
  return bbv ? parseBbvBestand(records, bestandsnaam, bbv) : null;
}

function leesKomma(text: string, bestandsnaam: string): Iv3Bestand | null {
  const records = splitCsv(text, ',');
  const kolommen = findReeksKolommen(records[0]);
  return kolommen ? parseReeks(records, bestandsnaam, kolommen) : null;
}
