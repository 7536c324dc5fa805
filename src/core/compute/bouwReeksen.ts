/**
 * Year series, nul-lijn, peiljaar value and Δ% per measure for one taakveld (design section 5).
 */
import type { MaatReeks } from '../analyse';
import type { Issue, KostenMaat, Maat, NulLijnJaar, Soort } from '../types';
import { KOSTEN_DELEN } from '../types';
import type { Gevonden, WaarnemingIndex } from './waarnemingIndex';
import { deltaPct, gemiddelde, deel } from './rekenen';

export interface BouwReeksenOptions {
  index: WaarnemingIndex;
  taakveld: string;
  jaren: readonly number[];
  nulLijnJaren: readonly NulLijnJaar[];
  peiljaar: number | null;
  /** Percentage scope growth since the nul-lijn, for the corrected Totale kosten Δ%. */
  taakuitbreiding: number | null;
  bladen: { kosten: string; fte: string };
}

/** A figure by year position in the index (-1: no such year) and soort. */
type Kiezer = (positie: number, soort: Soort) => Gevonden | undefined;

const ANDERE: Record<Soort, Soort> = { Realisatie: 'Begroting', Begroting: 'Realisatie' };

/** Builds every MaatReeks (MATEN order) and the warnings about years and soorten. */
export function bouwReeksen(o: BouwReeksenOptions): { maten: MaatReeks[]; issues: Issue[] } {
  const issues: Issue[] = [];
  // Per year of o.jaren: the soort the nul-lijn asks for, or undefined outside the nul-lijn.
  const nlSoort = new Map(o.nulLijnJaren.map((j) => [j.jaar, j.soort]));
  const gewenst = o.jaren.map((jaar) => nlSoort.get(jaar));
  const posities = o.jaren.map((jaar) => o.index.positie(jaar));
  const peilPositie = o.peiljaar === null ? -1 : o.index.positie(o.peiljaar);
  const nulLijnPlek = o.nulLijnJaren.map((j) => o.jaren.indexOf(j.jaar));

  // Runs per taakveld × measure: plain loops and no copies, 10.000 taakvelden make it hot.
  const reeks = (maat: Maat, kiezer: Kiezer): Deelreeks => {
    const per: (Gevonden | undefined)[] = new Array(o.jaren.length);
    const afwijkend: boolean[] = new Array(o.jaren.length).fill(false);
    const waarden: number[] = [];
    const soorten: (Soort | null)[] = [];
    for (let i = 0; i < o.jaren.length; i += 1) {
      const positie = posities[i];
      const soort = gewenst[i];
      let g: Gevonden | undefined;
      if (soort) {
        g = kiezer(positie, soort);
        if (!g) {
          g = kiezer(positie, ANDERE[soort]);
          afwijkend[i] = g !== undefined;
        }
      } else {
        g = kiezer(positie, 'Realisatie') ?? kiezer(positie, 'Begroting');
      }
      per[i] = g;
      waarden.push(g ? g.waarde : 0);
      soorten.push(g ? g.soort : null);
    }
    const nl = gemiddelde(nulLijnPlek.map((i) => (i < 0 ? undefined : per[i]?.waarde)));
    const peil = kiezer(peilPositie, 'Realisatie') ?? kiezer(peilPositie, 'Begroting');
    const r: MaatReeks = {
      maat,
      nulLijn: nl,
      soorten,
      waarden,
      peil: peil?.waarde ?? null,
      peilBegroot: peil?.soort === 'Begroting',
      deltaPct: deltaPct(peil?.waarde ?? null, nl),
      deltaPctGecorrigeerd: null,
    };
    return { r, per, afwijkend, peil };
  };

  const figuren = o.index.voor(o.taakveld);
  const basis = (maat: KostenMaat | 'FTE'): Kiezer => (positie, soort) => figuren.get(maat, positie, soort);
  const totaal: Kiezer = (positie, soort) => figuren.totaleKosten(positie, soort);

  const delen = KOSTEN_DELEN.map((m) => reeks(m, basis(m)));
  const tk = reeks('Totale kosten', totaal);
  const fte = reeks('FTE', basis('FTE'));
  tk.r.deltaPctGecorrigeerd = gecorrigeerd(tk.r.peil, tk.r.nulLijn, o.taakuitbreiding);

  const [pers, , , inh] = delen;
  const kpf = afgeleid('Kosten per FTE', o.jaren, tk, fte, (a, b) => deel(a, b));
  const ei = afgeleid('Externe inhuur', o.jaren, inh, pers, (i, p) => {
    const noemer = p + i;
    return noemer > 0 ? (i / noemer) * 100 : null;
  });

  meldAfwijkingen(o, delen.concat(tk), o.bladen.kosten, issues, 'kosten');
  meldAfwijkingen(o, [fte], o.bladen.fte, issues, 'formatie');
  return { maten: [...delen.map((d) => d.r), tk.r, fte.r, kpf, ei], issues };
}

