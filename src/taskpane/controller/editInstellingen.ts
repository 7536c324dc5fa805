/**
 * Pure edits of the settings the task pane sets (a `InstellingenOverrides` on top of the
 * Instellingen sheet and the defaults), and the checks that keep the core from throwing.
 */
import type { CriteriumId, Drempels, IndicatorId, InstellingenOverrides, NulLijnJaar } from '../../core/types';

export type PaneelInstellingen = InstellingenOverrides;

export const GEWICHT_MIN = 0;
export const GEWICHT_MAX = 5;
const JAAR_MIN = 1990;
const JAAR_MAX = 2100;

/** The weight of one criterion set, clamped to 0..5 as the council's scale has it. */
export function setGewicht(paneel: PaneelInstellingen, id: CriteriumId, gewicht: number): PaneelInstellingen {
  const w = Math.min(GEWICHT_MAX, Math.max(GEWICHT_MIN, gewicht));
  return { ...paneel, gewichten: { ...paneel.gewichten, [id]: w } };
}

/** One criterion switched on or off. */
export function setActief(paneel: PaneelInstellingen, id: CriteriumId, actief: boolean): PaneelInstellingen {
  return { ...paneel, actief: { ...paneel.actief, [id]: actief } };
}

/** The four thresholds of one indicator; callers check them with `isOplopend` first. */
export function setDrempels(paneel: PaneelInstellingen, id: IndicatorId, drempels: Drempels): PaneelInstellingen {
  return { ...paneel, drempels: { ...paneel.drempels, [id]: drempels } };
}

/** The nul-lijn years, sorted by year. */
export function setNulLijnJaren(paneel: PaneelInstellingen, jaren: NulLijnJaar[]): PaneelInstellingen {
  return { ...paneel, nulLijnJaren: [...jaren].sort((a, b) => a.jaar - b.jaar).map((j) => ({ ...j })) };
}

/** The peiljaar; null means "the latest year with data", also over an Instellingen sheet. */
export function setPeiljaar(paneel: PaneelInstellingen, peiljaar: number | null): PaneelInstellingen {
  const volgende: PaneelInstellingen = { ...paneel };
  // An explicit undefined key wins over the sheet's peiljaar when settings are combined.
  volgende.peiljaar = peiljaar === null ? undefined : peiljaar;
  return volgende;
}

/** True for four finite numbers, each above the previous: what the scorer needs. */
export function isOplopend(drempels: readonly number[]): drempels is Drempels {
  return drempels.length === 4 && drempels.every((t, k) => Number.isFinite(t) && (k === 0 || t > drempels[k - 1]));
}

/** True for a whole year the core accepts. */
export function isGeldigJaar(jaar: number): boolean {
  return Number.isInteger(jaar) && jaar >= JAAR_MIN && jaar <= JAAR_MAX;
}

/**
 * A number typed by a Dutch or English user: "0,3", "0.3", "-5", "−5" (real minus), "1.5";
 * null for empty or anything else. A comma is the decimal separator; thousands separators
 * are not accepted here because thresholds and weights are small numbers.
 */
export function parseInvoerGetal(tekst: string): number | null {
  const schoon = tekst.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(schoon)) return null;
  const n = Number(schoon);
  return Number.isFinite(n) ? n : null;
}
