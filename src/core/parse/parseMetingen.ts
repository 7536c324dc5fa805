/**
 * Kosten and FTE sheets in either layout, into `Waarneming` records.
 */
import type { Issue, SheetGrid, Waarneming } from '../types';
import { detectLayout } from './detectLayout';
import { createKolomGenegeerdIssue, createKolomOntbreektIssue, createKopNietGevondenIssue } from './tabelIssues';
import { getCel, getPlek, type MetingContext } from './metingContext';
import { cleanText } from './normalizeKop';
import { parseBredeMetingen } from './parseBredeMetingen';
import { parseLangeMetingen } from './parseLangeMetingen';
import type { TaakveldRegister } from './taakveldRegister';

const VERWACHT = {
  kosten: 'Taakveld en jaren (2018, R2019, B2020 …), of Taakveld, Jaar, Personeel, Materieel, Afschrijving en Inhuur',
  fte: 'Taakveld en jaren (2018, R2019, B2020 …), of Taakveld, Jaar en FTE',
};

/**
 * Every observation on a Kosten or FTE sheet. Problems become issues; duplicates are
 * left in (the caller checks them across sheets).
 */
export function parseMetingen(grid: SheetGrid, rol: 'kosten' | 'fte', register: TaakveldRegister, issues: Issue[]): Waarneming[] {
  const layout = detectLayout(grid, rol);
  if (!layout) {
    issues.push(createKopNietGevondenIssue(grid.name, rol, VERWACHT[rol], 'error'));
    return [];
  }
  const ctx: MetingContext = { grid, rol, register, issues, eenheid: layout.eenheid };
  if (layout.layout === 'breed') return parseBredeMetingen(ctx, layout);
  if (layout.maatKolommen.length === 0 && layout.bedragKolom === undefined) {
    const wat = rol === 'kosten' ? 'Personeel, Materieel, Afschrijving en Inhuur (of Totale kosten)' : 'FTE (of Formatie)';
    issues.push(createKolomOntbreektIssue(getPlek(grid, layout.headerRow, layout.taakveldKolom), wat, 'error'));
    return [];
  }
  if (layout.genegeerdeTotaalKolom !== undefined) {
    const k = layout.genegeerdeTotaalKolom;
    issues.push(createKolomGenegeerdIssue(getPlek(grid, layout.headerRow, k), cleanText(getCel(grid, layout.headerRow, k)),
      'omdat de totale kosten uit de afzonderlijke kostensoorten worden berekend'));
  }
  return parseLangeMetingen(ctx, layout);
}
