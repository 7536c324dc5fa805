/**
 * Year series, nul-lijn, peiljaar value and Δ% per measure for one taakveld (design section 5).
 */
import { waardeOp, type MaatReeks } from '../analyse';
import type { Issue, Maat, NulLijnJaar, Soort } from '../types';
import { KOSTEN_DELEN } from '../types';
import { getMaatRij, TOTAAL_RIJ, type WaarnemingIndex } from './waarnemingIndex';
import { deltaPct, deel, gemiddelde, NIHIL } from './rekenen';

/** What every taakveld's series share in one run. */
export interface ReeksKader {
  index: WaarnemingIndex;
  jaren: readonly number[];
  nulLijnJaren: readonly NulLijnJaar[];
  peiljaar: number | null;
  /** Per year of `jaren`: the soort the nul-lijn asks for, undefined outside the nul-lijn. */
  gewenst: readonly (Soort | undefined)[];
  /** Per year of `jaren`: its position in the index. */
  posities: readonly number[];
  peilPositie: number;
  /** Per nul-lijn year: its place in `jaren`, -1 when absent. */
  nulLijnPlek: readonly number[];
  /** Soort patterns seen this run, shared between series (see `deelSoorten`). */
  soortPatronen: Map<number, readonly (Soort | null)[]>;
}

/** The shared part of the series, made once per run instead of once per taakveld. */
export function createReeksKader(
  index: WaarnemingIndex, jaren: readonly number[], nulLijnJaren: readonly NulLijnJaar[], peiljaar: number | null,
): ReeksKader {
  const nlSoort = new Map(nulLijnJaren.map((j) => [j.jaar, j.soort]));
  return {
    index, jaren, nulLijnJaren, peiljaar,
    gewenst: jaren.map((jaar) => nlSoort.get(jaar)),
    posities: jaren.map((jaar) => index.positie(jaar)),
    peilPositie: peiljaar === null ? -1 : index.positie(peiljaar),
    nulLijnPlek: nulLijnJaren.map((j) => jaren.indexOf(j.jaar)),
    soortPatronen: new Map(),
  };
}

const SOORT_CODE = (s: Soort | null): number => (s === null ? 0 : s === 'Realisatie' ? 1 : 2);

/**
 * The soorten of a series, frozen and shared with every earlier series of that pattern. Nearly
 * all series share a handful of patterns, and 90,000 arrays that stay alive until the run ends
 * are work for the garbage collector. Up to 30 years the pattern fits a number (3 states a
 * year), so a known pattern costs no array at all; `soortOp(i)` gives the soort of year i.
 */
function deelSoorten(patronen: ReeksKader['soortPatronen'], n: number, soortOp: (i: number) => Soort | null): readonly (Soort | null)[] {
  if (n > 30) return Array.from({ length: n }, (_, i) => soortOp(i));
  let code = 0;
  for (let i = 0; i < n; i += 1) code = code * 3 + SOORT_CODE(soortOp(i));
  const bekend = patronen.get(code);
  if (bekend) return bekend;
  const soorten = Object.freeze(Array.from({ length: n }, (_, i) => soortOp(i)));
  patronen.set(code, soorten);
  return soorten;
}

export interface BouwReeksenOptions {
  kader: ReeksKader;
  taakveld: string;
  /** Percentage scope growth since the nul-lijn, for the corrected Totale kosten Δ%. */
  taakuitbreiding: number | null;
  bladen: { kosten: string; fte: string };
}

const ANDERE: Record<Soort, Soort> = { Realisatie: 'Begroting', Begroting: 'Realisatie' };

