/**
 * Plain data types shared by the core and its adapters. Nothing here knows about
 * Office.js, exceljs, React or Node: adapters turn host sheets into `SheetGrid`s and
 * render the `SheetSpec`s the core returns.
 */

/** One cell as every host can give it: Excel error values arrive as strings such as "#N/A". */
export type CellValue = string | number | boolean | null;
export type Grid = CellValue[][];

/** A rectangular block of cells read from one sheet. */
export interface SheetGrid {
  name: string;
  /** A1 address of `values[0][0]`; defaults to "A1". */
  origin?: string;
  values: Grid;
}

/** Which input a sheet plays. */
export type Role = 'kosten' | 'fte' | 'taakvelden' | 'indicatoren' | 'benchmark' | 'instellingen';
export const ROLES: readonly Role[] = ['kosten', 'fte', 'taakvelden', 'indicatoren', 'benchmark', 'instellingen'];
export type RoleMap = Partial<Record<Role, string>>;

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the user's data: returned as a value, never thrown. */
export interface Issue {
  severity: Severity;
  sheet: string;
  /** A1 address, "" when the issue is about a whole sheet or the workbook. */
  cell: string;
  code: string;
  /** Dutch: what is wrong and what to do. */
  message: string;
}

/** Realisatie includes jaarrekening/rekening figures. */
export type Soort = 'Realisatie' | 'Begroting';

export type KostenMaat = 'Personeel' | 'Materieel' | 'Afschrijving' | 'Inhuur';
export type Maat =
  | KostenMaat
  | 'Totale kosten'
  | 'FTE'
  | 'Kosten per FTE'
  | 'Externe inhuur';
export const KOSTEN_DELEN: readonly KostenMaat[] = ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur'];
/** The measures an observation can have (KOSTEN_DELEN first), and each one's number. */
export const WAARNEMING_MATEN: readonly Waarneming['maat'][] = [...KOSTEN_DELEN, 'Totale kosten', 'FTE'];
export const WAARNEMING_MAAT_NR: ReadonlyMap<Waarneming['maat'], number> = new Map(WAARNEMING_MATEN.map((m, i) => [m, i]));
export const MATEN: readonly Maat[] = [
  'Personeel', 'Materieel', 'Afschrijving', 'Inhuur', 'Totale kosten', 'FTE', 'Kosten per FTE', 'Externe inhuur',
];

export type Domein = 'Bedrijfsvoering' | 'Beleid';
export type Samenwerkingsvorm = 'Zelfstandig' | 'Kennisdeling' | 'Vervlochten' | 'Gemeenschappelijke regeling';

export type CriteriumId = 'K1' | 'K2' | 'K3' | 'K4' | 'K5' | 'K6';
export const CRITERIA: readonly CriteriumId[] = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'];

/** Indicators the scoring knows; each belongs to one criterion. */
export type IndicatorId =
  | 'klanttevredenheid'
  | 'totaleKosten'
  | 'kostenPerFte'
  | 'externeInhuur'
  | 'formatieReferentie'
  | 'stagnerendeProjecten'
  | 'mto'
  | 'eenpitters'
  | 'oordeel';

/** Measurements read from the Indicatoren sheet (taakuitbreiding corrects K2, it is not scored). */
export type IndicatorNaam =
  | 'Klanttevredenheid'
  | 'MTO-score'
  | 'Stagnerende projecten'
  | 'Eenpitters'
  | 'Taakuitbreiding'
  | 'Oordeel';

export type Oordeel = 'Positief' | 'Neutraal' | 'Negatief' | 'Onvoldoende gegevens';

export type Drempels = readonly [number, number, number, number];

export interface NulLijnJaar {
  jaar: number;
  soort: Soort;
}

/** Everything a council or the task pane can set. */
export interface Instellingen {
  nulLijnJaren: NulLijnJaar[];
  /** Latest year with data when undefined. */
  peiljaar?: number;
  gewichten: Record<CriteriumId, number>;
  actief: Record<CriteriumId, boolean>;
  drempels: Record<IndicatorId, Drempels>;
  /** Number of random weight vectors for Robuustheid (at least 1000). */
  trekkingen: number;
  seed: number;
}

