/**
 * One row of the Instellingen sheet: its label says which setting, the cells to the right
 * hold the value (four thresholds for `Drempels …`, jaar and soort for `Nul-lijn jaar`).
 */
import { INDICATOR_DEFINITIES } from '../criteria';
import type { CellValue, CriteriumId, Drempels, IndicatorId, Issue, NulLijnJaar, SheetGrid } from '../types';
import { createOngeldigeInstellingIssue } from './issues';
import { getCel, getPlek } from './metingContext';
import { cleanText, compactKop, isBlank, normalizeKopZonderHaakjes } from './normalizeKop';
import { parseGetal } from './parseGetal';
import { parseSoort, readJaarKop } from './parseJaarKop';

export type InstellingRegel =
  | { soort: 'gewicht'; id: CriteriumId; waarde: number }
  | { soort: 'actief'; id: CriteriumId; waarde: boolean }
  | { soort: 'drempels'; id: IndicatorId; waarde: Drempels }
  | { soort: 'nulLijnJaar'; waarde: NulLijnJaar }
  | { soort: 'peiljaar' | 'trekkingen' | 'seed'; waarde: number };

const JA = new Set(['ja', 'j', 'waar', 'true', '1', 'aan', 'yes', 'x']);
const NEE = new Set(['nee', 'n', 'onwaar', 'false', '0', 'uit', 'no']);
const MAX_TREKKINGEN = 1_000_000;

/** A number (nihil = 0) or null. */
function readGetal(value: CellValue): number | null {
  const uitkomst = parseGetal(value);
  if (uitkomst.kind === 'nihil') return 0;
  return uitkomst.kind === 'getal' ? uitkomst.value : null;
}

function readJaNee(value: CellValue): boolean | null {
  if (typeof value === 'boolean') return value;
  const key = compactKop(value);
  return JA.has(key) ? true : NEE.has(key) ? false : null;
}

function findIndicator(rest: string): IndicatorId | null {
  const key = rest.replace(/ /g, '');
  return INDICATOR_DEFINITIES.find((d) => compactKop(d.label) === key || d.id.toLowerCase() === key)?.id ?? null;
}

/** The setting in row r, or null for an empty value (not set) or after an issue. */
export function readInstellingRegel(grid: SheetGrid, r: number, kolom: number, issues: Issue[]): InstellingRegel | null {
  const label = normalizeKopZonderHaakjes(getCel(grid, r, kolom));
  const compact = label.replace(/ /g, '');
  const v = getCel(grid, r, kolom + 1);
  const reportFout = (c: number, probleem: string, advies: string) => {
    issues.push(createOngeldigeInstellingIssue(getPlek(grid, r, c), probleem, advies));
    return null;
  };
  const criterium = /^(gewicht|actief)(k[1-6])/.exec(compact);
  const drempel = /^drempels? ?(.*)$/.exec(label);
  if (!criterium && !drempel && !/^(nullijnjaar|nullijn|peiljaar|trekkingen|seed)/.test(compact)) {
    return reportFout(kolom, `"${cleanText(getCel(grid, r, kolom))}" is geen bekende instelling`,
      'Gebruik Gewicht K1..K6, Actief K1..K6, Drempels <indicator>, Nul-lijn jaar, Peiljaar, Trekkingen of Seed.');
  }
  if (drempel) return readDrempels(grid, r, kolom, drempel[1], reportFout);
  if (compact.startsWith('nullijn')) return readNulLijnJaar(grid, r, kolom, reportFout);
  if (isBlank(v)) return null;
  if (criterium) {
    const id = criterium[2].toUpperCase() as CriteriumId;
    if (criterium[1] === 'actief') {
      const waarde = readJaNee(v);
      return waarde === null ? reportFout(kolom + 1, `"${cleanText(v)}" is geen ja of nee`, 'Vul ja of nee in.') : { soort: 'actief', id, waarde };
    }
    const waarde = readGetal(v);
    if (waarde === null || waarde < 0 || waarde > 5) return reportFout(kolom + 1, `het gewicht "${cleanText(v)}" ligt niet tussen 0 en 5`, 'Vul een getal van 0 tot en met 5 in.');
    return { soort: 'gewicht', id, waarde };
  }
  if (compact.startsWith('peiljaar')) {
    if (['automatisch', 'auto', 'laatstejaar', 'laatste'].includes(compactKop(v))) return null;
    const kop = readJaarKop(v);
    return kop ? { soort: 'peiljaar', waarde: kop.jaar } : reportFout(kolom + 1, `"${cleanText(v)}" is geen jaartal`, 'Vul een jaar in (bijvoorbeeld 2024) of laat de cel leeg voor het laatste jaar met gegevens.');
  }
  const getal = readGetal(v);
  if (compact.startsWith('trekkingen')) {
    if (getal === null || !Number.isInteger(getal) || getal < 1000 || getal > MAX_TREKKINGEN) {
      return reportFout(kolom + 1, `"${cleanText(v)}" is geen geldig aantal trekkingen`, 'Vul een geheel getal van 1.000 tot en met 1.000.000 in.');
    }
    return { soort: 'trekkingen', waarde: getal };
  }
  if (getal === null || !Number.isSafeInteger(getal)) return reportFout(kolom + 1, `"${cleanText(v)}" is geen geheel getal`, 'Vul een geheel getal in, bijvoorbeeld 123.');
  return { soort: 'seed', waarde: getal };
}

