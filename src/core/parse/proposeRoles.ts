/**
 * Proposes a sheet per role: first by sheet name ("Kosten", "Lasten 2018-2021", "FTE",
 * "Formatie", "Taakvelden", "Indicatoren", "Benchmark", "Instellingen"), then by header content.
 * One sheet per role, a sheet for at most one role; the add-in's own sheets are never proposed.
 */
import type { CellValue, Role, RoleMap, SheetGrid } from '../types';
import { classifyBenchmarkKop } from './classifyBenchmarkKop';
import { detectLayout } from './detectLayout';
import { findHeaderRow } from './findHeader';
import { isTaakveldKop } from './kolomKoppen';
import { compactKop, matchesKop, normalizeKop } from './normalizeKop';

export interface ProposeRolesOptions {
  /** Sheets the add-in made (`owned` in the host's sheet list): never proposed, whatever their name. */
  uitsluiten?: readonly string[];
}

const NAAM_WOORDEN: readonly [Role, readonly string[]][] = [
  ['kosten', ['kosten', 'lasten']],
  ['fte', ['fte', 'formatie']],
  ['indicatoren', ['indicatoren', 'indicator']],
  ['benchmark', ['benchmark', 'referentie']],
  ['instellingen', ['instellingen', 'instelling', 'parameters']],
  ['taakvelden', ['taakvelden', 'taakveld']],
];
/**
 * Output sheet names, also as "Toets (2)" when a user's sheet already had the name: a fallback
 * for hosts that cannot say which sheets are owned (callers should pass those in `uitsluiten`).
 */
const EIGEN_BLAD = /^(toets|nul-?lijn|benchmarkvergelijking|paragraaf|controle|scenario['’]s)(\s*\(\d+\))?$|^benchmark\s*\(\d+\)$/i;
const FTE_WOORDEN = ['fte', 'ftes', 'formatie', 'formatieplaatsen', 'bezetting'];
/** Content checks read only the top of a sheet. */
const KOP_RIJEN = 50;

/** A proposed sheet name per role; roles without a fitting sheet are absent. */
export function proposeRoles(grids: SheetGrid[], options: ProposeRolesOptions = {}): RoleMap {
  const uitgesloten = new Set((options.uitsluiten ?? []).map((n) => n.toLowerCase()));
  const kandidaten = grids.filter((g) => !g.name.startsWith('_') && !EIGEN_BLAD.test(g.name.trim()) && !uitgesloten.has(g.name.toLowerCase()));
  const rollen: RoleMap = {};
  const bezet = new Set<string>();
  const assignRole = (rol: Role, grid: SheetGrid) => {
    rollen[rol] = grid.name;
    bezet.add(grid.name);
  };
  for (const exact of [true, false]) {
    for (const [rol, woorden] of NAAM_WOORDEN) {
      if (rollen[rol]) continue;
      const grid = kandidaten.find((g) => !bezet.has(g.name) && woorden.some((w) => (exact ? compactKop(g.name) === w : compactKop(g.name).includes(w))));
      if (grid) assignRole(rol, grid);
    }
  }
  for (const grid of kandidaten) {
    if (bezet.has(grid.name)) continue;
    const rol = guessRole({ ...grid, values: grid.values.slice(0, KOP_RIJEN) });
    if (rol && !rollen[rol]) assignRole(rol, grid);
  }
  return rollen;
}

const hasKop = (grid: SheetGrid, test: (row: readonly CellValue[]) => boolean) => findHeaderRow(grid, test) >= 0;

/** The role a sheet's headers suggest, or null. */
function guessRole(grid: SheetGrid): Role | null {
  if (hasKop(grid, (row) => row.some((v) => matchesKop(v, ['instelling', 'instellingen'])))) return 'instellingen';
  if (hasKop(grid, (row) => row.some(isTaakveldKop) && row.some((v) => matchesKop(v, ['indicator', 'indicatoren'])))) return 'indicatoren';
  if (hasKop(grid, (row) => row.some(isTaakveldKop) && row.some((v) => classifyBenchmarkKop(v)?.startsWith('referentie') ?? false))) return 'benchmark';
  const fte = detectLayout(grid, 'fte');
  if (fte && (fte.layout === 'lang' ? fte.maatKolommen.length > 0 : mentionsFte(grid, fte.headerRow))) return 'fte';
  const kosten = detectLayout(grid, 'kosten');
  if (kosten && (kosten.layout === 'breed' || kosten.maatKolommen.length > 0 || kosten.bedragKolom !== undefined)) return 'kosten';
  const lijst = (v: CellValue) => matchesKop(v, ['code', 'domein', 'samenwerkingsvorm', 'alias', 'aliassen']);
  if (hasKop(grid, (row) => row.some(isTaakveldKop) && row.some(lijst))) return 'taakvelden';
  return null;
}

/** True when the sheet name, a title row or the header speaks of fte or formatie. */
function mentionsFte(grid: SheetGrid, headerRow: number): boolean {
  const teksten = [grid.name, ...grid.values.slice(0, headerRow + 1).flat()];
  return teksten.some((v) => normalizeKop(v).split(' ').some((w) => FTE_WOORDEN.includes(w)));
}
