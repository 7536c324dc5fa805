/** fast-check generators for parsed input: realistic shape, with gaps, zeros and both soorten. */
import fc from 'fast-check';
import type { Invoer } from '../../../src/core/analyse';
import type { IndicatorNaam, KostenMaat, Waarneming } from '../../../src/core/types';
import { info, invoer } from './fixtures';

const NAMEN = ['Communicatie', 'P&O', 'Facilitaire Zaken', 'Financiële Administratie', 'Informatisering', 'Handhaving'];
const DELEN: KostenMaat[] = ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur'];
const INDICATOREN: IndicatorNaam[] = ['Klanttevredenheid', 'MTO-score', 'Stagnerende projecten', 'Eenpitters', 'Taakuitbreiding', 'Oordeel'];

const bedrag = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) }, { weight: 1, arbitrary: fc.constant(null) });

const jaarRecord = (taakveld: string, jaar: number) =>
  fc.record({
    soort: fc.constantFrom('Realisatie' as const, 'Begroting' as const),
    delen: fc.tuple(bedrag, bedrag, bedrag, bedrag),
    fte: fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), fc.constant(null)),
  }).map(({ soort, delen, fte }) => {
    const uit: Waarneming[] = [];
    delen.forEach((w, i) => {
      if (w !== null) uit.push({ taakveld, jaar, soort, maat: DELEN[i], waarde: w, sheet: 'Kosten', cell: `B${jaar}` });
    });
    if (fte !== null) uit.push({ taakveld, jaar, soort, maat: 'FTE', waarde: fte, sheet: 'FTE', cell: `C${jaar}` });
    return uit;
  });

const taakveldArb = (naam: string) =>
  fc.record({
    beleid: fc.boolean(),
    jaren: fc.tuple(...[2018, 2019, 2020, 2021, 2022, 2023, 2024].map((j) => jaarRecord(naam, j))),
    indicatoren: fc.array(
      fc.record({
        jaar: fc.integer({ min: 2018, max: 2024 }),
        indicator: fc.constantFrom(...INDICATOREN),
        waarde: fc.double({ min: -3, max: 12, noNaN: true }),
        alle: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  });

/** 1–6 taakvelden with random figures; indicator rows are unique per (taakveld, jaar, indicator). */
export const invoerArb: fc.Arbitrary<Invoer> = fc
  .uniqueArray(fc.constantFrom(...NAMEN), { minLength: 1, maxLength: NAMEN.length })
  .chain((namen) => fc.tuple(...namen.map((n) => taakveldArb(n))).map((tvs) => ({ namen, tvs })))
  .map(({ namen, tvs }) => {
    const seen = new Set<string>();
    const indicatoren = tvs.flatMap((t, i) =>
      t.indicatoren.flatMap((r) => {
        const taakveld = r.alle ? null : namen[i];
        const key = `${taakveld}|${r.jaar}|${r.indicator}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ taakveld, jaar: r.jaar, indicator: r.indicator, waarde: r.waarde, sheet: 'Indicatoren', cell: 'D2' }];
      }),
    );
    return invoer({
      taakvelden: namen.map((n, i) => info(n, tvs[i].beleid ? 'Beleid' : 'Bedrijfsvoering')),
      waarnemingen: tvs.flatMap((t) => t.jaren.flat()),
      indicatoren,
      benchmark: namen.map((n, i) => ({
        taakveld: n, bekend: true, jaar: 2023, sheet: 'Benchmark', cell: `A${i + 2}`, totaleFormatie: 150, referentiePct: 2 + i,
      })),
    });
  });

/** Every number reachable in a value, for the no-NaN/Infinity check. */
export function alleGetallen(x: unknown, uit: number[] = []): number[] {
  if (typeof x === 'number') uit.push(x);
  else if (Array.isArray(x)) x.forEach((v) => alleGetallen(v, uit));
  else if (x && typeof x === 'object') Object.values(x).forEach((v) => alleGetallen(v, uit));
  return uit;
}

/** A deep copy with typed arrays as plain arrays: jest's toEqual tells typed arrays from another realm (structuredClone) apart. */
export function vlakkeKopie(x: unknown): unknown {
  if (ArrayBuffer.isView(x)) return Array.from(x as unknown as ArrayLike<number>);
  if (Array.isArray(x)) return x.map(vlakkeKopie);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, vlakkeKopie(v)]));
  return x;
}

/** Freezes every object and array; typed arrays cannot be frozen, the caller compares them with a copy. */
export function diepBevriezen<T>(x: T): T {
  if (x && typeof x === 'object' && !ArrayBuffer.isView(x)) {
    Object.values(x).forEach(diepBevriezen);
    Object.freeze(x);
  }
  return x;
}
