/**
 * The optional Taakvelden sheet: Taakveld, Code, Domein, Samenwerkingsvorm, Alias.
 */
import type { CellValue, Domein, Issue, Samenwerkingsvorm, SheetGrid, TaakveldInfo } from '../types';
import { findHeaderRow, mapKolommen } from './findHeader';
import { createTaakveldOntbreektIssue } from './issues';
import { isTaakveldKop, isTotaalLabel } from './kolomKoppen';
import { getCel, getPlek } from './metingContext';
import { cleanText, compactKop, isBlank, matchesKop } from './normalizeKop';
import { createDubbelTaakveldIssue, createKopNietGevondenIssue, createOnbekendeWaardeIssue } from './tabelIssues';
import type { TaakveldRegister } from './taakveldRegister';

const KOLOMMEN = {
  taakveld: isTaakveldKop,
  code: (v: CellValue) => matchesKop(v, ['code', 'taakveldcode', 'code taakveld', 'bbv code', 'nummer', 'nr', 'taakveldnummer']),
  domein: (v: CellValue) => matchesKop(v, ['domein', 'soort taakveld', 'bedrijfsvoering beleid', 'beleid bedrijfsvoering']),
  vorm: (v: CellValue) => matchesKop(v, ['samenwerkingsvorm', 'vorm van samenwerking', 'samenwerking', 'vorm', 'samenwerkingsvormen']),
  alias: (v: CellValue) => matchesKop(v, ['alias', 'aliassen', 'aliasen', 'andere namen', 'ook bekend als', 'synoniemen', 'synoniem']),
};

/** Domein of a cell: undefined when blank, null when unrecognised. */
export function parseDomein(value: CellValue): Domein | null | undefined {
  const key = compactKop(value);
  if (key === '') return undefined;
  if (key.includes('beleid')) return 'Beleid';
  return key.includes('bedrijfsvoering') || key === 'bv' ? 'Bedrijfsvoering' : null;
}

/** Samenwerkingsvorm matched loosely ("GR", "vervlochten team", "kennis delen"); undefined when blank, null when unrecognised. */
export function parseSamenwerkingsvorm(value: CellValue): Samenwerkingsvorm | null | undefined {
  const key = compactKop(value);
  if (key === '') return undefined;
  if (key.includes('gemeenschappelijk') || key === 'gr' || key === 'wgr') return 'Gemeenschappelijke regeling';
  if (key.includes('vervlo') || key.includes('vervlecht') || key.includes('sharedservice')) return 'Vervlochten';
  if (key.includes('kennis')) return 'Kennisdeling';
  if (key.includes('zelfstandig') || key === 'zelf' || key === 'eigen' || key === 'geen') return 'Zelfstandig';
  return null;
}

/** Aliases separated by ';' or '|' (or line breaks). */
function splitAliassen(value: CellValue): string[] {
  return cleanText(value) === '' ? [] : String(value).split(/[;|\n]/).map((a) => cleanText(a)).filter((a) => a !== '');
}

/** Reads the list into `register`; false when the sheet has no usable header. */
export function parseTaakvelden(grid: SheetGrid, register: TaakveldRegister, issues: Issue[]): boolean {
  const h = findHeaderRow(grid, (row) => row.some((v) => isTaakveldKop(v)));
  if (h < 0) {
    issues.push(createKopNietGevondenIssue(grid.name, 'taakvelden', 'Taakveld, Code, Domein, Samenwerkingsvorm en Alias', 'warning'));
    return false;
  }
  const k = mapKolommen(grid.values[h], KOLOMMEN);
  const tk = k.taakveld ?? 0;
  const overige = [k.code, k.domein, k.vorm, k.alias].filter((c): c is number => c !== undefined);
  for (let r = h + 1; r < grid.values.length; r += 1) {
    const naam = getCel(grid, r, tk);
    if (isBlank(naam)) {
      if (overige.some((c) => !isBlank(getCel(grid, r, c)))) issues.push(createTaakveldOntbreektIssue(getPlek(grid, r, tk), 'warning'));
      continue;
    }
    if (isTotaalLabel(naam)) continue;
    const info = readInfo(grid, r, k, issues);
    info.naam = cleanText(naam);
    for (const conflict of register.addFromList(info)) {
      const kolom = conflict.soort === 'naam' ? tk : conflict.soort === 'code' ? k.code : k.alias;
      issues.push(createDubbelTaakveldIssue(getPlek(grid, r, kolom ?? tk), conflict.soort, conflict.waarde, conflict.bestaand));
    }
  }
  return true;
}

function readInfo(grid: SheetGrid, r: number, k: Partial<Record<keyof typeof KOLOMMEN, number>>, issues: Issue[]): TaakveldInfo {
  const info: TaakveldInfo = { naam: '', domein: 'Bedrijfsvoering', aliassen: [] };
  if (k.code !== undefined) {
    const code = cleanText(getCel(grid, r, k.code)).replace(',', '.');
    if (code !== '') info.code = code;
  }
  if (k.domein !== undefined) {
    const domein = parseDomein(getCel(grid, r, k.domein));
    if (domein) info.domein = domein;
    if (domein === null) {
      issues.push(createOnbekendeWaardeIssue(getPlek(grid, r, k.domein), 'ONBEKEND_DOMEIN', cleanText(getCel(grid, r, k.domein)),
        'Bedrijfsvoering of Beleid', 'het taakveld telt als Bedrijfsvoering'));
    }
  }
  if (k.vorm !== undefined) {
    const vorm = parseSamenwerkingsvorm(getCel(grid, r, k.vorm));
    if (vorm) info.samenwerkingsvorm = vorm;
    if (vorm === null) {
      issues.push(createOnbekendeWaardeIssue(getPlek(grid, r, k.vorm), 'ONBEKENDE_SAMENWERKINGSVORM', cleanText(getCel(grid, r, k.vorm)),
        'Zelfstandig, Kennisdeling, Vervlochten of Gemeenschappelijke regeling', 'de samenwerkingsvorm blijft leeg'));
    }
  }
  if (k.alias !== undefined) info.aliassen = splitAliassen(getCel(grid, r, k.alias));
  return info;
}
