/**
 * Canonical taakveld names. Names match case- and whitespace-insensitively (a trailing
 * period ignored), by BBV code ("0.4", "0.4 Overhead") or by an alias from Taakvelden.
 */
import type { Bron, CellValue, TaakveldInfo } from '../types';
import { cleanText, normalizeNaam } from './normalizeKop';

/** "0.4 Overhead" → code "0.4" and rest "Overhead"; "6.71a" has a letter; "0,4" is "0.4". */
const CODE = /^(\d{1,2}[.,]\d{1,2}[a-z]?)(?:\s+(.*))?$/i;

export function splitCode(value: CellValue): { code: string; rest: string } | null {
  const m = CODE.exec(cleanText(value));
  return m ? { code: m[1].replace(',', '.').toLowerCase(), rest: m[2] ?? '' } : null;
}

export type RegisterConflict = { soort: 'naam' | 'code' | 'alias'; waarde: string; bestaand: string };

export class TaakveldRegister {
  private readonly infos: TaakveldInfo[] = [];
  private readonly byKey = new Map<string, TaakveldInfo>();
  private readonly byCode = new Map<string, TaakveldInfo>();
  private readonly nieuw: { info: TaakveldInfo; bron: Bron }[] = [];
  private lijst = false;

  /** True once a Taakvelden sheet gave the list. */
  get heeftLijst(): boolean {
    return this.lijst;
  }

  /** Every taakveld: the Taakvelden list first, then the ones first seen in Kosten and FTE. */
  list(): TaakveldInfo[] {
    return this.infos.map((i) => ({ ...i, aliassen: [...i.aliassen] }));
  }

  /** Taakvelden added by `findOrAdd`, with the cell where each was first seen. */
  listNieuw(): { info: TaakveldInfo; bron: Bron }[] {
    return [...this.nieuw];
  }

  /**
   * Adds a row of the Taakvelden sheet. A name that is already known is refused; a code or
   * alias already taken by another taakveld is left out. Conflicts are returned for issues.
   */
  addFromList(info: TaakveldInfo): RegisterConflict[] {
    this.lijst = true;
    const bestaand = this.byKey.get(normalizeNaam(info.naam));
    if (bestaand) return [{ soort: 'naam', waarde: info.naam, bestaand: bestaand.naam }];
    const conflicten: RegisterConflict[] = [];
    const opgenomen: TaakveldInfo = { ...info, aliassen: [] };
    this.infos.push(opgenomen);
    this.byKey.set(normalizeNaam(info.naam), opgenomen);
    const afgeleid = info.code === undefined ? splitCode(info.naam) : null;
    if (afgeleid) {
      opgenomen.code = afgeleid.code;
      const rest = normalizeNaam(afgeleid.rest);
      if (rest !== '' && !this.byKey.has(rest)) this.byKey.set(rest, opgenomen);
    }
    if (opgenomen.code !== undefined) {
      const code = opgenomen.code.replace(',', '.').toLowerCase();
      const ander = this.byCode.get(code);
      if (ander) conflicten.push({ soort: 'code', waarde: opgenomen.code, bestaand: ander.naam });
      else this.byCode.set(code, opgenomen);
    }
    for (const alias of info.aliassen) {
      const ander = this.byKey.get(normalizeNaam(alias));
      if (ander && ander !== opgenomen) conflicten.push({ soort: 'alias', waarde: alias, bestaand: ander.naam });
      else if (!ander) {
        this.byKey.set(normalizeNaam(alias), opgenomen);
        opgenomen.aliassen.push(alias);
      }
    }
    return conflicten;
  }

  /** The taakveld a cell names, by name, alias or code; undefined when unknown. */
  find(value: CellValue): TaakveldInfo | undefined {
    const key = normalizeNaam(value);
    if (key === '') return undefined;
    const direct = this.byKey.get(key);
    if (direct) return direct;
    const code = splitCode(value);
    if (!code) return undefined;
    return this.byCode.get(code.code) ?? (code.rest ? this.byKey.get(normalizeNaam(code.rest)) : undefined);
  }

  /** Like `find`, but a name not seen before becomes a new taakveld (first spelling wins). */
  findOrAdd(value: CellValue, bron: Bron): TaakveldInfo {
    const gevonden = this.find(value);
    if (gevonden) return gevonden;
    const naam = cleanText(value);
    const code = splitCode(value);
    const info: TaakveldInfo = { naam, domein: 'Bedrijfsvoering', aliassen: [] };
    this.infos.push(info);
    this.byKey.set(normalizeNaam(naam), info);
    if (code) {
      // "0.4 Overhead" in Kosten should also catch "0.4" and "Overhead" in FTE.
      info.code = code.code;
      if (!this.byCode.has(code.code)) this.byCode.set(code.code, info);
      const rest = normalizeNaam(code.rest);
      if (rest !== '' && !this.byKey.has(rest)) this.byKey.set(rest, info);
    }
    this.nieuw.push({ info, bron });
    return info;
  }
}