/** Builds every MaatReeks (MATEN order) and the warnings about years and soorten. */
export function bouwReeksen(o: BouwReeksenOptions): { maten: MaatReeks[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const { index, jaren, gewenst, posities, peilPositie, nulLijnPlek } = o.kader;
  const basis = index.getBasis(o.taakveld);
  const vind = (rij: number, positie: number, soort: Soort) => index.findSlot(basis, rij, positie, soort);
  const eerst = (rij: number, positie: number) => {
    const slot = vind(rij, positie, 'Realisatie');
    return slot >= 0 ? slot : vind(rij, positie, 'Begroting');
  };

  // Runs per taakveld × measure: slots are numbers, so the loop allocates only the series.
  const nulLijnWaarden: (number | null)[] = nulLijnPlek.map(() => null);
  const reeks = (maat: Maat, rij: number): Deelreeks => {
    const per: number[] = [];
    // Most series use the asked soort every year: the flags are only made when one does not.
    let afwijkend: boolean[] | null = null;
    const waarden = createNulReeks(jaren.length);
    for (let i = 0; i < jaren.length; i += 1) {
      const positie = posities[i];
      const soort = gewenst[i];
      let slot: number;
      if (soort) {
        slot = vind(rij, positie, soort);
        if (slot < 0) {
          slot = vind(rij, positie, ANDERE[soort]);
          if (slot >= 0) (afwijkend ??= jaren.map(() => false))[i] = true;
        }
      } else {
        slot = eerst(rij, positie);
      }
      per.push(slot);
      if (slot >= 0) waarden[i] = index.getWaarde(slot);
    }
    nulLijnPlek.forEach((i, j) => (nulLijnWaarden[j] = i < 0 || per[i] < 0 ? null : waarden[i]));
    const nl = gemiddelde(nulLijnWaarden);
    const peil = eerst(rij, peilPositie);
    const peilWaarde = peil < 0 ? null : index.getWaarde(peil);
    const r: MaatReeks = {
      maat,
      nulLijn: nl,
      soorten: deelSoorten(o.kader.soortPatronen, jaren.length, (i) => (per[i] < 0 ? null : index.getSoort(per[i]))),
      waarden,
      peil: peilWaarde,
      peilBegroot: peil >= 0 && index.getSoort(peil) === 'Begroting',
      deltaPct: deltaPct(peilWaarde, nl),
      deltaPctGecorrigeerd: null,
    };
    return { r, per, afwijkend, peil };
  };

  const delen = KOSTEN_DELEN.map((m) => reeks(m, getMaatRij(m)));
  const tk = reeks('Totale kosten', TOTAAL_RIJ);
  const fte = reeks('FTE', getMaatRij('FTE'));
  tk.r.deltaPctGecorrigeerd = gecorrigeerd(tk.r.peil, tk.r.nulLijn, o.taakuitbreiding);

  const [pers, , , inh] = delen;
  const kpf = afgeleid('Kosten per FTE', o.kader, tk, fte, (a, b) => deel(a, b));
  const ei = afgeleid('Externe inhuur', o.kader, inh, pers, (i, p) => {
    const noemer = p + i;
    return noemer >= NIHIL ? (i / noemer) * 100 : null;
  });

  meldAfwijkingen(o, delen.concat(tk), o.bladen.kosten, issues, 'kosten');
  meldAfwijkingen(o, [fte], o.bladen.fte, issues, 'formatie');
  return { maten: [...delen.map((d) => d.r), tk.r, fte.r, kpf, ei], issues };
}

interface Deelreeks {
  r: MaatReeks;
  /** The index slot used per year of the run's jaren, -1 for none. */
  per: number[];
  /** Per year: the nul-lijn asked for the other soort than the figure used; null when it never did. */
  afwijkend: boolean[] | null;
  /** The slot of the peiljaar figure, -1 for none. */
  peil: number;
}

/** A ratio measure: per year from the year's parts, nul-lijn from the parts' nul-lijnen. */
function afgeleid(
  maat: Maat, kader: ReeksKader, a: Deelreeks, b: Deelreeks, f: (a: number, b: number) => number | null,
): MaatReeks {
  const pas = (x: number | null, y: number | null) => (x === null || y === null ? null : f(x, y));
  const nulLijn = pas(a.r.nulLijn, b.r.nulLijn);
  const peil = pas(a.r.peil, b.r.peil);
  const waarden = createNulReeks(a.per.length);
  const heeft: boolean[] = [];
  for (let i = 0; i < a.per.length; i += 1) {
    const w = pas(waardeOp(a.r, i), waardeOp(b.r, i));
    if (w !== null) waarden[i] = w;
    heeft.push(w !== null);
  }
  const soortOp = (i: number): Soort | null =>
    !heeft[i] ? null : a.r.soorten[i] === 'Begroting' || b.r.soorten[i] === 'Begroting' ? 'Begroting' : 'Realisatie';
  return {
    maat,
    nulLijn,
    soorten: deelSoorten(kader.soortPatronen, a.per.length, soortOp),
    waarden,
    peil,
    peilBegroot: peil !== null && (a.r.peilBegroot || b.r.peilBegroot),
    deltaPct: deltaPct(peil, nulLijn),
    deltaPctGecorrigeerd: null,
  };
}

const NUL_REEKSEN = new Map<number, number[]>();

/**
 * A fresh array of n zeros that V8 already stores as unboxed doubles: filling an empty array
 * would change its element kind on the first non-integer figure and copy it, 90.000 times.
 */
function createNulReeks(n: number): number[] {
  let sjabloon = NUL_REEKSEN.get(n);
  if (!sjabloon) {
    sjabloon = Array.from({ length: n }, () => 0.5);
    sjabloon.fill(0);
    NUL_REEKSEN.set(n, sjabloon);
  }
  return sjabloon.slice();
}

/** (peil / (nul-lijn × (1 + uitbreiding/100)) − 1) × 100; null without a taakuitbreiding. */
function gecorrigeerd(peil: number | null, nulLijn: number | null, uitbreiding: number | null): number | null {
  if (uitbreiding === null || peil === null || nulLijn === null) return null;
  return deltaPct(peil, nulLijn * (1 + uitbreiding / 100));
}

/** One warning per taakveld, year and sheet: nul-lijn year of the other soort, missing year, missing peiljaar. */
function meldAfwijkingen(o: BouwReeksenOptions, reeksen: Deelreeks[], sheet: string, issues: Issue[], wat: string): void {
  if (!reeksen.some((r) => r.per.some((slot) => slot >= 0))) return;
  const { jaren, nulLijnJaren, peiljaar, index } = o.kader;
  for (const nj of nulLijnJaren) {
    const i = jaren.indexOf(nj.jaar);
    const gekozen = i < 0 ? [] : reeksen.filter((r) => r.per[i] >= 0);
    const slot = gekozen.find((r) => r.afwijkend?.[i])?.per[i];
    const afwijkend = slot === undefined ? undefined : { soort: index.getSoort(slot), ...index.getBron(slot) };
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
  if (peiljaar !== null && !reeksen.some((r) => r.peil >= 0)) {
    issues.push({
      severity: 'warning', sheet, cell: '', code: 'PEILJAAR_ONTBREEKT',
      message: `${o.taakveld}: voor peiljaar ${peiljaar} zijn geen ${wat} gevonden (realisatie noch begroting), dus geen vergelijking met de nul-lijn. Vul ${peiljaar} aan of kies een ander peiljaar.`,
    });
  }
}
