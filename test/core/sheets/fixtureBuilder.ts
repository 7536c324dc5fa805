/**
 * Builds a consistent ToetsRun from raw yearly figures, following design sections 5–7, so the
 * sheet and paragraph tests see numbers that hang together (nul-lijn, Δ%, scores, verdict).
 */
import type { IndicatorUitkomst, MaatReeks, TaakveldAnalyse, ToetsRun } from '../../../src/core/analyse';
import { createDefaultInstellingen, INDICATOR_DEFINITIES } from '../../../src/core/criteria';
import type {
  BenchmarkRegel, BenchmarkResultaat, CriteriumId, Drempels, IndicatorId, Issue, Maat, Oordeel, Soort, TaakveldInfo,
} from '../../../src/core/types';
import { CRITERIA, MATEN } from '../../../src/core/types';
import { createWaarnemingen } from '../../../src/core/waarnemingen';

export interface RuwJaar {
  jaar: number;
  personeel: number;
  materieel: number;
  afschrijving: number;
  inhuur: number;
  fte: number;
  /** Begroting marks a begroot year, as in the core's series. */
  soort: Soort;
}

export interface RuweIndicator {
  indicator: IndicatorId;
  waarde: number;
  vanJaren?: number[];
  naarJaar?: number;
}

export interface RuwTaakveld {
  info: TaakveldInfo;
  jaren: RuwJaar[];
  taakuitbreiding?: number;
  indicatoren?: RuweIndicator[];
  robuustheid: number;
}

export interface RuweBenchmark {
  taakveld: string;
  jaar: number;
  fte: number;
  totaleFormatie: number;
  referentieFte: number;
  kosten: number;
  referentieKosten: number;
}

export interface RuweRun {
  jaren: number[];
  peiljaar: number | null;
  taakvelden: RuwTaakveld[];
  benchmark?: RuweBenchmark[];
  issues?: Issue[];
}

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const pct = (peil: number | null, nul: number | null): number | null =>
  peil === null || nul === null || nul === 0 ? null : ((peil - nul) / nul) * 100;

function waardeVan(j: RuwJaar, maat: Maat): number {
  const totaal = j.personeel + j.materieel + j.afschrijving + j.inhuur;
  switch (maat) {
    case 'Personeel': return j.personeel;
    case 'Materieel': return j.materieel;
    case 'Afschrijving': return j.afschrijving;
    case 'Inhuur': return j.inhuur;
    case 'Totale kosten': return totaal;
    case 'FTE': return j.fte;
    case 'Kosten per FTE': return totaal / j.fte;
    case 'Externe inhuur': return (j.inhuur / (j.personeel + j.inhuur)) * 100;
  }
}

