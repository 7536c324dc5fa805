/**
 * Timing of the pure core and of the peer, as medians of repeated runs. Wall-clock time is
 * noisy on a shared 2-core machine, so every figure is a median and ratios are taken pair by pair.
 */
import { rescoreInvoer, runToets } from '../src/core/runToets';
import { buildSheetSpecs } from '../src/core/sheets';
import type { SheetGrid } from '../src/core/types';
import { generateGrids } from './generateGrids';
import { runPeer, type PeerOptions } from './peerHyperFormula';

export const PEER_OPTIONS: PeerOptions = {
  nulLijnJaren: [
    { jaar: 2018, soort: 'Realisatie' },
    { jaar: 2019, soort: 'Realisatie' },
    { jaar: 2020, soort: 'Begroting' },
  ],
  peiljaar: 2027,
  peilSoort: 'Begroting',
  benchmarkJaar: 2023,
};

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds of one call. */
export function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

export function scoreGrids(grids: SheetGrid[]) {
  return runToets(grids, { instellingen: { trekkingen: 1000 } });
}

export interface KernMeting {
  /** Median ms of parse + score (runToets). */
  scoreMs: number;
  /** Fastest and slowest run: garbage collection makes single runs vary by ±30%. */
  scoreMinMs: number;
  scoreMaxMs: number;
  /** Median ms of re-scoring parsed input (a what-if). */
  rescoreMs: number;
  /** Median ms of building the sheet specs. */
  specsMs: number;
  rijen: number;
}

/**
 * Parse + score, re-score and sheet specs at a size, each in its own series of runs so one
 * stage's garbage is not collected in another stage's time.
 */
export function measureCore(taakvelden: number, runs: number): KernMeting {
  const { grids, kostenRijen } = generateGrids({ taakvelden, jaren: 10, seed: 42, gaten: 0.01 });
  const score: number[] = [];
  let run: ReturnType<typeof scoreGrids> | null = null;
  for (let i = 0; i < runs; i++) {
    // Like a fresh `score` on the command line: the previous run's result is not kept alive.
    run = null;
    score.push(time(() => (run = scoreGrids(grids))));
  }
  if (!run) throw new Error('geen runs');
  const laatste: ReturnType<typeof scoreGrids> = run;
  const rescore = Array.from({ length: runs }, () => time(() => rescoreInvoer(laatste.analyse.invoer, { trekkingen: 1000 })));
  const specs = Array.from({ length: runs }, () => time(() => buildSheetSpecs(laatste)));
  return {
    scoreMs: median(score),
    scoreMinMs: Math.min(...score),
    scoreMaxMs: Math.max(...score),
    rescoreMs: median(rescore),
    specsMs: median(specs),
    rijen: kostenRijen,
  };
}

export interface PeerVergelijking {
  peerRatio: number;
  peerMs: number;
  coreMs: number;
  maxVerschil: number;
  taakvelden: number;
}

/**
 * Checks that core and peer agree on nul-lijn, peil, Δ% and benchmark deviation, then times
 * them pair by pair on the same data; returns the median of the per-pair ratios.
 */
export function comparePeer(taakvelden: number, pairs: number): PeerVergelijking {
  const { grids } = generateGrids({ taakvelden, jaren: 10, seed: 7 });
  const core = scoreGrids(grids).result;
  const peer = runPeer(grids, PEER_OPTIONS);
  let maxVerschil = 0;
  for (const p of peer) {
    const tk = core.nulLijn.find((r) => r.taakveld === p.taakveld && r.maat === 'Totale kosten');
    const bm = core.benchmark.find((b) => b.taakveld === p.taakveld);
    const paren: [number, number | null | undefined][] = [
      [p.nulLijn, tk?.nulLijn], [p.peil, tk?.waarde], [p.deltaPct, tk?.deltaPct], [p.afwijkingFtePct, bm?.afwijkingFtePct],
    ];
    for (const [a, b] of paren) {
      if (b === null || b === undefined) throw new BenchError(`Kern en peer verschillen voor ${p.taakveld}: kern heeft geen waarde.`);
      maxVerschil = Math.max(maxVerschil, Math.abs(a - b) / Math.max(1, Math.abs(a)));
    }
  }
  if (maxVerschil > 1e-9) throw new BenchError(`Kern en peer verschillen (relatief ${maxVerschil}); timing zou appels met peren vergelijken.`);
  const ratios: number[] = [];
  const peerMs: number[] = [];
  const coreMs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const c = time(() => scoreGrids(grids));
    const p = time(() => runPeer(grids, PEER_OPTIONS));
    coreMs.push(c);
    peerMs.push(p);
    ratios.push(p / c);
  }
  return { peerRatio: median(ratios), peerMs: median(peerMs), coreMs: median(coreMs), maxVerschil, taakvelden };
}

export class BenchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BenchError';
  }
}