/** What a sheet or the task pane sets on top of the defaults: every record may be partial. */
export type InstellingenOverrides = Partial<Omit<Instellingen, 'gewichten' | 'actief' | 'drempels'>> & {
  gewichten?: Partial<Record<CriteriumId, number>>;
  actief?: Partial<Record<CriteriumId, boolean>>;
  drempels?: Partial<Record<IndicatorId, Drempels>>;
};

// ---------- parsed input ----------

export interface Bron {
  sheet: string;
  cell: string;
}

/** One figure for one taakveld, year and soort: a row of `Waarnemingen` (see core/waarnemingen.ts). */
export interface Waarneming extends Bron {
  taakveld: string;
  jaar: number;
  soort: Soort;
  maat: KostenMaat | 'Totale kosten' | 'FTE';
  waarde: number;
}

/**
 * Every parsed Kosten and FTE figure, column-wise: observation i is entry i of each array, for
 * i < `aantal` (the arrays may be longer). 10,000 taakvelden × 10 years are some 550,000
 * figures; as objects each would also box its value and carry its own cell address, 1.6
 * million small objects for the garbage collector. Here they are ten typed arrays. Names are
 * numbered (`taakvelden[taakveldNr[i]]`), soort and maat too; the cell is kept as its absolute
 * 0-based row and column. Build and read it with core/waarnemingen.ts.
 */
export interface Waarnemingen {
  aantal: number;
  taakvelden: string[];
  bladen: string[];
  taakveldNr: Int32Array;
  bladNr: Int32Array;
  jaar: Int32Array;
  /** 0 = Realisatie, 1 = Begroting. */
  soortNr: Uint8Array;
  /** Position in WAARNEMING_MATEN. */
  maatNr: Uint8Array;
  waarde: Float64Array;
  rij: Int32Array;
  kolom: Int32Array;
}

export interface TaakveldInfo {
  naam: string;
  code?: string;
  domein: Domein;
  samenwerkingsvorm?: Samenwerkingsvorm;
  aliassen: string[];
}

export interface IndicatorWaarde extends Bron {
  /** Canonical taakveld name, or null for an `Alle`/`Gemeente` row. */
  taakveld: string | null;
  jaar: number;
  indicator: IndicatorNaam;
  waarde: number;
}

export interface BenchmarkRegel extends Bron {
  taakveld: string;
  /** Whether the name matched a known taakveld (unknown rows are still shown). */
  bekend: boolean;
  jaar: number;
  totaleFormatie?: number;
  referentieFte?: number;
  referentiePct?: number;
  referentieKosten?: number;
  fte?: number;
  kosten?: number;
}

// ---------- the result contract (design section 10) ----------

export interface TaakveldToets {
  taakveld: string;
  domein: Domein;
  /** K6 only where it applies (Domein = Beleid); null = geen gegevens. */
  criteria: Partial<Record<CriteriumId, number | null>>;
  totaal: number | null;
  dekking: number;
  oordeel: Oordeel;
  robuustheid: number;
}

export interface NulLijnRegel {
  taakveld: string;
  maat: Maat;
  nulLijn: number | null;
  jaar: number;
  waarde: number | null;
  deltaPct: number | null;
  deltaPctGecorrigeerd: number | null;
}

export interface BenchmarkResultaat {
  taakveld: string;
  jaar: number;
  fte: number | null;
  aandeelPct: number | null;
  referentieFte: number | null;
  referentieAandeelPct: number | null;
  afwijkingFte: number | null;
  afwijkingFtePct: number | null;
  kosten: number | null;
  referentieKosten: number | null;
  afwijkingKosten: number | null;
  afwijkingKostenPct: number | null;
}

export interface ToetsResult {
  peiljaar: number | null;
  taakvelden: TaakveldToets[];
  nulLijn: NulLijnRegel[];
  benchmark: BenchmarkResultaat[];
  issues: Issue[];
}
