/**
 * Wide Kosten and FTE sheets: one row per taakveld (and kostensoort), one column per year.
 */
import type { Waarneming } from '../types';
import { createOnbekendeKostensoortIssue, createOnbekendeSoortIssue } from './issues';
import { isTotaalLabel } from './kolomKoppen';
import type { LayoutInfo } from './detectLayout';
import {
  TaakveldVolger, getCel, addMeting, hasWaarden, getPlek, readMetingWaarde, type MetingContext,
} from './metingContext';
import { cleanText } from './normalizeKop';
import { parseKostensoort } from './parseKostensoort';

/** Observations of a wide sheet; the maat is the row's kostensoort, Totale kosten, or FTE. */
export function parseBredeMetingen(ctx: MetingContext, layout: LayoutInfo): void {
  const { grid } = ctx;
  for (const kolom of layout.onbekendeSoortKolommen) {
    const plek = getPlek(grid, layout.headerRow, kolom);
    ctx.issues.push(createOnbekendeSoortIssue(plek, cleanText(getCel(grid, layout.headerRow, kolom)), 'warning'));
  }
  const ks = ctx.rol === 'kosten' ? layout.kostensoortKolom : undefined;
  const volger = new TaakveldVolger(grid, layout.taakveldKolom, (v, plek) => ctx.register.findOrAdd(v, plek));
  const jaarKolommen = layout.jaren.map((j) => j.kolom);
  for (let r = layout.headerRow + 1; r < grid.values.length; r += 1) {
    const taakveld = volger.readRegel(r);
    if (taakveld === 'overslaan' || !hasWaarden(grid, r, jaarKolommen)) continue;
    if (ks !== undefined && isTotaalLabel(getCel(grid, r, ks))) continue;
    if (!taakveld) {
      volger.reportOntbrekend(r, ctx.issues, 'error');
      continue;
    }
    let maat: Waarneming['maat'] = ctx.rol === 'fte' ? 'FTE' : 'Totale kosten';
    if (ks !== undefined) {
      const soort = parseKostensoort(getCel(grid, r, ks));
      if (!soort) {
        ctx.issues.push(createOnbekendeKostensoortIssue(getPlek(grid, r, ks), cleanText(getCel(grid, r, ks))));
        continue;
      }
      maat = soort;
    }
    for (const j of layout.jaren) {
      const waarde = readMetingWaarde(ctx, r, j.kolom);
      if (waarde !== undefined) {
        addMeting(ctx, r, j.kolom, taakveld.naam, j.jaar, j.soort, maat, waarde);
      }
    }
  }
}
