/**
 * The largest number of taakvelden for which a full run still takes at most 3 syncs, for a
 * first run, a re-run from the same pane and one from a pane without memory of the last run, by a coarse bisection over generated sizes. Sync counts grow
 * with the payload, so they are taken as monotonic in the number of taakvelden; the answer is
 * the largest measured size within the budget, exact to `stap` taakvelden.
 */
import { measureExcel, type ExcelFiguren } from './measureExcel';

export const SYNC_BUDGET = 3;

export interface SyncMeting {
  taakvelden: number;
  syncsFirstRun: number;
  syncsReRun: number;
  syncsReRunNoMemory: number;
}

export interface SyncGrens {
  /** Largest size measured with a first run in ≤ 3 syncs (0: none). */
  eersteRun: number;
  /** Largest size measured with a re-run from the same pane in ≤ 3 syncs (0: none). */
  herhaling: number;
  /** The same for a re-run from a pane without memory of the last run. */
  herhalingZonderGeheugen: number;
  /** Precision: the next measured size above each answer was over budget, at most this far up. */
  stap: number;
  /** Whether a search stopped at `plafond` or at the run limit before it found its edge. */
  onvolledig: boolean;
  metingen: SyncMeting[];
}

export interface SearchOptions {
  stap?: number;
  maxMetingen?: number;
  plafond?: number;
  /** Injected for tests; defaults to measureExcel without the what-if. */
  measure?: (taakvelden: number) => Promise<SyncMeting>;
}

type Key = 'syncsFirstRun' | 'syncsReRun' | 'syncsReRunNoMemory';

const measureRuns = async (taakvelden: number): Promise<SyncMeting> => {
  const f = await measureExcel(taakvelden, { whatIf: false });
  return { taakvelden, syncsFirstRun: f.syncsFirstRun, syncsReRun: f.syncsReRun, syncsReRunNoMemory: f.syncsReRunNoMemory };
};

/** Bisects both limits, reusing `known` figures (e.g. the 10 and 2,000 taakvelden of the bench). */
export async function searchSyncLimit(known: ExcelFiguren[], options: SearchOptions = {}): Promise<SyncGrens> {
  const stap = options.stap ?? 250;
  const maxMetingen = options.maxMetingen ?? 10;
  const plafond = options.plafond ?? 64_000;
  const measure = options.measure ?? measureRuns;
  const metingen: SyncMeting[] = known.map(({ taakvelden, syncsFirstRun, syncsReRun, syncsReRunNoMemory }) => ({
    taakvelden, syncsFirstRun, syncsReRun, syncsReRunNoMemory,
  }));
  let runs = 0;
  let onvolledig = false;

  const bounds = (key: Key): { lo: number; hi: number | undefined } => {
    const within = metingen.filter((m) => m[key] <= SYNC_BUDGET).map((m) => m.taakvelden);
    const lo = within.length > 0 ? Math.max(...within) : 0;
    const over = metingen.filter((m) => m[key] > SYNC_BUDGET && m.taakvelden > lo).map((m) => m.taakvelden);
    return { lo, hi: over.length > 0 ? Math.min(...over) : undefined };
  };
  const next = (key: Key): number | undefined => {
    const { lo, hi } = bounds(key);
    if (hi === undefined) return lo * 2 <= plafond && lo > 0 ? lo * 2 : undefined;
    if (hi - lo <= stap) return undefined;
    return Math.max(lo + 1, Math.round((lo + hi) / 2 / stap) * stap);
  };

  for (const key of ['syncsReRunNoMemory', 'syncsReRun', 'syncsFirstRun'] as const) {
    for (let n = next(key); n !== undefined; n = next(key)) {
      if (runs >= maxMetingen) {
        onvolledig = true;
        break;
      }
      metingen.push(await measure(n));
      runs += 1;
    }
    if (bounds(key).hi === undefined) onvolledig = true;
  }
  metingen.sort((a, b) => a.taakvelden - b.taakvelden);
  return {
    eersteRun: bounds('syncsFirstRun').lo,
    herhaling: bounds('syncsReRun').lo,
    herhalingZonderGeheugen: bounds('syncsReRunNoMemory').lo,
    stap,
    onvolledig,
    metingen,
  };
}
