/**
 * The bars of design section 11 held against the bench's figures, so `npm run bench` says per
 * bar whether this machine met it instead of leaving the reader to compare numbers. The
 * thresholds are the design's; where its words need a number, the reading is written here:
 * - "well under a second": every one of the timed runs at 10,000 taakvelden under 1,000 ms,
 *   not just the median (this VM's runs spread by ±50%);
 * - "cost grows linearly": 10× the rows at most 12.5× the time (a quarter for noise).
 */
import { formatGetal, formatOpsomming } from '../src/core/format';
import { PAYLOAD_BUDGET_BYTES } from '../src/excel/payload';
import { SYNC_BUDGET } from './searchSyncLimit';

export const WHAT_IF_SYNC_BUDGET = 2;
export const CORE_BUDGET_MS = 1_000;
export const MAX_SCALING_RATIO = 12.5;

export interface BenchCijfers {
  syncsFullRun: number;
  syncsWhatIf: number;
  maxRequestBytes: number;
  scalingRatio: number;
  /** Median and slowest run, 10,000 taakvelden × 10 years. */
  kernMs: number;
  kernMaxMs: number;
  /** Largest measured sizes within 3 syncs. */
  grens: { eersteRun: number; herhaling: number; herhalingZonderGeheugen: number };
  /** The sizes the sync figures were measured at. */
  gemetenTaakvelden: number[];
}

export interface EisOordeel {
  eis: string;
  gemeten: string;
  gehaald: boolean;
  toelichting: string;
}

/** One verdict per bar of section 11 that the bench measures. */
export function judgeBars(c: BenchCijfers): EisOordeel[] {
  const groottes = formatOpsomming(c.gemetenTaakvelden.map((n) => formatGetal(n)));
  const { eersteRun, herhaling, herhalingZonderGeheugen } = c.grens;
  return [
    {
      eis: `volledige run ≤ ${SYNC_BUDGET} syncs, ongeacht het aantal taakvelden`,
      gemeten: `${c.syncsFullRun} (hoogste over ${groottes} taakvelden)`,
      gehaald: c.syncsFullRun <= SYNC_BUDGET,
      toelichting: `binnen ${SYNC_BUDGET} tot ${formatGetal(eersteRun)} taakvelden (eerste run), ${formatGetal(herhaling)} (herhaling met schrijfgeheugen), ${formatGetal(herhalingZonderGeheugen)} (zonder)`,
    },
    {
      eis: `what-if ≤ ${WHAT_IF_SYNC_BUDGET} syncs`,
      gemeten: String(c.syncsWhatIf),
      gehaald: c.syncsWhatIf <= WHAT_IF_SYNC_BUDGET,
      toelichting: `gemeten bij ${groottes} taakvelden`,
    },
    {
      eis: 'geen request boven 4 MB',
      gemeten: `${formatGetal(c.maxRequestBytes)} bytes`,
      gehaald: c.maxRequestBytes <= PAYLOAD_BUDGET_BYTES,
      toelichting: `grootste request van alle gemeten runs; grens ${formatGetal(PAYLOAD_BUDGET_BYTES)} bytes`,
    },
    {
      eis: 'kern 10.000 taakvelden × 10 jaar ruim onder een seconde',
      gemeten: `mediaan ${formatGetal(c.kernMs)} ms, traagste ${formatGetal(c.kernMaxMs)} ms`,
      gehaald: c.kernMaxMs < CORE_BUDGET_MS,
      toelichting: `gelezen als: elke gemeten run onder ${formatGetal(CORE_BUDGET_MS)} ms`,
    },
    {
      eis: 'kosten groeien lineair met het aantal regels',
      gemeten: `${formatGetal(c.scalingRatio, 1)}× de tijd bij 10× de regels`,
      gehaald: c.scalingRatio <= MAX_SCALING_RATIO,
      toelichting: `gelezen als: hoogstens ${formatGetal(MAX_SCALING_RATIO, 1)}× (een kwart ruimte voor ruis)`,
    },
  ];
}
