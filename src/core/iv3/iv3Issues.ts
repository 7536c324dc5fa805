/**
 * Issues about single rows and cells of an Iv3 file. `sheet` is the file name and `cell` the
 * address the cell has when the CSV is opened in Excel, so a user can go and look.
 */
import { columnLetters } from '../cellAddress';
import type { Issue, Severity } from '../types';

/** A1 address of a 0-based record and field of a CSV file. */
export function formatCsvCel(record: number, veld: number): string {
  return `${columnLetters(veld)}${record + 1}`;
}

/** One issue about a file (cell '' for the whole file). */
export function createIv3Issue(severity: Severity, code: string, bestand: string, cel: string, message: string): Issue {
  return { severity, sheet: bestand, cell: cel, code, message };
}

/** Text where an amount belongs. */
export function geenGetalIssue(bestand: string, cel: string, tekst: string): Issue {
  return createIv3Issue('warning', 'IV3_GEEN_GETAL', bestand, cel,
    `Cel ${cel} van ${bestand} bevat "${tekst}" waar een bedrag hoort; deze waarde telt als ontbrekend. ` +
    'Neem het bestand opnieuw onveranderd over van CBS, of herstel de cel.');
}

/** The same municipality and taakveld (or year and document) twice in one file. */
export function dubbeleRegelIssue(bestand: string, cel: string, wat: string): Issue {
  return createIv3Issue('error', 'IV3_DUBBELE_REGEL', bestand, cel,
    `${wat} staat meer dan eens in ${bestand}; geen van deze regels wordt gebruikt. ` +
    'Verwijder de dubbele regel of neem het bestand opnieuw over van CBS.');
}

/** A row whose first columns do not make sense (no municipality, no year, no taakveld code). */
export function onbruikbareRegelIssue(bestand: string, cel: string, probleem: string): Issue {
  return createIv3Issue('warning', 'IV3_REGEL_OVERGESLAGEN', bestand, cel,
    `Regel ${cel.replace(/^[A-Z]+/, '')} van ${bestand} wordt overgeslagen: ${probleem}. ` +
    'Controleer of het bestand onveranderd van CBS komt.');
}

/** Reads a CBS amount ("23698.0", "-136", ""); undefined when the text is not a number. */
export function leesBedrag(tekst: string): number | null | undefined {
  const t = tekst.trim();
  if (t === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return n === 0 ? 0 : n;
}
