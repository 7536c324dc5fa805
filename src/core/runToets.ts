/**
 * The core's front door: sheet grids in, a ToetsRun out (design section 2). Pure: no host,
 * no IO; the adapters read the grids and render the SheetSpecs built from the result.
 */
import type { Invoer, ToetsRun } from './analyse';
import { mergeInstellingen } from './criteria';
import { scoreInvoer } from './compute/scoreInvoer';
import { parseInvoer } from './parse';
import type { Instellingen, InstellingenOverrides, RoleMap, SheetGrid } from './types';

export interface RunToetsOptions {
  /** Sheet per role as the user chose it; proposed from names and headers where missing. */
  rollen?: RoleMap;
  /** What the task pane sets; wins over the Instellingen sheet. */
  instellingen?: InstellingenOverrides;
}

/** Misuse of the core's API (not a problem in the user's data, which comes back as issues). */
export class ToetsOptionsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ToetsOptionsError';
  }
}

/**
 * Parses the input sheets and scores them. A missing Kosten or FTE sheet comes back as one
 * error issue (code ROL_ONTBREEKT) and no taakvelden.
 */
export function runToets(grids: readonly SheetGrid[], options: RunToetsOptions = {}): ToetsRun {
  const invoer = parseInvoer([...grids], options.rollen);
  return rescoreInvoer(invoer, options.instellingen);
}

/** Scores already-parsed input again with other settings (what-if), without re-reading sheets. */
export function rescoreInvoer(invoer: Invoer, instellingen: InstellingenOverrides = {}): ToetsRun {
  const gecombineerd = combineInstellingen(invoer.instellingen, instellingen);
  controleerInstellingen(gecombineerd);
  if (invoer.issues.some((i) => i.code === 'ROL_ONTBREEKT')) {
    return {
      result: { peiljaar: null, taakvelden: [], nulLijn: [], benchmark: [], issues: invoer.issues },
      analyse: { jaren: [], nulLijnJaren: gecombineerd.nulLijnJaren, peiljaar: null, instellingen: gecombineerd, taakvelden: [], invoer },
    };
  }
  return scoreInvoer(invoer, gecombineerd);
}

/** Defaults, then the Instellingen sheet, then the task pane: record fields merge per key. */
export function combineInstellingen(blad: InstellingenOverrides, paneel: InstellingenOverrides): Instellingen {
  const basis = mergeInstellingen(blad);
  return mergeInstellingen({
    ...basis,
    ...paneel,
    gewichten: { ...basis.gewichten, ...paneel.gewichten },
    actief: { ...basis.actief, ...paneel.actief },
    drempels: { ...basis.drempels, ...paneel.drempels },
  });
}

function controleerInstellingen(i: Instellingen): void {
  if (i.nulLijnJaren.length === 0) throw new ToetsOptionsError('Er is minstens één nul-lijnjaar nodig.');
  for (const [id, w] of Object.entries(i.gewichten)) {
    if (!Number.isFinite(w) || w < 0) throw new ToetsOptionsError(`Gewicht van ${id} moet een getal ≥ 0 zijn, niet ${w}.`);
  }
  for (const [id, d] of Object.entries(i.drempels)) {
    const oplopend = d.length === 4 && d.every((t, k) => Number.isFinite(t) && (k === 0 || t > d[k - 1]));
    if (!oplopend) throw new ToetsOptionsError(`De drempels van ${id} moeten vier oplopende getallen zijn.`);
  }
  if (!Number.isInteger(i.trekkingen) || i.trekkingen < 1000) throw new ToetsOptionsError('Robuustheid vraagt minstens 1.000 trekkingen.');
}
