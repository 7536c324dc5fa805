/**
 * Paragraph sentences about the indicators that have a measured change: klanttevredenheid,
 * MTO, stagnerende projecten, eenpitters, the benchmark deviation and the K6 judgement. The
 * cost indicators are told by describeMaten from the underlying figures.
 */
import type { Analyse, IndicatorUitkomst, TaakveldAnalyse } from '../analyse';
import { formatGetal, formatJaren, formatProcent, formatScore, isToonbaar } from '../format';

interface Referentie {
  /** "ten opzichte van 2019" */
  tov: string;
  /** "dan in 2019" / "dan gemiddeld in 2018–2020" */
  dan: string;
  /** "als in 2019" / "als gemiddeld in 2018–2020" */
  als: string;
}

function buildReferentie(vanJaren: number[] | undefined): Referentie {
  if (!vanJaren || vanJaren.length === 0) {
    return { tov: 'ten opzichte van de nul-lijn', dan: 'dan in de nul-lijn', als: 'als in de nul-lijn' };
  }
  if (vanJaren.length === 1) return { tov: `ten opzichte van ${vanJaren[0]}`, dan: `dan in ${vanJaren[0]}`, als: `als in ${vanJaren[0]}` };
  const jaren = formatJaren(vanJaren);
  return { tov: `ten opzichte van het gemiddelde van ${jaren}`, dan: `dan gemiddeld in ${jaren}`, als: `als gemiddeld in ${jaren}` };
}

/** A change in counts: whole numbers without decimals, averages with one. */
function formatAantal(n: number): string {
  // Round to 6 decimals as the scoring does (an average of counts such as 4/3); huge counts stay as they are.
  const afgerond = Math.abs(n) < 1e9 ? Math.round(n * 1e6) / 1e6 : n;
  return formatGetal(Math.abs(afgerond), Number.isInteger(afgerond) ? 0 : 1);
}

const inJaar = (u: IndicatorUitkomst): string => (u.naarJaar === undefined ? '' : ` in ${u.naarJaar}`);

/** "De klanttevredenheid is in 2023 met 0,3 punt gestegen ten opzichte van 2019." */
function describePunten(onderwerp: string, u: IndicatorUitkomst, x: number): string {
  const ref = buildReferentie(u.vanJaren);
  const tekst = formatGetal(Math.abs(x), 1);
  if (tekst === '0,0') return `${onderwerp} is${inJaar(u)} even hoog ${ref.als}.`;
  const eenheid = Math.abs(Number(tekst.replace(',', '.'))) <= 1 ? 'punt' : 'punten';
  return `${onderwerp} is${inJaar(u)} met ${tekst} ${eenheid} ${x > 0 ? 'gestegen' : 'gedaald'} ${ref.tov}.`;
}

/** "In 2023 stagneren 3 projecten minder dan in 2019." / "… stagneert 1 project meer …" */
function describeProjecten(u: IndicatorUitkomst, x: number): string {
  const ref = buildReferentie(u.vanJaren);
  const begin = u.naarJaar === undefined ? 'Er' : `In ${u.naarJaar}`;
  const aantal = formatAantal(x);
  if (aantal === '0' || aantal === '0,0') return `${begin} stagneren evenveel projecten ${ref.als}.`;
  const enkel = aantal === '1';
  return `${begin} ${enkel ? 'stagneert' : 'stagneren'} ${aantal} ${enkel ? 'project' : 'projecten'} ${x < 0 ? 'minder' : 'meer'} ${ref.dan}.`;
}

/** "Het aantal eenpitters is in 2023 met 2 gedaald ten opzichte van 2019." */
function describeEenpitters(u: IndicatorUitkomst, x: number): string {
  const ref = buildReferentie(u.vanJaren);
  const aantal = formatAantal(x);
  if (aantal === '0' || aantal === '0,0') return `Het aantal eenpitters is${inJaar(u)} even groot ${ref.als}.`;
  return `Het aantal eenpitters is${inJaar(u)} met ${aantal} ${x > 0 ? 'gestegen' : 'gedaald'} ${ref.tov}.`;
}

/** Latest benchmark year per taakveld, computed once per input: a scan per taakveld is quadratic. */
const laatsteJaren = new WeakMap<Analyse['invoer']['benchmark'], Map<string, number>>();

function laatsteBenchmarkJaar(analyse: Analyse, taakveld: string): number | undefined {
  const regels = analyse.invoer.benchmark;
  let perTaakveld = laatsteJaren.get(regels);
  if (!perTaakveld) {
    perTaakveld = new Map();
    for (const b of regels) perTaakveld.set(b.taakveld, Math.max(b.jaar, perTaakveld.get(b.taakveld) ?? -Infinity));
    laatsteJaren.set(regels, perTaakveld);
  }
  return perTaakveld.get(taakveld);
}

/** "De formatie ligt 13% onder de referentiegroep (benchmark 2017)." */
function describeBenchmark(t: TaakveldAnalyse, analyse: Analyse, u: IndicatorUitkomst, x: number): string {
  const jaar = u.naarJaar ?? laatsteBenchmarkJaar(analyse, t.info.naam);
  const bron = jaar === undefined ? 'benchmark' : `benchmark ${jaar}`;
  const tekst = formatProcent(Math.abs(x), 0);
  if (tekst === '0%') return `De formatie ligt op het niveau van de referentiegroep (${bron}).`;
  return `De formatie ligt ${tekst} ${x < 0 ? 'onder' : 'boven'} de referentiegroep (${bron}).`;
}

/** The indicator sentences of one taakveld's paragraph, in the order of the criteria. */
export function describeIndicatoren(t: TaakveldAnalyse, analyse: Analyse): string[] {
  const zinnen: string[] = [];
  const volgorde = ['formatieReferentie', 'klanttevredenheid', 'stagnerendeProjecten', 'mto', 'eenpitters', 'oordeel'];
  const uitkomsten = t.indicatoren
    .filter((u) => volgorde.includes(u.indicator))
    .sort((a, b) => volgorde.indexOf(a.indicator) - volgorde.indexOf(b.indicator));
  for (const u of uitkomsten) {
    const x = u.waarde;
    if (!isToonbaar(x)) continue;
    if (u.indicator === 'formatieReferentie') zinnen.push(describeBenchmark(t, analyse, u, x));
    else if (u.indicator === 'klanttevredenheid') zinnen.push(describePunten('De klanttevredenheid', u, x));
    else if (u.indicator === 'mto') zinnen.push(describePunten('De MTO-score', u, x));
    else if (u.indicator === 'stagnerendeProjecten') zinnen.push(describeProjecten(u, x));
    else if (u.indicator === 'eenpitters') zinnen.push(describeEenpitters(u, x));
    else zinnen.push(`Het oordeel over gemeentegrensoverschrijdende opgaven is ${formatScore(x)} op een schaal van \u22122 tot +2.`);
  }
  return zinnen;
}
