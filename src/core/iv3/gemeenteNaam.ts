/** Comparing municipality names the way people type them. */

/** Lower case, no accents, one kind of apostrophe, whitespace collapsed: "Súdwest-Fryslân" → "sudwest-fryslan". */
export function normalizeGemeenteNaam(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only letters and digits: "'s-Gravenhage" and "s gravenhage" both give "sgravenhage". */
export function compactGemeenteNaam(naam: string): string {
  return normalizeGemeenteNaam(naam).replace(/[^a-z0-9]/g, '');
}

/** Without the province CBS adds to tell names apart: "Hengelo (O.)" → "hengelo". */
export function verkortGemeenteNaam(naam: string): string {
  return normalizeGemeenteNaam(naam).replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** Names people use that share no spelling with the official one. */
export const ROEPNAMEN: Readonly<Record<string, string>> = {
  denhaag: "'s-Gravenhage",
  denbosch: "'s-Hertogenbosch",
};

/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function computeEditDistance(a: string, b: string): number {
  if (a === b) return 0;
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const huidige = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      huidige.push(Math.min(vorige[j] + 1, huidige[j - 1] + 1, vorige[j - 1] + kosten));
    }
    vorige = huidige;
  }
  return vorige[b.length];
}
