/** Test helpers for the parser tests. */
import type { Issue, Waarneming } from '../../../src/core/types';

/** Freezes a value and everything inside it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Waarnemingen as "taakveld|jaar|soort|maat=waarde@cell", sorted: easy to compare as a multiset. */
export function describeWaarnemingen(ws: readonly Waarneming[], metCel = true): string[] {
  return ws.map((w) => `${w.taakveld}|${w.jaar}|${w.soort}|${w.maat}=${w.waarde}${metCel ? `@${w.cell}` : ''}`).sort();
}

/** Issues as "CODE@cell". */
export function describeIssues(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code}@${i.cell}`);
}

/** The one waarde for a taakveld, jaar, soort and maat (undefined when absent). */
export function findWaarde(ws: readonly Waarneming[], taakveld: string, jaar: number, soort: string, maat: string): number | undefined {
  const hits = ws.filter((w) => w.taakveld === taakveld && w.jaar === jaar && w.soort === soort && w.maat === maat);
  if (hits.length > 1) throw new Error(`meer dan één waarneming voor ${taakveld} ${jaar} ${soort} ${maat}`);
  return hits[0]?.waarde;
}
