/**
 * Issues about single cells, with Dutch messages that say what is wrong and what to do.
 * Sheet-level issues (roles, headers, columns) are in `tabelIssues.ts`.
 */
import type { Issue, Severity } from '../types';

/** Where a problem is: sheet name and A1 address ('' for the whole sheet). */
export interface Plek {
  sheet: string;
  cell: string;
}

/** One issue value; messages always start with what is wrong and end with what to do. */
export function createIssue(severity: Severity, code: string, plek: Plek, message: string): Issue {
  return { severity, sheet: plek.sheet, cell: plek.cell, code, message };
}

/** A number written the Dutch way, for messages only. */
export function formatGetal(value: number): string {
  return String(value).replace('.', ',');
}

function describePlek(plek: Plek): string {
  return plek.cell ? `Cel ${plek.cell} op blad '${plek.sheet}'` : `Blad '${plek.sheet}'`;
}

export function createGeenGetalIssue(plek: Plek, text: string, severity: Severity = 'warning'): Issue {
  return createIssue(severity, 'GEEN_GETAL', plek,
    `${describePlek(plek)} bevat de tekst "${text}" waar een getal hoort; de cel telt als ontbrekend. ` +
    'Vul een getal in (bijvoorbeeld 1.234,56), een streepje voor nihil, of maak de cel leeg.');
}

export function createExcelFoutIssue(plek: Plek, text: string): Issue {
  return createIssue('warning', 'EXCEL_FOUT', plek,
    `${describePlek(plek)} bevat de Excel-foutwaarde ${text}; de cel telt als ontbrekend. ` +
    'Herstel de formule of de verwijzing waar deze waarde uit komt.');
}

export function createNegatieveFteIssue(plek: Plek, value: number): Issue {
  return createIssue('error', 'NEGATIEVE_FTE', plek,
    `${describePlek(plek)} bevat een negatieve formatie (${formatGetal(value)} fte); die waarde wordt niet gebruikt. ` +
    'Vul het aantal fte in als positief getal of 0.');
}

export function createDubbeleRegelIssue(plek: Plek, wat: string, andereCellen: string[], severity: Severity = 'error'): Issue {
  const ook = andereCellen.length ? ` (ook in ${andereCellen.join(', ')})` : '';
  return createIssue(severity, 'DUBBELE_REGEL', plek,
    `${describePlek(plek)}: ${wat} staat meer dan eens in de invoer${ook}. Geen van deze waarden wordt gebruikt. ` +
    'Houd één regel over, of tel de regels zelf samen als dat de bedoeling was.');
}

export function createOngeldigJaarIssue(plek: Plek, text: string, severity: Severity): Issue {
  const inhoud = text === '' ? 'geen jaar' : `"${text}", geen geldig jaar`;
  return createIssue(severity, 'ONGELDIG_JAAR', plek,
    `${describePlek(plek)} bevat ${inhoud}; de regel wordt overgeslagen. Vul een jaartal tussen 1990 en 2100 in, bijvoorbeeld 2019.`);
}

export function createOnbekendeSoortIssue(plek: Plek, text: string, severity: Severity): Issue {
  return createIssue(severity, 'ONBEKENDE_SOORT', plek,
    `${describePlek(plek)}: "${text}" is geen Realisatie (jaarrekening) en geen Begroting; deze cijfers worden niet gebruikt. ` +
    'Schrijf Realisatie, Jaarrekening of Begroting, of bij een jaarkolom R2019 of B2020.');
}

export function createOnbekendeKostensoortIssue(plek: Plek, text: string): Issue {
  const inhoud = text === '' ? 'geen kostensoort' : `de onbekende kostensoort "${text}"`;
  return createIssue('error', 'ONBEKENDE_KOSTENSOORT', plek,
    `${describePlek(plek)} bevat ${inhoud}; de bedragen op deze regel worden niet gebruikt. ` +
    'Gebruik Personeel, Materieel, Afschrijving of Inhuur.');
}

export function createTaakveldOntbreektIssue(plek: Plek, severity: Severity): Issue {
  return createIssue(severity, 'TAAKVELD_ONTBREEKT', plek,
    `${describePlek(plek)} is leeg, maar de regel bevat wel waarden en er staat geen taakveld boven; de regel wordt overgeslagen. ` +
    'Vul het taakveld in.');
}

export function createOnbekendTaakveldIssue(plek: Plek, naam: string, regelBlijft: boolean): Issue {
  const gevolg = regelBlijft ? 'de regel wordt wel getoond, maar zonder eigen cijfers uit Kosten en FTE' : 'de regel wordt overgeslagen';
  return createIssue('warning', 'ONBEKEND_TAAKVELD', plek,
    `${describePlek(plek)}: het taakveld "${naam}" komt niet voor in Kosten, FTE of Taakvelden; ${gevolg}. ` +
    'Controleer de schrijfwijze of voeg de naam als alias toe op het blad Taakvelden.');
}

export function createOnbekendeIndicatorIssue(plek: Plek, naam: string): Issue {
  return createIssue('warning', 'ONBEKENDE_INDICATOR', plek,
    `${describePlek(plek)}: de indicator "${naam}" is onbekend; de regel wordt overgeslagen. Gebruik Klanttevredenheid, ` +
    'MTO-score, Stagnerende projecten, Eenpitters, Taakuitbreiding of Oordeel.');
}

export function createOngeldigeInstellingIssue(plek: Plek, probleem: string, advies: string): Issue {
  return createIssue('warning', 'ONGELDIGE_INSTELLING', plek,
    `${describePlek(plek)}: ${probleem}; de standaardwaarde blijft gelden. ${advies}`);
}

export function createTaakveldNietInLijstIssue(plek: Plek, naam: string, lijstBlad: string): Issue {
  return createIssue('info', 'TAAKVELD_NIET_IN_LIJST', plek,
    `${describePlek(plek)}: het taakveld "${naam}" staat niet op het blad '${lijstBlad}'; het krijgt domein Bedrijfsvoering en geen samenwerkingsvorm. ` +
    `Voeg het toe aan '${lijstBlad}' (of als alias van een bestaand taakveld) als dat niet klopt.`);
}
