/**
 * The Berenschot comparison of design section 6: share of the total formation, reference
 * FTE and costs, and the deviation in absolute terms and relative to the reference group.
 */
import type { BenchmarkRegel, BenchmarkResultaat } from '../types';
import type { WaarnemingIndex } from './waarnemingIndex';
import { deel } from './rekenen';

/** One result row per benchmark row, sorted by year and then taakveld. */
export function berekenBenchmark(regels: readonly BenchmarkRegel[], index: WaarnemingIndex): BenchmarkResultaat[] {
  return regels
    .map((r) => berekenRegel(r, index))
    .sort((a, b) => a.jaar - b.jaar || a.taakveld.localeCompare(b.taakveld, 'nl'));
}

function berekenRegel(r: BenchmarkRegel, index: WaarnemingIndex): BenchmarkResultaat {
  const fte = r.fte ?? (r.bekend ? uitInvoer(index, r.taakveld, 'FTE', r.jaar) : null);
  const kosten = r.kosten ?? (r.bekend ? uitInvoer(index, r.taakveld, 'Totale kosten', r.jaar) : null);
  const totaal = r.totaleFormatie !== undefined && r.totaleFormatie > 0 ? r.totaleFormatie : null;
  const referentieFte =
    r.referentieFte ?? (r.referentiePct !== undefined && totaal !== null ? (r.referentiePct / 100) * totaal : null);
  const referentieKosten = r.referentieKosten ?? null;
  return {
    taakveld: r.taakveld,
    jaar: r.jaar,
    fte,
    aandeelPct: pct(deel(fte, totaal)),
    referentieFte,
    referentieAandeelPct: pct(deel(referentieFte, totaal)),
    afwijkingFte: verschil(fte, referentieFte),
    afwijkingFtePct: relatief(fte, referentieFte),
    kosten,
    referentieKosten,
    afwijkingKosten: verschil(kosten, referentieKosten),
    afwijkingKostenPct: relatief(kosten, referentieKosten),
  };
}

function pct(x: number | null): number | null {
  return x === null ? null : x * 100;
}

function verschil(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** (a / referentie − 1) × 100, relative to the reference group; null for a reference ≤ 0. */
function relatief(a: number | null, referentie: number | null): number | null {
  if (a === null || referentie === null || !(referentie > 0)) return null;
  return (a / referentie - 1) * 100;
}

/** The year's figure from the FTE or Kosten sheet: Realisatie where present, else Begroting. */
function uitInvoer(index: WaarnemingIndex, taakveld: string, maat: 'FTE' | 'Totale kosten', jaar: number): number | null {
  const kies = (soort: 'Realisatie' | 'Begroting') =>
    maat === 'FTE' ? index.get(taakveld, 'FTE', jaar, soort) : index.totaleKosten(taakveld, jaar, soort);
  return (kies('Realisatie') ?? kies('Begroting'))?.waarde ?? null;
}
