/** Dutch enumerations and year spans for running text. */

/** ["a"] → "a"; ["a", "b"] → "a en b"; ["a", "b", "c"] → "a, b en c"; [] → "". */
export function formatOpsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen[0] ?? '';
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

/**
 * Years as a reader expects them: a run of three or more consecutive years becomes
 * "2018–2020" (en dash), the rest is enumerated: [2018, 2019] → "2018 en 2019",
 * [2017, 2018, 2019, 2021] → "2017–2019 en 2021". Unsorted input is sorted, duplicates dropped.
 */
export function formatJaren(jaren: readonly number[]): string {
  const uniek = [...new Set(jaren)].sort((a, b) => a - b);
  const delen: string[] = [];
  let start = 0;
  for (let i = 1; i <= uniek.length; i += 1) {
    if (i < uniek.length && uniek[i] === uniek[i - 1] + 1) continue;
    const reeks = uniek.slice(start, i);
    if (reeks.length >= 3) delen.push(`${reeks[0]}\u2013${reeks[reeks.length - 1]}`);
    else delen.push(...reeks.map(String));
    start = i;
  }
  return formatOpsomming(delen);
}
