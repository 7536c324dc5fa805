import type { Invoer } from '../../../src/core/analyse';
import { toWaarnemingen } from '../../../src/core/waarnemingen';
import type { IndicatorNaam, KostenMaat, Soort, TaakveldInfo, Waarneming } from '../../../src/core/types';

/** Kosten parts for one taakveld: per year [Personeel, Materieel, Afschrijving, Inhuur] and soort. */
export function kosten(taakveld: string, jaar: number, soort: Soort, delen: [number, number, number, number]): Waarneming[] {
  const maten: KostenMaat[] = ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur'];
  return maten.map((maat, i) => ({ taakveld, jaar, soort, maat, waarde: delen[i], sheet: 'Kosten', cell: `C${jaar - 2000}` }));
}

export function fte(taakveld: string, jaar: number, soort: Soort, waarde: number): Waarneming {
  return { taakveld, jaar, soort, maat: 'FTE', waarde, sheet: 'FTE', cell: `D${jaar - 2000}` };
}

export function indicator(taakveld: string | null, jaar: number, naam: IndicatorNaam, waarde: number) {
  return { taakveld, jaar, indicator: naam, waarde, sheet: 'Indicatoren', cell: 'D2' };
}

export function info(naam: string, domein: TaakveldInfo['domein'] = 'Bedrijfsvoering'): TaakveldInfo {
  return { naam, domein, aliassen: [] };
}

/** An Invoer from parts; observations may be given as a list of objects. */
export function invoer(part: Omit<Partial<Invoer>, 'waarnemingen'> & { waarnemingen?: Waarneming[] }): Invoer {
  return {
    rollen: { kosten: 'Kosten', fte: 'FTE', indicatoren: 'Indicatoren' },
    taakvelden: [],
    indicatoren: [],
    benchmark: [],
    instellingen: {},
    issues: [],
    ...part,
    waarnemingen: toWaarnemingen(part.waarnemingen ?? []),
  };
}

/**
 * A taakveld with a full nul-lijn (2018 R, 2019 R, 2020 B) and later years, whose total
 * costs move by `factor` in the peiljaar 2024.
 */
export function standaardTaakveld(naam: string, factor = 1, fteFactor = 1): Waarneming[] {
  return [
    ...kosten(naam, 2018, 'Realisatie', [300_000, 50_000, 10_000, 40_000]),
    ...kosten(naam, 2019, 'Realisatie', [310_000, 52_000, 10_000, 38_000]),
    ...kosten(naam, 2020, 'Begroting', [320_000, 54_000, 10_000, 36_000]),
    ...kosten(naam, 2024, 'Realisatie', [320_000 * factor, 54_000 * factor, 10_000 * factor, 36_000 * factor]),
    fte(naam, 2018, 'Realisatie', 4),
    fte(naam, 2019, 'Realisatie', 4.2),
    fte(naam, 2020, 'Begroting', 4.4),
    fte(naam, 2024, 'Realisatie', 4.2 * fteFactor),
  ];
}
