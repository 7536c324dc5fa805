/**
 * From parsed input to a ToetsRun: series, indicators, benchmark, scores and robuustheid for
 * every taakveld. Re-scoring after a what-if edit calls this again with other Instellingen,
 * without parsing the sheets again.
 */
import type { Analyse, IndicatorUitkomst, Invoer, MaatReeks, TaakveldAnalyse, ToetsRun } from '../analyse';
import { INDICATOR_DEFINITIES } from '../criteria';
import type {
  BenchmarkResultaat, CriteriumId, Domein, IndicatorId, IndicatorNaam, Instellingen, Issue, NulLijnRegel, TaakveldInfo,
} from '../types';
import { berekenBenchmark } from './berekenBenchmark';
import { bouwReeksen, createReeksKader } from './bouwReeksen';
import { IndicatorIndex } from './indicatorIndex';
import { Trekkingen } from './robuustheid';
import { actieveCriteria, scoreCriteria, scoreIndicator, toepasbareCriteria, weeg } from './scoring';
import { WaarnemingIndex } from './waarnemingIndex';

const BRON_INDICATOR: Partial<Record<IndicatorId, IndicatorNaam>> = {
  klanttevredenheid: 'Klanttevredenheid',
  stagnerendeProjecten: 'Stagnerende projecten',
  mto: 'MTO-score',
  eenpitters: 'Eenpitters',
};

/** Scores parsed input with complete Instellingen. Pure: the input is never mutated. */
export function scoreInvoer(invoer: Invoer, instellingen: Instellingen): ToetsRun {
  const index = new WaarnemingIndex(invoer.waarnemingen);
  const indicatoren = new IndicatorIndex(invoer.indicatoren);
  const jaren = index.jaren;
  const peiljaar = instellingen.peiljaar ?? (jaren.length ? jaren[jaren.length - 1] : null);
  const issues: Issue[] = [...invoer.issues, ...controleerPeiljaar(peiljaar, instellingen, invoer)];
  const benchmark = berekenBenchmark(invoer.benchmark, index);
  const benchmarkPerTaakveld = groepeerBenchmark(benchmark);
  const trekkingen = new Trekkingen(instellingen.trekkingen, instellingen.seed);
  const bladen = { kosten: invoer.rollen.kosten ?? '', fte: invoer.rollen.fte ?? '' };
  const kader = createReeksKader(index, jaren, instellingen.nulLijnJaren, peiljaar);
  const perDomein = createDomeinKader(instellingen);

  const taakvelden = [...invoer.taakvelden]
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((info) => {
      const uitbreiding = indicatoren.stand(info.naam, 'Taakuitbreiding', peiljaar)?.waarde ?? null;
      const reeksen = bouwReeksen({ kader, taakveld: info.naam, taakuitbreiding: uitbreiding, bladen });
      issues.push(...reeksen.issues);
      const domein = perDomein(info.domein);
      const uitkomsten = meetIndicatoren(info, domein, reeksen.maten, benchmarkPerTaakveld.get(info.naam) ?? [], indicatoren, instellingen, peiljaar, (w, j) =>
        issues.push(oordeelBuitenBereik(info.naam, w, j, invoer.rollen.indicatoren ?? '')),
      );
      return beoordeel(info, domein, reeksen.maten, uitkomsten, uitbreiding, instellingen, trekkingen);
    });

  const analyse: Analyse = { jaren, nulLijnJaren: instellingen.nulLijnJaren, peiljaar, instellingen, taakvelden, invoer };
  const nulLijn: NulLijnRegel[] =
    peiljaar === null
      ? []
      : taakvelden.flatMap((t) =>
          t.maten.map((m) => ({
            taakveld: t.info.naam, maat: m.maat, nulLijn: m.nulLijn, jaar: peiljaar, waarde: m.peil,
            deltaPct: m.deltaPct, deltaPctGecorrigeerd: m.deltaPctGecorrigeerd,
          })),
        );
  return { result: { peiljaar, taakvelden: taakvelden.map((t) => t.toets), nulLijn, benchmark, issues }, analyse };
}

/** What every taakveld of one domein shares in a run: its criteria and indicator definitions. */
interface DomeinKader {
  toepasbaar: CriteriumId[];
  actief: CriteriumId[];
  definities: typeof INDICATOR_DEFINITIES;
}

/** The DomeinKader per domein, made once per run instead of once per taakveld. */
function createDomeinKader(instellingen: Instellingen): (domein: Domein) => DomeinKader {
  const kaders = new Map<Domein, DomeinKader>();
  return (domein) => {
    let kader = kaders.get(domein);
    if (!kader) {
      const toepasbaar = toepasbareCriteria(domein);
      kader = {
        toepasbaar,
        actief: actieveCriteria(domein, instellingen),
        definities: INDICATOR_DEFINITIES.filter((d) => toepasbaar.includes(d.criterium)),
      };
      kaders.set(domein, kader);
    }
    return kader;
  };
}