interface Deelreeks {
  r: MaatReeks;
  /** The figure used per year of o.jaren. */
  per: (Gevonden | undefined)[];
  /** Per year: the nul-lijn asked for the other soort than the figure used. */
  afwijkend: boolean[];
  peil?: Gevonden;
}

/** A ratio measure: per year from the year's parts, nul-lijn from the parts' nul-lijnen. */
function afgeleid(
  maat: Maat,
  jaren: readonly number[],
  a: Deelreeks,
  b: Deelreeks,
  f: (a: number, b: number) => number | null,
): MaatReeks {
  const pas = (x: number | null | undefined, y: number | null | undefined) =>
    x === null || x === undefined || y === null || y === undefined ? null : f(x, y);
  const nulLijn = pas(a.r.nulLijn, b.r.nulLijn);
  const peil = pas(a.r.peil, b.r.peil);
  const waarden: number[] = [];
  const soorten: (Soort | null)[] = [];
  for (let i = 0; i < jaren.length; i += 1) {
    const w = pas(a.per[i]?.waarde, b.per[i]?.waarde);
    const begroot = a.per[i]?.soort === 'Begroting' || b.per[i]?.soort === 'Begroting';
    waarden.push(w ?? 0);
    soorten.push(w === null ? null : begroot ? 'Begroting' : 'Realisatie');
  }
  return {
    maat,
    nulLijn,
    soorten,
    waarden,
    peil,
    peilBegroot: peil !== null && (a.r.peilBegroot || b.r.peilBegroot),
    deltaPct: deltaPct(peil, nulLijn),
    deltaPctGecorrigeerd: null,
  };
}

/** (peil / (nul-lijn × (1 + uitbreiding/100)) − 1) × 100; null without a taakuitbreiding. */
function gecorrigeerd(peil: number | null, nulLijn: number | null, uitbreiding: number | null): number | null {
  if (uitbreiding === null || peil === null || nulLijn === null) return null;
  return deltaPct(peil, nulLijn * (1 + uitbreiding / 100));
}

/** One warning per taakveld, year and sheet: nul-lijn year of the other soort, missing year, missing peiljaar. */
function meldAfwijkingen(o: BouwReeksenOptions, reeksen: Deelreeks[], sheet: string, issues: Issue[], wat: string): void {
  if (!reeksen.some((r) => r.per.some((g) => g !== undefined))) return;
  for (const nj of o.nulLijnJaren) {
    const i = o.jaren.indexOf(nj.jaar);
    const gekozen = i < 0 ? [] : reeksen.filter((r) => r.per[i] !== undefined);
    const afwijkend = gekozen.find((r) => r.afwijkend[i])?.per[i];
    if (gekozen.length === 0) {
      issues.push({
        severity: 'warning', sheet, cell: '', code: 'NUL_LIJN_JAAR_ONTBREEKT',
        message: `${o.taakveld}: voor nul-lijnjaar ${nj.jaar} zijn geen ${wat} gevonden (realisatie noch begroting). De nul-lijn is het gemiddelde van de overige jaren; vul ${nj.jaar} aan als de cijfers er zijn.`,
      });
    } else if (afwijkend) {
      const gebruikt = afwijkend.soort === 'Realisatie' ? 'de realisatie' : 'de begroting';
      const gevraagd = nj.soort === 'Realisatie' ? 'realisatie' : 'begroting';
      issues.push({
        severity: 'warning', sheet: afwijkend.sheet, cell: afwijkend.cell, code: 'NUL_LIJN_ANDERE_SOORT',
        message: `${o.taakveld}: voor nul-lijnjaar ${nj.jaar} ontbreekt de ${gevraagd} van de ${wat}; de nul-lijn gebruikt ${gebruikt}. Vul de ${gevraagd} ${nj.jaar} in, of pas de nul-lijnjaren aan in Instellingen.`,
      });
    }
  }
  if (o.peiljaar !== null && !reeksen.some((r) => r.peil !== undefined)) {
    issues.push({
      severity: 'warning', sheet, cell: '', code: 'PEILJAAR_ONTBREEKT',
      message: `${o.taakveld}: voor peiljaar ${o.peiljaar} zijn geen ${wat} gevonden (realisatie noch begroting), dus geen vergelijking met de nul-lijn. Vul ${o.peiljaar} aan of kies een ander peiljaar.`,
    });
  }
}
