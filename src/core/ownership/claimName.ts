/**
 * The first of `name(1)`, `name(2)`, … that `isValid` accepts and that is not in `taken`
 * (lower-cased, as Excel compares sheet and table names); adds it to `taken`.
 */
export function claimName(taken: Set<string>, name: (n: number) => string, isValid: (candidate: string) => boolean): string {
  for (let n = 1; ; n += 1) {
    const candidate = name(n);
    if (isValid(candidate) && !taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}
