/**
 * The richer, internal picture behind a `ToetsResult`: year series, indicator scores and the
 * parsed input. Sheet builders and the task pane read it; the JSON contract does not expose it.
 */
import type {
  BenchmarkRegel,
  CriteriumId,
  IndicatorId,
  IndicatorWaarde,
  Instellingen,
  InstellingenOverrides,
  Issue,
  Maat,
  NulLijnJaar,
  RoleMap,
  Soort,
  TaakveldInfo,
  TaakveldToets,
  ToetsResult,
  Waarnemingen,
} from './types';

/** What the parser made of the input sheets. */
export interface Invoer {
  rollen: RoleMap;
  waarnemingen: Waarnemingen;
  /** Every taakveld known from Taakvelden, Kosten or FTE, with its canonical name. */
  taakvelden: TaakveldInfo[];
  indicatoren: IndicatorWaarde[];
  benchmark: BenchmarkRegel[];
  /** Only what the Instellingen sheet sets; defaults fill the rest. */
  instellingen: InstellingenOverrides;
  issues: Issue[];
}

export interface MaatReeks {
  maat: Maat;
  nulLijn: number | null;
  /**
   * Per year of `Analyse.jaren`, at the same position: the soort of the figure used, null when
   * there is none. Begroting marks a begroot year: a later year that fell back to its begroting,
   * or a nul-lijn year that uses (or was set to) its begroting. Frozen: series with the same
   * pattern share one array.
   */
  soorten: readonly (Soort | null)[];
  /**
   * The figure per year at the same positions, 0 where `soorten` is null; read it with
   * `waardeOp`. Two flat arrays rather than an object per year: 10,000 taakvelden × 9 measures
   * × 10 years would keep 900,000 small objects alive, and the garbage collector copies them.
   */
  waarden: number[];
  peil: number | null;
  peilBegroot: boolean;
  deltaPct: number | null;
  /** Only for Totale kosten with a taakuitbreiding. */
  deltaPctGecorrigeerd: number | null;
}

/** The figure of `reeks` at year position `positie` of `Analyse.jaren`, null when there is none. */
export function waardeOp(reeks: MaatReeks, positie: number): number | null {
  return (reeks.soorten[positie] ?? null) === null ? null : reeks.waarden[positie];
}

export type Eenheid = 'procent' | 'punten' | 'aantal' | 'procentpunt' | 'oordeel';

export interface IndicatorUitkomst {
  indicator: IndicatorId;
  criterium: CriteriumId;
  /** The measured change (or level, for Oordeel), unrounded; null = geen gegevens. */
  waarde: number | null;
  score: number | null;
  eenheid: Eenheid;
  /** Years the change compares, for the paragraph text. */
  vanJaren?: number[];
  naarJaar?: number;
}

export interface TaakveldAnalyse {
  info: TaakveldInfo;
  maten: MaatReeks[];
  indicatoren: IndicatorUitkomst[];
  taakuitbreiding: number | null;
  toets: TaakveldToets;
}

export interface Analyse {
  /** Every year with data, ascending. */
  jaren: number[];
  nulLijnJaren: NulLijnJaar[];
  peiljaar: number | null;
  instellingen: Instellingen;
  taakvelden: TaakveldAnalyse[];
  invoer: Invoer;
}

export interface ToetsRun {
  result: ToetsResult;
  analyse: Analyse;
}