function buildMaten(t: RuwTaakveld, jaren: number[], peiljaar: number | null, nulJaren: number[]): MaatReeks[] {
  const nulVan = (maat: Maat) => mean(t.jaren.filter((j) => nulJaren.includes(j.jaar)).map((j) => waardeVan(j, maat)));
  const nul: Partial<Record<Maat, number | null>> = {};
  for (const m of ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur', 'Totale kosten', 'FTE'] as Maat[]) nul[m] = nulVan(m);
  // Derived measures: ratio of the parts' nul-lijnen, not the mean of yearly ratios.
  nul['Kosten per FTE'] = nul['Totale kosten'] == null || !nul.FTE ? null : nul['Totale kosten'] / nul.FTE;
  nul['Externe inhuur'] = nul.Inhuur == null || nul.Personeel == null ? null : (nul.Inhuur / (nul.Personeel + nul.Inhuur)) * 100;
  return MATEN.map((maat) => {
    const perJaar = jaren.map((jaar) => t.jaren.find((r) => r.jaar === jaar));
    const peilJaar = t.jaren.find((j) => j.jaar === peiljaar);
    const peil = peilJaar ? waardeVan(peilJaar, maat) : null;
    const nulLijn = nul[maat] ?? null;
    const deltaPct = pct(peil, nulLijn);
    const gecorrigeerd =
      maat === 'Totale kosten' && t.taakuitbreiding !== undefined && peil !== null && nulLijn
        ? (peil / (nulLijn * (1 + t.taakuitbreiding / 100)) - 1) * 100
        : null;
    return {
      maat, nulLijn, peil, peilBegroot: peilJaar?.soort === 'Begroting', deltaPct, deltaPctGecorrigeerd: gecorrigeerd,
      soorten: perJaar.map((j) => j?.soort ?? null),
      waarden: perJaar.map((j) => (j ? waardeVan(j, maat) : 0)),
    };
  });
}

function scoreHoger(x: number, [t1, t2, t3, t4]: Drempels): number {
  const r = Math.round(x * 1e6) / 1e6;
  if (r <= t1) return -2;
  if (r <= t2) return -1;
  if (r < t3) return 0;
  if (r < t4) return 1;
  return 2;
}

/** Builds benchmark result rows with the section 6 arithmetic. */
export function buildBenchmarkRows(rows: RuweBenchmark[]): BenchmarkResultaat[] {
  return rows.map((b) => ({
    taakveld: b.taakveld,
    jaar: b.jaar,
    fte: b.fte,
    aandeelPct: (b.fte / b.totaleFormatie) * 100,
    referentieFte: b.referentieFte,
    referentieAandeelPct: (b.referentieFte / b.totaleFormatie) * 100,
    afwijkingFte: b.fte - b.referentieFte,
    afwijkingFtePct: (b.fte / b.referentieFte - 1) * 100,
    kosten: b.kosten,
    referentieKosten: b.referentieKosten,
    afwijkingKosten: b.kosten - b.referentieKosten,
    afwijkingKostenPct: (b.kosten / b.referentieKosten - 1) * 100,
  }));
}

function buildTaakveld(t: RuwTaakveld, run: RuweRun, benchmark: BenchmarkResultaat[], nulJaren: number[]): TaakveldAnalyse {
  const maten = buildMaten(t, run.jaren, run.peiljaar, nulJaren);
  const reeks = (m: Maat) => maten.find((r) => r.maat === m) as MaatReeks;
  const eigenBenchmark = benchmark.filter((b) => b.taakveld === t.info.naam).sort((a, b) => b.jaar - a.jaar)[0];
  const afgeleid: Partial<Record<IndicatorId, number | null>> = {
    totaleKosten: reeks('Totale kosten').deltaPctGecorrigeerd ?? reeks('Totale kosten').deltaPct,
    kostenPerFte: reeks('Kosten per FTE').deltaPct,
    externeInhuur: reeks('Externe inhuur').peil !== null && reeks('Externe inhuur').nulLijn !== null
      ? (reeks('Externe inhuur').peil as number) - (reeks('Externe inhuur').nulLijn as number) : null,
    formatieReferentie: eigenBenchmark?.afwijkingFtePct ?? null,
  };
  const beleid = t.info.domein === 'Beleid';
  const indicatoren: IndicatorUitkomst[] = INDICATOR_DEFINITIES.filter((d) => beleid || d.criterium !== 'K6').map((d) => {
    const ruw = t.indicatoren?.find((i) => i.indicator === d.id);
    const waarde = ruw?.waarde ?? afgeleid[d.id] ?? null;
    const hoger = waarde === null ? null : scoreHoger(waarde, d.drempels);
    const score = hoger === null ? null : d.beter === 'lager' ? -hoger : hoger;
    return { indicator: d.id, criterium: d.criterium, waarde, score, eenheid: d.eenheid, vanJaren: ruw?.vanJaren, naarJaar: ruw?.naarJaar };
  });
  const criteria: Partial<Record<CriteriumId, number | null>> = {};
  for (const id of CRITERIA.filter((c) => beleid || c !== 'K6')) {
    criteria[id] = mean(indicatoren.filter((i) => i.criterium === id && i.score !== null).map((i) => i.score as number));
  }
  const metData = Object.values(criteria).filter((s): s is number => s !== null);
  const dekking = metData.length / Object.keys(criteria).length;
  const totaal = mean(metData);
  const oordeel: Oordeel = dekking < 0.5 ? 'Onvoldoende gegevens' : (totaal as number) >= 0.5 ? 'Positief' : (totaal as number) <= -0.5 ? 'Negatief' : 'Neutraal';
  return {
    info: t.info,
    maten,
    indicatoren,
    taakuitbreiding: t.taakuitbreiding ?? null,
    toets: { taakveld: t.info.naam, domein: t.info.domein, criteria, totaal, dekking, oordeel, robuustheid: t.robuustheid },
  };
}

/** A whole ToetsRun from raw figures; Analyse and ToetsResult agree with each other. */
export function buildRun(run: RuweRun): ToetsRun {
  const instellingen = createDefaultInstellingen();
  const nulJaren = instellingen.nulLijnJaren.map((j) => j.jaar);
  const benchmark = buildBenchmarkRows(run.benchmark ?? []);
  const taakvelden = run.taakvelden.map((t) => buildTaakveld(t, run, benchmark, nulJaren));
  const issues = run.issues ?? [];
  const regels: BenchmarkRegel[] = (run.benchmark ?? []).map((b, i) => ({
    ...b, sheet: 'Benchmark', cell: `A${i + 2}`, bekend: true,
  }));
  return {
    analyse: {
      jaren: run.jaren,
      nulLijnJaren: instellingen.nulLijnJaren,
      peiljaar: run.peiljaar,
      instellingen,
      taakvelden,
      invoer: { rollen: {}, waarnemingen: createWaarnemingen(), taakvelden: taakvelden.map((t) => t.info), indicatoren: [], benchmark: regels, instellingen: {}, issues },
    },
    result: {
      peiljaar: run.peiljaar,
      taakvelden: taakvelden.map((t) => t.toets),
      nulLijn: taakvelden.flatMap((t) => t.maten.map((m) => ({
        taakveld: t.info.naam, maat: m.maat, nulLijn: m.nulLijn, jaar: run.peiljaar ?? 0, waarde: m.peil,
        deltaPct: m.deltaPct, deltaPctGecorrigeerd: m.deltaPctGecorrigeerd,
      }))),
      benchmark,
      issues,
    },
  };
}
