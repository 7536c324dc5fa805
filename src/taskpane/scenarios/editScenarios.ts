/** Pure edits of the scenario list the workbook stores. */
import type { Scenario } from '../../core/hostPort';
import type { InstellingenOverrides } from '../../core/types';

function sameNaam(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/** A deep copy, so a saved scenario never shares arrays or records with the live settings. */
export function copyInstellingen(instellingen: InstellingenOverrides): InstellingenOverrides {
  return JSON.parse(JSON.stringify(instellingen)) as InstellingenOverrides;
}

/** The list with `scenario` added, or replacing the one with the same name (case-insensitive), in place. */
export function upsertScenario(lijst: readonly Scenario[], scenario: Scenario): Scenario[] {
  const index = lijst.findIndex((s) => sameNaam(s.naam, scenario.naam));
  if (index < 0) return [...lijst, scenario];
  return lijst.map((s, i) => (i === index ? scenario : s));
}

/** The list without the scenario of that name. */
export function removeScenario(lijst: readonly Scenario[], naam: string): Scenario[] {
  return lijst.filter((s) => !sameNaam(s.naam, naam));
}

/** The scenario of that name, or undefined. */
export function findScenario(lijst: readonly Scenario[], naam: string): Scenario | undefined {
  return lijst.find((s) => sameNaam(s.naam, naam));
}
