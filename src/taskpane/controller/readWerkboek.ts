/**
 * Reading the workbook for the Gegevens tab: which sheets exist, which sheet plays which role
 * (proposed by the core), the detected layout of Kosten and FTE, and what the Instellingen
 * sheet sets. Host calls only through `HostActions`.
 */
import type { HostActions, SheetSummary } from '../../core/hostPort';
import { detectLayout, parseInvoer, proposeRoles } from '../../core/parse';
import type { LayoutInfo } from '../../core/parse';
import type { InstellingenOverrides, RoleMap, SheetGrid } from '../../core/types';
import { ROLES } from '../../core/types';

export interface WerkboekInhoud {
  bladen: SheetSummary[];
  /** Grids of the sheets that can be input (not owned, not hidden bookkeeping), by name. */
  grids: Map<string, SheetGrid>;
  rollen: RoleMap;
}

export interface RolBeschrijving {
  layouts: { kosten: LayoutInfo | null; fte: LayoutInfo | null };
  bladInstellingen: InstellingenOverrides;
}

/** Sheets that may hold input: the add-in's own output and bookkeeping ("_…") never do. */
export function selectInvoerBladen(bladen: readonly SheetSummary[]): string[] {
  return bladen.filter((b) => !b.owned && !b.name.startsWith('_')).map((b) => b.name);
}

/** The distinct sheet names the roles point at, in role order. */
export function listRolBladen(rollen: RoleMap): string[] {
  const namen: string[] = [];
  for (const rol of ROLES) {
    const blad = rollen[rol];
    if (blad && !namen.includes(blad)) namen.push(blad);
  }
  return namen;
}

/** The roles whose sheet still exists. */
export function keepBestaandeRollen(rollen: RoleMap, bestaand: ReadonlySet<string>): RoleMap {
  const over: RoleMap = {};
  for (const rol of ROLES) {
    const blad = rollen[rol];
    if (blad && bestaand.has(blad)) over[rol] = blad;
  }
  return over;
}

/** Lists and reads every input sheet and proposes a sheet per role. */
export async function readWerkboek(host: HostActions): Promise<WerkboekInhoud> {
  const bladen = await host.listSheets();
  const namen = selectInvoerBladen(bladen);
  const gelezen = namen.length > 0 ? await host.readSheets(namen) : [];
  const grids = new Map(gelezen.map((g) => [g.name, g]));
  return { bladen, grids, rollen: proposeRoles(gelezen) };
}

/** Layout previews of Kosten and FTE and the Instellingen sheet's settings, for the chosen roles. */
export function describeRollen(grids: ReadonlyMap<string, SheetGrid>, rollen: RoleMap): RolBeschrijving {
  const layoutVan = (rol: 'kosten' | 'fte'): LayoutInfo | null => {
    const grid = rollen[rol] ? grids.get(rollen[rol] as string) : undefined;
    return grid ? detectLayout(grid, rol) : null;
  };
  const gekozen = listRolBladen(rollen).flatMap((naam) => {
    const grid = grids.get(naam);
    return grid ? [grid] : [];
  });
  const bladInstellingen = rollen.instellingen ? parseInvoer(gekozen, rollen).instellingen : {};
  return { layouts: { kosten: layoutVan('kosten'), fte: layoutVan('fte') }, bladInstellingen };
}
