/** Figures for the task pane's summary after a run: counts per Oordeel and the least robust verdicts. */
import type { Oordeel, TaakveldToets, ToetsResult } from '../../core/types';

export const OORDELEN: readonly Oordeel[] = ['Positief', 'Neutraal', 'Negatief', 'Onvoldoende gegevens'];

/** How many taakvelden got each Oordeel (every Oordeel present, zero when none). */
export function countOordelen(result: ToetsResult): Record<Oordeel, number> {
  const telling = Object.fromEntries(OORDELEN.map((o) => [o, 0])) as Record<Oordeel, number>;
  for (const t of result.taakvelden) telling[t.oordeel] += 1;
  return telling;
}

/**
 * The `aantal` taakvelden whose verdict depends most on the weights (lowest robuustheid),
 * lowest first; ties in taakveld order. Taakvelden without a verdict are left out: for them
 * robuustheid says nothing.
 */
export function findLaagsteRobuustheid(result: ToetsResult, aantal = 3): TaakveldToets[] {
  return result.taakvelden
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.oordeel !== 'Onvoldoende gegevens' && Number.isFinite(t.robuustheid))
    .sort((a, b) => a.t.robuustheid - b.t.robuustheid || a.i - b.i)
    .slice(0, aantal)
    .map(({ t }) => t);
}

/** The issue that stops a run (no Kosten or FTE sheet), if any. */
export function findRolOntbreekt(result: ToetsResult | null): ToetsResult['issues'][number] | null {
  return result?.issues.find((i) => i.code === 'ROL_ONTBREEKT') ?? null;
}