type Fout = (c: number, probleem: string, advies: string) => null;

function readDrempels(grid: SheetGrid, r: number, kolom: number, naam: string, reportFout: Fout): InstellingRegel | null {
  const id = findIndicator(naam);
  if (!id) {
    return reportFout(kolom, `"${naam}" is geen bekende indicator`, `Gebruik een van: ${INDICATOR_DEFINITIES.map((d) => d.label).join(', ')}.`);
  }
  const cellen = [1, 2, 3, 4].map((d) => getCel(grid, r, kolom + d));
  if (cellen.every((c) => isBlank(c))) return null;
  const waarden: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const waarde = readGetal(cellen[i]);
    if (waarde === null) return reportFout(kolom + 1 + i, `drempel ${i + 1} ("${cleanText(cellen[i])}") is geen getal`, 'Vul vier oplopende getallen in de vier cellen rechts van de naam in.');
    waarden.push(waarde);
  }
  if (waarden.some((w, i) => i > 0 && w <= waarden[i - 1])) {
    return reportFout(kolom + 1, 'de vier drempels lopen niet strikt op', 'Vul vier getallen in die elk groter zijn dan het vorige, bijvoorbeeld -5, -1, 1, 5.');
  }
  return { soort: 'drempels', id, waarde: [waarden[0], waarden[1], waarden[2], waarden[3]] };
}

function readNulLijnJaar(grid: SheetGrid, r: number, kolom: number, reportFout: Fout): InstellingRegel | null {
  const v = getCel(grid, r, kolom + 1);
  if (isBlank(v)) return null;
  const kop = readJaarKop(v);
  if (!kop || !kop.soort) return reportFout(kolom + 1, `"${cleanText(v)}" is geen jaartal`, 'Vul een jaar in, bijvoorbeeld 2018, met in de cel ernaast Realisatie of Begroting.');
  const soortCel = getCel(grid, r, kolom + 2);
  if (isBlank(soortCel)) return { soort: 'nulLijnJaar', waarde: { jaar: kop.jaar, soort: kop.soort } };
  const soort = parseSoort(soortCel);
  if (!soort) return reportFout(kolom + 2, `"${cleanText(soortCel)}" is geen Realisatie of Begroting`, 'Vul Realisatie of Begroting in.');
  return { soort: 'nulLijnJaar', waarde: { jaar: kop.jaar, soort } };
}
