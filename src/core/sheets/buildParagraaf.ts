/**
 * The draft text for the begroting paragraph "Samenwerking met andere partijen": per taakveld
 * only the measured figures and the verdict, in plain Dutch a controller can paste as is.
 */
import type { Analyse, TaakveldAnalyse } from '../analyse';
import { findCriterium } from '../criteria';
import { formatFractie, formatOpsomming, formatScore, isToonbaar } from '../format';
import type { CriteriumId } from '../types';
import { CRITERIA } from '../types';
import { describeIndicatoren } from './describeIndicatoren';
import { describeMaten } from './describeMaten';

/** Dekking of the verdict: design section 7 gives no verdict below this share. */
const MINIMALE_DEKKING = 0.5;

/** A share as text that never rounds across a boundary the reader checks (49,6% is not "50%"). */
function formatDekking(dekking: number): string {
  for (let decimals = 0; decimals < 3; decimals += 1) {
    const afgerond = Math.round(dekking * 100 * 10 ** decimals) / 10 ** decimals;
    const kantelt = (dekking < MINIMALE_DEKKING && afgerond >= 50) || (dekking < 1 && afgerond >= 100) || (dekking > 0 && afgerond === 0);
    if (!kantelt) return formatFractie(dekking, decimals);
  }
  return formatFractie(dekking, 3);
}

/** Criteria that apply and are switched on, split by whether they have data. */
function splitCriteria(t: TaakveldAnalyse, analyse: Analyse): { met: CriteriumId[]; zonder: CriteriumId[] } {
  const van = CRITERIA.filter((id) => id in t.toets.criteria && analyse.instellingen.actief[id] !== false);
  return {
    met: van.filter((id) => t.toets.criteria[id] !== null && t.toets.criteria[id] !== undefined),
    zonder: van.filter((id) => t.toets.criteria[id] === null || t.toets.criteria[id] === undefined),
  };
}

/** "Voor kwaliteit dienstverlening en kwetsbaarheid zijn geen gegevens beschikbaar." */
function describeZonderGegevens(zonder: CriteriumId[]): string[] {
  if (zonder.length === 0) return [];
  const namen = zonder.map((id) => {
    const naam = findCriterium(id).naam;
    const klein = `${naam.charAt(0).toLowerCase()}${naam.slice(1)}`;
    // A name with a comma is quoted in a list, or "efficiency, flexibiliteit en kosten" blurs into it.
    return zonder.length > 1 && klein.includes(',') ? `‘${klein}’` : klein;
  });
  return [`Voor ${formatOpsomming(namen)} zijn geen gegevens beschikbaar.`];
}

function describeOordeel(t: TaakveldAnalyse, aantalMet: number): string {
  const { toets } = t;
  if (toets.oordeel === 'Onvoldoende gegevens') {
    if (!isToonbaar(toets.dekking)) return 'Er zijn te weinig gegevens voor een oordeel.';
    const wie = aantalMet === 1 ? 'het criterium met gegevens weegt' : 'de criteria met gegevens wegen samen';
    return `Er zijn te weinig gegevens voor een oordeel: ${wie} ${formatDekking(toets.dekking)} van het totaal (minimaal ${formatFractie(MINIMALE_DEKKING)} nodig).`;
  }
  const delen = [
    isToonbaar(toets.totaal) ? `totaalscore ${formatScore(toets.totaal)} op een schaal van \u22122 tot +2` : null,
    [
      isToonbaar(toets.dekking) ? `dekking ${formatDekking(toets.dekking)}` : null,
      isToonbaar(toets.robuustheid) ? `robuustheid ${formatFractie(toets.robuustheid)}` : null,
    ].filter((d) => d !== null).join(', '),
  ].filter((d) => d !== null && d !== '');
  const toelichting = delen.length > 0 ? ` (${delen.join('; ')})` : '';
  return `Eindoordeel: ${toets.oordeel.toLowerCase()}${toelichting}.`;
}

/**
 * The draft paragraph text for one taakveld: name and samenwerkingsvorm, costs against the
 * nul-lijn, formatie and inhuur, the indicators with data, the criteria without data and the verdict.
 */
export function buildParagraaf(taakveld: TaakveldAnalyse, analyse: Analyse): string {
  const { info } = taakveld;
  const kop = info.samenwerkingsvorm ? `${info.naam} (${info.samenwerkingsvorm.toLowerCase()}).` : `${info.naam}.`;
  const { met, zonder } = splitCriteria(taakveld, analyse);
  const slot =
    met.length === 0
      ? ['Voor geen van de criteria zijn gegevens beschikbaar; een oordeel is daarom niet mogelijk.']
      : [...describeZonderGegevens(zonder), describeOordeel(taakveld, met.length)];
  return [kop, ...describeMaten(taakveld, analyse), ...describeIndicatoren(taakveld, analyse), ...slot].join(' ');
}
