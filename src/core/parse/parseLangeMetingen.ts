/**
 * Long Kosten and FTE sheets: one row per taakveld, jaar (and soort), one column per measure,
 * or a Kostensoort column with one amount column.
 */
import type { Soort } from '../types';
import { createOnbekendeKostensoortIssue, createOnbekendeSoortIssue, createOngeldigJaarIssue } from './issues';
import { isTotaalLabel } from './kolomKoppen';
import type { LayoutInfo, MaatKolom } from './detectLayout';
import {
  TaakveldVolger, getCel, addMeting, hasWaarden, getPlek, readMetingWaarde, type MetingContext,
} from './metingContext';
import { cleanText, isBlank } from './normalizeKop';
import { parseKostensoort } from './parseKostensoort';
import { parseSoort, readJaarKop } from './parseJaarKop';

/** Adds the observations of a long sheet to ctx.uit (the caller has checked that measure columns exist). */
export function parseLangeMetingen(ctx: MetingContext, layout: LayoutInfo): void {
  const { grid } = ctx;
  const jaarKolom = layout.jaarKolom ?? -1;
  const waardeKolommen = layout.bedragKolom !== undefined ? [layout.bedragKolom] : layout.maatKolommen.map((m) => m.kolom);
  const volger = new TaakveldVolger(grid, layout.taakveldKolom, (v, plek) => ctx.register.findOrAdd(v, plek));
  for (let r = layout.headerRow + 1; r < grid.values.length; r += 1) {
    const taakveld = volger.readRegel(r);
    if (taakveld === 'overslaan' || !hasWaarden(grid, r, waardeKolommen)) continue;
    const ks = layout.kostensoortKolom;
    if (layout.bedragKolom !== undefined && ks !== undefined && isTotaalLabel(getCel(grid, r, ks))) continue;
    if (!taakveld) {
      volger.reportOntbrekend(r, ctx.issues, 'error');
      continue;
    }
    const jaarSoort = readJaarSoort(ctx, layout, r, jaarKolom);
    const maten = jaarSoort ? readMaten(ctx, layout, r) : null;
    if (!jaarSoort || !maten) continue;
    for (const { maat, kolom } of maten) {
      const waarde = readMetingWaarde(ctx, r, kolom);
      if (waarde !== undefined) {
        addMeting(ctx, r, kolom, taakveld.naam, jaarSoort.jaar, jaarSoort.soort, maat, waarde);
      }
    }
  }
}

/** Jaar and soort of a row (a Soort cell wins over "B2020" in the Jaar cell); null after an issue. */
function readJaarSoort(ctx: MetingContext, layout: LayoutInfo, r: number, jaarKolom: number): { jaar: number; soort: Soort } | null {
  const { grid } = ctx;
  const kop = readJaarKop(getCel(grid, r, jaarKolom));
  if (!kop) {
    ctx.issues.push(createOngeldigJaarIssue(getPlek(grid, r, jaarKolom), cleanText(getCel(grid, r, jaarKolom)), 'error'));
    return null;
  }
  const sk = layout.soortKolom;
  if (sk !== undefined && !isBlank(getCel(grid, r, sk))) {
    const soort = parseSoort(getCel(grid, r, sk));
    if (soort) return { jaar: kop.jaar, soort };
    ctx.issues.push(createOnbekendeSoortIssue(getPlek(grid, r, sk), cleanText(getCel(grid, r, sk)), 'error'));
    return null;
  }
  if (kop.soort) return { jaar: kop.jaar, soort: kop.soort };
  ctx.issues.push(createOnbekendeSoortIssue(getPlek(grid, r, jaarKolom), cleanText(getCel(grid, r, jaarKolom)), 'error'));
  return null;
}

/** The measure columns, or for a Kostensoort + amount sheet the row's kostensoort; null after an issue. */
function readMaten(ctx: MetingContext, layout: LayoutInfo, r: number): MaatKolom[] | null {
  if (layout.bedragKolom === undefined || layout.kostensoortKolom === undefined) return layout.maatKolommen;
  const ks = layout.kostensoortKolom;
  const maat = parseKostensoort(getCel(ctx.grid, r, ks));
  if (maat) return [{ maat, kolom: layout.bedragKolom }];
  ctx.issues.push(createOnbekendeKostensoortIssue(getPlek(ctx.grid, r, ks), cleanText(getCel(ctx.grid, r, ks))));
  return null;
}
