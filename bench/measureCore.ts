/**
 * Timing of the pure core and of the peer, as medians of repeated runs. Wall-clock time is
 * noisy on a shared 2-core machine, so every figure is a median and ratios are taken pair by pair.
 */
import { runToets } from '../src/core/runToets';
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

/** Median ms of parse + score, and of building the sheet specs, at a size. */
export function measureCore(taakvelden: number, runs: number): { scoreMs: number; specsMs: number; rijen: number } {
  const { grids, kostenRijen } = generateGrids({ taakvelden, jaren: 10, seed: 42, gaten: 0.01 });
  const score: number[] = [];
  const specs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let run: ReturnType<typeof scoreGrids> | undefined;
    score.push(time(() => (run = scoreGrids(grids))));
    specs.push(time(() => buildSheetSpecs(run as ReturnType<typeof scoreGrids>)));
  }
  return { scoreMs: median(score), specsMs: median(specs), rijen: kostenRijen };
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
