/**
 * The whole input: resolves the roles, then reads Taakvelden, Kosten, FTE, Indicatoren,
 * Benchmark and Instellingen into an `Invoer`. Problems in the data become issues; the grids
 * are only read, never changed.
 */
import type { Invoer } from '../analyse';
import type { Issue, Role, RoleMap, SheetGrid } from '../types';
import { createWaarnemingen, createWaarnemingSchrijver } from '../waarnemingen';
import { ROLES } from '../types';
import { createTaakveldNietInLijstIssue } from './issues';
import { parseBenchmark } from './parseBenchmark';
import { parseIndicatoren } from './parseIndicatoren';
import { parseInstellingen } from './parseInstellingen';
import { parseMetingen } from './parseMetingen';
import { parseTaakvelden } from './parseTaakvelden';
import { proposeRoles, type ProposeRolesOptions } from './proposeRoles';
import { removeDubbeleWaarnemingen } from './removeDubbeleWaarnemingen';
import { createBladNietGevondenIssue, createRolOntbreektIssue } from './tabelIssues';
import { TaakveldRegister } from './taakveldRegister';

/** Misuse of the parser (not a problem in the user's data). */
export class ParseInvoerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParseInvoerError';
  }
}

export type ParseInvoerOptions = ProposeRolesOptions;

/**
 * Reads the input sheets. Roles missing from `rollen` (or undefined there) are proposed with
 * `proposeRoles` (passing `options`, e.g. the add-in's own sheets to skip); an empty string
 * means "no sheet" on purpose. Without a Kosten or FTE sheet the result holds one
 * ROL_ONTBREEKT error and no data.
 */
export function parseInvoer(grids: SheetGrid[], rollen: RoleMap = {}, options: ParseInvoerOptions = {}): Invoer {
  const perNaam = indexGrids(grids);
  const gekozen = Object.values(rollen).filter((n): n is string => !!n);
  const voorstel = proposeRoles(grids.filter((g) => !gekozen.includes(g.name)), options);
  const opgelost: RoleMap = {};
  for (const rol of ROLES) {
    const naam = rollen[rol] === undefined ? voorstel[rol] : rollen[rol];
    if (naam) opgelost[rol] = naam;
  }
  const ontbrekend = (['kosten', 'fte'] as const).filter((rol) => !opgelost[rol] || !perNaam.has(opgelost[rol] as string));
  if (ontbrekend.length > 0) {
    const verdwenen: RoleMap = {};
    for (const rol of ontbrekend) if (opgelost[rol]) verdwenen[rol] = opgelost[rol];
    return createLegeInvoer(opgelost, [createRolOntbreektIssue([...ontbrekend], verdwenen)]);
  }
  const issues: Issue[] = [];
  const findBlad = (rol: Role): SheetGrid | undefined => {
    const naam = opgelost[rol];
    if (!naam) return undefined;
    const grid = perNaam.get(naam);
    if (!grid) issues.push(createBladNietGevondenIssue(rol, naam));
    return grid;
  };
  const register = new TaakveldRegister();
  const lijstBlad = findBlad('taakvelden');
  if (lijstBlad) parseTaakvelden(lijstBlad, register, issues);
  const metingen = createWaarnemingSchrijver();
  parseMetingen(findBlad('kosten') as SheetGrid, 'kosten', register, issues, metingen);
  parseMetingen(findBlad('fte') as SheetGrid, 'fte', register, issues, metingen);
  if (register.heeftLijst && lijstBlad) {
    for (const { info, bron } of register.listNieuw()) issues.push(createTaakveldNietInLijstIssue(bron, info.naam, lijstBlad.name));
  }
  const waarnemingen = removeDubbeleWaarnemingen(metingen.w, issues);
  const indicatorBlad = findBlad('indicatoren');
  const benchmarkBlad = findBlad('benchmark');
  const instellingenBlad = findBlad('instellingen');
  return {
    rollen: opgelost,
    waarnemingen,
    taakvelden: register.list(),
    indicatoren: indicatorBlad ? parseIndicatoren(indicatorBlad, register, issues) : [],
    benchmark: benchmarkBlad ? parseBenchmark(benchmarkBlad, register, issues) : [],
    instellingen: instellingenBlad ? parseInstellingen(instellingenBlad, issues) : {},
    issues,
  };
}

function createLegeInvoer(rollen: RoleMap, issues: Issue[]): Invoer {
  return { rollen, waarnemingen: createWaarnemingen(), taakvelden: [], indicatoren: [], benchmark: [], instellingen: {}, issues };
}

/** Grids by name; two grids with one name is misuse by the adapter. */
function indexGrids(grids: SheetGrid[]): Map<string, SheetGrid> {
  if (!Array.isArray(grids)) throw new ParseInvoerError('parseInvoer verwacht een lijst met bladen (SheetGrid[]).');
  const perNaam = new Map<string, SheetGrid>();
  for (const grid of grids) {
    if (perNaam.has(grid.name)) throw new ParseInvoerError(`Het blad '${grid.name}' is twee keer aangeleverd.`);
    perNaam.set(grid.name, grid);
  }
  return perNaam;
}
