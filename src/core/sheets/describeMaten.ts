/**
 * Paragraph sentences about the measured figures: totale kosten against the nul-lijn (with the
 * taakuitbreiding correction), formatie and kosten per fte, and externe inhuur. A figure that
 * is missing leaves its sentence out; nothing is guessed.
 */
import { waardeOp, type Analyse, type MaatReeks, type TaakveldAnalyse } from '../analyse';
import {
  formatEuro, formatFte, formatGetal, formatJaren, formatProcent, formatVerschilGetal, formatVerschilProcent, isToonbaar,
} from '../format';
import type { Maat } from '../types';

function findReeks(taakveld: TaakveldAnalyse, maat: Maat): MaatReeks | undefined {
  return taakveld.maten.find((m) => m.maat === maat);
}

/** True when the peiljaar figure is a begroting (fallback or, for a nul-lijn year, as configured). */
function isPeilBegroot(reeks: MaatReeks, jaren: readonly number[], peiljaar: number): boolean {
  return reeks.peilBegroot || reeks.soorten[jaren.indexOf(peiljaar)] === 'Begroting';
}

/** "(gemiddelde van 2018–2020)" over the nul-lijn years this reeks has data for; "(2019)" for one. */
function describeNulLijnJaren(reeks: MaatReeks, analyse: Analyse): string {
  const metData = analyse.nulLijnJaren
    .map((nj) => nj.jaar)
    .filter((jaar) => isToonbaar(waardeOp(reeks, analyse.jaren.indexOf(jaar))));
  const jaren = metData.length > 0 ? metData : analyse.nulLijnJaren.map((nj) => nj.jaar);
  if (jaren.length === 0) return '';
  return jaren.length === 1 ? ` (${jaren[0]})` : ` (gemiddelde van ${formatJaren(jaren)})`;
}

/** "3,2% lager" / "3,2% hoger" / null when it rounds to 0,0%. */
function describeRichting(deltaPct: number): string | null {
  const tekst = formatProcent(Math.abs(deltaPct), 1);
  if (formatGetal(deltaPct, 1) === '0,0') return null;
  return `${tekst} ${deltaPct < 0 ? 'lager' : 'hoger'}`;
}

function describeTotaleKosten(t: TaakveldAnalyse, analyse: Analyse, peiljaar: number): string[] {
  const reeks = findReeks(t, 'Totale kosten');
  if (!reeks || !isToonbaar(reeks.peil)) return [];
  const soort = isPeilBegroot(reeks, analyse.jaren, peiljaar) ? 'begroot' : 'jaarrekening';
  const begin = `De totale kosten bedragen in ${peiljaar} ${formatEuro(reeks.peil)} (${soort})`;
  if (!isToonbaar(reeks.nulLijn)) return [`${begin}; een nul-lijn ontbreekt.`];
  const nulLijn = `${formatEuro(reeks.nulLijn)}${describeNulLijnJaren(reeks, analyse)}`;
  if (!isToonbaar(reeks.deltaPct)) return [`${begin}, tegen een nul-lijn van ${nulLijn}.`];
  const richting = describeRichting(reeks.deltaPct);
  const zinnen = [richting ? `${begin}, ${richting} dan de nul-lijn van ${nulLijn}.` : `${begin}, gelijk aan de nul-lijn van ${nulLijn}.`];
  const uitbreiding = t.taakuitbreiding;
  if (isToonbaar(uitbreiding) && isToonbaar(reeks.deltaPctGecorrigeerd) && formatGetal(uitbreiding, 1) !== '0,0') {
    const soortWijziging = uitbreiding > 0 ? 'taakuitbreiding' : 'taakinkrimping';
    const gecorrigeerd = describeRichting(reeks.deltaPctGecorrigeerd);
    zinnen.push(
      `Gecorrigeerd voor een ${soortWijziging} van ${formatProcent(Math.abs(uitbreiding), 1)} is dat ${gecorrigeerd ?? 'gelijk aan de nul-lijn'}.`,
    );
  }
  return zinnen;
}

/** ", tegen 13,10 fte in de nul-lijn (−5,3%)", or " (geen nul-lijn)". */
function describeTegen(reeks: MaatReeks, format: (n: number) => string): string {
  if (!isToonbaar(reeks.nulLijn)) return ' (geen nul-lijn)';
  const delta = isToonbaar(reeks.deltaPct) ? ` (${formatVerschilProcent(reeks.deltaPct, 1)})` : '';
  return `, tegen ${format(reeks.nulLijn)} in de nul-lijn${delta}`;
}

function describeFormatie(t: TaakveldAnalyse, jaren: readonly number[], peiljaar: number, kostenBegroot: boolean): string[] {
  const delen: string[] = [];
  const fte = findReeks(t, 'FTE');
  if (fte && isToonbaar(fte.peil)) {
    const begroot = isPeilBegroot(fte, jaren, peiljaar) && !kostenBegroot ? ' (begroot)' : '';
    delen.push(`de formatie is in ${peiljaar} ${formatFte(fte.peil)}${begroot}${describeTegen(fte, formatFte)}`);
  }
  const kpf = findReeks(t, 'Kosten per FTE');
  if (kpf && isToonbaar(kpf.peil)) {
    delen.push(`de kosten per fte zijn ${formatEuro(kpf.peil)}${describeTegen(kpf, (n) => formatEuro(n))}`);
  }
  if (delen.length === 0) return [];
  const zin = delen.join('; ');
  return [`${zin.charAt(0).toUpperCase()}${zin.slice(1)}.`];
}

function describeExterneInhuur(t: TaakveldAnalyse): string[] {
  const reeks = findReeks(t, 'Externe inhuur');
  if (!reeks || !isToonbaar(reeks.peil)) return [];
  const begin = `De externe inhuur is ${formatProcent(reeks.peil, 1)} van loonsom en inhuur`;
  if (!isToonbaar(reeks.nulLijn)) return [`${begin}; een nul-lijn ontbreekt.`];
  const verschil = reeks.peil - reeks.nulLijn;
  const punten = isToonbaar(verschil) ? ` (${formatVerschilGetal(verschil, 1)} procentpunt)` : '';
  return [`${begin}, tegen ${formatProcent(reeks.nulLijn, 1)} in de nul-lijn${punten}.`];
}

/** The cost, formatie and inhuur sentences of one taakveld's paragraph (none without a peiljaar). */
export function describeMaten(t: TaakveldAnalyse, analyse: Analyse): string[] {
  const peiljaar = analyse.peiljaar;
  if (peiljaar === null) return [];
  const kosten = describeTotaleKosten(t, analyse, peiljaar);
  const totaal = findReeks(t, 'Totale kosten');
  const kostenBegroot = kosten.length > 0 && totaal !== undefined && isPeilBegroot(totaal, analyse.jaren, peiljaar);
  return [...kosten, ...describeFormatie(t, analyse.jaren, peiljaar, kostenBegroot), ...describeExterneInhuur(t)];
}
