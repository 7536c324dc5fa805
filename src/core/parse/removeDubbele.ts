/**
 * Duplicate figures (design section 4): every cell involved gets an error and none of the
 * values is used: never sum, never pick one.
 */
import type { Bron, Issue } from '../types';
import { createDubbeleRegelIssue } from './issues';

/**
 * `items` without every group that shares a key; an issue on each cell of such a group.
 * `beschrijf` says in Dutch what is doubled ("Personeel van Overhead in 2019 (Realisatie)").
 */
export function removeDubbele<T extends Bron>(
  items: readonly T[],
  sleutel: (item: T) => string | number,
  beschrijf: (item: T) => string,
  issues: Issue[],
): T[] {
  const sleutels = items.map(sleutel);
  // The common case (no duplicates) costs one lookup per item and no list per key.
  const gezien = new Set<string | number>();
  let dubbel: Set<string | number> | null = null;
  for (const key of sleutels) {
    if (gezien.has(key)) (dubbel ??= new Set()).add(key);
    else gezien.add(key);
  }
  if (!dubbel) return [...items];
  const groepen = new Map<string | number, T[]>();
  items.forEach((item, i) => {
    if (!dubbel.has(sleutels[i])) return;
    const groep = groepen.get(sleutels[i]);
    if (groep) groep.push(item);
    else groepen.set(sleutels[i], [item]);
  });
  const uit: T[] = [];
  items.forEach((item, i) => {
    const groep = groepen.get(sleutels[i]);
    if (!groep) {
      uit.push(item);
      return;
    }
    const andere = groep.filter((g) => g !== item).map((g) => (g.sheet === item.sheet ? g.cell : `'${g.sheet}'!${g.cell}`));
    issues.push(createDubbeleRegelIssue({ sheet: item.sheet, cell: item.cell }, beschrijf(item), andere));
  });
  return uit;
}
