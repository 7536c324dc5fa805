/**
 * Indicator names on the Indicatoren sheet, matched loosely to `IndicatorNaam`.
 */
import type { CellValue, IndicatorNaam } from '../types';
import { matchesKop } from './normalizeKop';

const NAMEN: readonly { naam: IndicatorNaam; namen: string[] }[] = [
  {
    naam: 'Klanttevredenheid',
    namen: ['klanttevredenheid', 'waarstaatjegemeente', 'waar staat je gemeente', 'tevredenheid inwoners', 'inwonerstevredenheid',
      'burgertevredenheid', 'klanttevredenheid wsjg', 'tevredenheid dienstverlening', 'klanttevredenheidsonderzoek'],
  },
  { naam: 'MTO-score', namen: ['mto score', 'mto', 'mto cijfer', 'medewerkerstevredenheid', 'medewerkerstevredenheidsonderzoek', 'medewerkersonderzoek'] },
  { naam: 'Stagnerende projecten', namen: ['stagnerende projecten', 'stagnerendeprojecten', 'vastgelopen projecten', 'vertraagde projecten', 'aantal stagnerende projecten'] },
  { naam: 'Eenpitters', namen: ['eenpitters', 'eenpitter', 'een pitters', 'kwetsbare functies', 'aantal eenpitters', 'eenpittersfuncties'] },
  { naam: 'Taakuitbreiding', namen: ['taakuitbreiding', 'uitbreiding taakveld', 'uitbreiding takenpakket', 'uitbreiding taken', 'taakuitbreiding %'] },
  { naam: 'Oordeel', namen: ['oordeel', 'oordeel k6', 'handmatig oordeel', 'oordeel gemeentegrensoverschrijdende opgaven', 'k6'] },
];

/** The indicator a cell names, or null. */
export function matchIndicatorNaam(value: CellValue): IndicatorNaam | null {
  return NAMEN.find((n) => matchesKop(value, n.namen))?.naam ?? null;
}
