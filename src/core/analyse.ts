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
  Waarneming,
} from './types';

/** What the parser made of the input sheets. */
export interface Invoer {
  rollen: RoleMap;
  waarnemingen: Waarneming[];
  /** Every taakveld known from Taakvelden, Kosten or FTE, with its canonical name. */
  taakvelden: TaakveldInfo[];
  indicatoren: IndicatorWaarde[];
  benchmark: BenchmarkRegel[];
  /** Only what the Instellingen sheet sets; defaults fill the rest. */
  instellingen: InstellingenOverrides;
  issues: Issue[];
}

export interface JaarWaarde {
  jaar: number;
  waarde: number | null;
  /** The soort actually used for this year (null when there is no figure). */
  soort: Soort | null;
  /** True when a later year falls back to Begroting, or a nul-lijn year to its other soort. */
  begroot: boolean;
}

export interface MaatReeks {
  maat: Maat;
  nulLijn: number | null;
  /** One entry per year of `Analyse.jaren`. */
  jaren: JaarWaarde[];
  peil: number | null;
  peilBegroot: boolean;
  deltaPct: number | null;
  /** Only for Totale kosten with a taakuitbreiding. */
  deltaPctGecorrigeerd: number | null;
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
