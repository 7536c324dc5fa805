/**
 * Kosten and FTE sheets in either layout, into `Waarneming` records.
 */
import type { Issue, SheetGrid } from '../types';
import { reserveWaarnemingen, type WaarnemingSchrijver } from '../waarnemingen';
import { detectLayout } from './detectLayout';
import { createKolomGenegeerdIssue, createKolomOntbreektIssue, createKopNietGevondenIssue } from './tabelIssues';
import { getCel, getOrigin, getPlek, type MetingContext } from './metingContext';
import { cleanText } from './normalizeKop';
import { parseBredeMetingen } from './parseBredeMetingen';
import { parseLangeMetingen } from './parseLangeMetingen';
import type { TaakveldRegister } from './taakveldRegister';

const VERWACHT = {
  kosten: 'Taakveld en jaren (2018, R2019, B2020 …), of Taakveld, Jaar, Personeel, Materieel, Afschrijving en Inhuur',
  fte: 'Taakveld en jaren (2018, R2019, B2020 …), of Taakveld, Jaar en FTE',
};

/**
 * Adds every observation on a Kosten or FTE sheet to `uit`. Problems become issues;
 * duplicates are left in (the caller checks them across sheets).
 */
export function parseMetingen(
  grid: SheetGrid, rol: 'kosten' | 'fte', register: TaakveldRegister, issues: Issue[], uit: WaarnemingSchrijver,
): void {
  const layout = detectLayout(grid, rol);
  if (!layout) {
    issues.push(createKopNietGevondenIssue(grid.name, rol, VERWACHT[rol], 'error'));
    return;
  }
  const origin = getOrigin(grid);
  const ctx: MetingContext = {
    grid, rol, register, issues, eenheid: layout.eenheid, uit, rijBasis: origin.row, kolomBasis: origin.column,
  };
  // At most one observation per row and value column: room for all of them at once.
  const kolommen = layout.layout === 'breed' ? layout.jaren.length : Math.max(layout.maatKolommen.length, 1);
  reserveWaarnemingen(uit.w, Math.max(0, grid.values.length - layout.headerRow - 1) * kolommen);
  if (layout.layout === 'breed') {
    parseBredeMetingen(ctx, layout);
    return;
  }
  if (layout.maatKolommen.length === 0 && layout.bedragKolom === undefined) {
    const wat = rol === 'kosten' ? 'Personeel, Materieel, Afschrijving en Inhuur (of Totale kosten)' : 'FTE (of Formatie)';
    issues.push(createKolomOntbreektIssue(getPlek(grid, layout.headerRow, layout.taakveldKolom), wat, 'error'));
    return;
  }
  if (layout.genegeerdeTotaalKolom !== undefined) {
    const k = layout.genegeerdeTotaalKolom;
    issues.push(createKolomGenegeerdIssue(getPlek(grid, layout.headerRow, k), cleanText(getCel(grid, layout.headerRow, k)),
      'omdat de totale kosten uit de afzonderlijke kostensoorten worden berekend'));
  }
  parseLangeMetingen(ctx, layout);
}