function beoordeel(
  info: TaakveldInfo, domein: DomeinKader, maten: MaatReeks[], indicatoren: IndicatorUitkomst[], taakuitbreiding: number | null,
  instellingen: Instellingen, trekkingen: Trekkingen,
): TaakveldAnalyse {
  const criteria = scoreCriteria(indicatoren, domein.toepasbaar);
  const w = weeg(criteria, domein.actief, (id) => instellingen.gewichten[id]);
  const robuustheid = trekkingen.robuustheid(criteria, domein.actief, w.oordeel);
  return {
    info, maten, indicatoren, taakuitbreiding,
    toets: { taakveld: info.naam, domein: info.domein, criteria, totaal: w.totaal, dekking: w.dekking, oordeel: w.oordeel, robuustheid },
  };
}

/** Every indicator of INDICATOR_DEFINITIES that applies to the taakveld, measured and scored. */
function meetIndicatoren(
  info: TaakveldInfo, domein: DomeinKader, maten: MaatReeks[], benchmark: BenchmarkResultaat[], index: IndicatorIndex,
  instellingen: Instellingen, peiljaar: number | null, meldBuitenBereik: (waarde: number, jaar: number) => void,
): IndicatorUitkomst[] {
  const maat = (naam: MaatReeks['maat']) => maten.find((m) => m.maat === naam) as MaatReeks;
  return domein.definities.map((d) => {
    let waarde: number | null = null;
    let vanJaren: number[] | undefined;
    let naarJaar: number | undefined;
    const bron = BRON_INDICATOR[d.id];
    if (bron) {
      const v = index.verandering(info.naam, bron, instellingen.nulLijnJaren, peiljaar);
      if (v) ({ waarde, vanJaren, naarJaar } = v);
    } else if (d.id === 'totaleKosten') {
      const tk = maat('Totale kosten');
      waarde = tk.deltaPctGecorrigeerd ?? tk.deltaPct;
    } else if (d.id === 'kostenPerFte') {
      waarde = maat('Kosten per FTE').deltaPct;
    } else if (d.id === 'externeInhuur') {
      const ei = maat('Externe inhuur');
      waarde = ei.peil !== null && ei.nulLijn !== null ? ei.peil - ei.nulLijn : null;
    } else if (d.id === 'formatieReferentie') {
      const rij = laatsteBenchmark(benchmark, peiljaar);
      waarde = rij?.afwijkingFtePct ?? null;
      naarJaar = rij?.jaar;
    } else if (d.id === 'oordeel') {
      const stand = index.stand(info.naam, 'Oordeel', peiljaar);
      if (stand) {
        waarde = stand.waarde;
        naarJaar = stand.jaar;
        if (Math.abs(stand.waarde) > 2) meldBuitenBereik(stand.waarde, stand.jaar);
      }
    }
    const score = waarde === null ? null : scoreIndicator(waarde, instellingen.drempels[d.id], d.beter);
    return { indicator: d.id, criterium: d.criterium, waarde, score, eenheid: d.eenheid, vanJaren, naarJaar };
  });
}

/** Benchmark rows per taakveld, so each taakveld looks up its own instead of scanning all. */
function groepeerBenchmark(rijen: BenchmarkResultaat[]): Map<string, BenchmarkResultaat[]> {
  const uit = new Map<string, BenchmarkResultaat[]>();
  for (const r of rijen) {
    const lijst = uit.get(r.taakveld);
    if (lijst) lijst.push(r);
    else uit.set(r.taakveld, [r]);
  }
  return uit;
}

/** The taakveld's benchmark row in the latest year up to the peiljaar (else the latest). */
function laatsteBenchmark(rijen: BenchmarkResultaat[], peiljaar: number | null): BenchmarkResultaat | undefined {
  const eigen = rijen.filter((r) => r.afwijkingFtePct !== null);
  const binnen = eigen.filter((r) => peiljaar === null || r.jaar <= peiljaar);
  const kandidaten = binnen.length ? binnen : eigen;
  return kandidaten.reduce<BenchmarkResultaat | undefined>((best, r) => (!best || r.jaar > best.jaar ? r : best), undefined);
}

function oordeelBuitenBereik(taakveld: string, waarde: number, jaar: number, sheet: string): Issue {
  return {
    severity: 'warning', sheet, cell: '', code: 'OORDEEL_BUITEN_BEREIK',
    message: `${taakveld}: het oordeel over ${jaar} is ${waarde}, maar de schaal loopt van −2 tot +2. Voor de score is het afgekapt; pas de waarde aan op het blad Indicatoren.`,
  };
}

function controleerPeiljaar(peiljaar: number | null, instellingen: Instellingen, invoer: Invoer): Issue[] {
  const laatsteNl = Math.max(...instellingen.nulLijnJaren.map((j) => j.jaar));
  if (peiljaar === null || peiljaar > laatsteNl) return [];
  return [{
    severity: 'warning', sheet: invoer.rollen.instellingen ?? '', cell: '', code: 'PEILJAAR_IN_NUL_LIJN',
    message: `Het peiljaar ${peiljaar} valt niet na de nul-lijnjaren, dus er valt nog geen ontwikkeling te meten. Kies een later peiljaar of vul latere jaren in.`,
  }];
}
