/**
 * The council's criteria (memo of 5 september 2020, design section 7) and their defaults,
 * as data: the parser, the scorer, the sheets and the task pane all read this one table.
 */
import type { CriteriumId, Drempels, IndicatorId, Instellingen, InstellingenOverrides } from './types';
import type { Eenheid } from './analyse';

export interface CriteriumDefinitie {
  id: CriteriumId;
  naam: string;
  /** Only for Domein = Beleid (K6). */
  alleenBeleid: boolean;
}

export interface IndicatorDefinitie {
  id: IndicatorId;
  criterium: CriteriumId;
  /** Dutch label as shown in sheets and accepted in Instellingen. */
  label: string;
  eenheid: Eenheid;
  /** 'hoger' = a higher change is better; 'lager' = lower is better; 'direct' = the value is the score. */
  beter: 'hoger' | 'lager' | 'direct';
  drempels: Drempels;
}

export const CRITERIA_DEFINITIES: readonly CriteriumDefinitie[] = [
  { id: 'K1', naam: 'Kwaliteit dienstverlening', alleenBeleid: false },
  { id: 'K2', naam: 'Efficiency, flexibiliteit en kosten', alleenBeleid: false },
  { id: 'K3', naam: 'Specifieke kennis of specialisten', alleenBeleid: false },
  { id: 'K4', naam: 'Ontwikkelingsmogelijkheden personeel', alleenBeleid: false },
  { id: 'K5', naam: 'Kwetsbaarheid', alleenBeleid: false },
  { id: 'K6', naam: 'Gemeentegrensoverschrijdende opgaven', alleenBeleid: true },
];

const PUNTEN: Drempels = [-0.3, -0.1, 0.1, 0.3];
const PROCENT: Drempels = [-5, -1, 1, 5];
const BENCHMARK: Drempels = [-15, -5, 5, 15];
const AANTAL: Drempels = [-2, -1, 1, 2];

export const INDICATOR_DEFINITIES: readonly IndicatorDefinitie[] = [
  { id: 'klanttevredenheid', criterium: 'K1', label: 'Klanttevredenheid', eenheid: 'punten', beter: 'hoger', drempels: PUNTEN },
  { id: 'totaleKosten', criterium: 'K2', label: 'Totale kosten', eenheid: 'procent', beter: 'lager', drempels: PROCENT },
  { id: 'kostenPerFte', criterium: 'K2', label: 'Kosten per FTE', eenheid: 'procent', beter: 'lager', drempels: PROCENT },
  { id: 'externeInhuur', criterium: 'K2', label: 'Externe inhuur', eenheid: 'procentpunt', beter: 'lager', drempels: PROCENT },
  { id: 'formatieReferentie', criterium: 'K2', label: 'Formatie t.o.v. referentie', eenheid: 'procent', beter: 'lager', drempels: BENCHMARK },
  { id: 'stagnerendeProjecten', criterium: 'K3', label: 'Stagnerende projecten', eenheid: 'aantal', beter: 'lager', drempels: AANTAL },
  { id: 'mto', criterium: 'K4', label: 'MTO-score', eenheid: 'punten', beter: 'hoger', drempels: PUNTEN },
  { id: 'eenpitters', criterium: 'K5', label: 'Eenpitters', eenheid: 'aantal', beter: 'lager', drempels: AANTAL },
  { id: 'oordeel', criterium: 'K6', label: 'Oordeel', eenheid: 'oordeel', beter: 'direct', drempels: [-1.5, -0.5, 0.5, 1.5] },
];

/** Looks a criterion up by id; throws on an id the core does not know (misuse, not data). */
export function findCriterium(id: CriteriumId): CriteriumDefinitie {
  const found = CRITERIA_DEFINITIES.find((c) => c.id === id);
  if (!found) throw new RangeError(`Onbekend criterium ${id}`);
  return found;
}

/** The defaults of design section 7: all weights 1, nul-lijn 2018 R, 2019 R, 2020 B. */
export function createDefaultInstellingen(): Instellingen {
  const gewichten = { K1: 1, K2: 1, K3: 1, K4: 1, K5: 1, K6: 1 };
  const actief = { K1: true, K2: true, K3: true, K4: true, K5: true, K6: true };
  const drempels = Object.fromEntries(INDICATOR_DEFINITIES.map((d) => [d.id, d.drempels])) as Record<IndicatorId, Drempels>;
  return {
    nulLijnJaren: [
      { jaar: 2018, soort: 'Realisatie' },
      { jaar: 2019, soort: 'Realisatie' },
      { jaar: 2020, soort: 'Begroting' },
    ],
    gewichten,
    actief,
    drempels,
    trekkingen: 2000,
    seed: 20200909,
  };
}

/** Defaults overlaid with what the user set; arrays and records are copied, never shared. */
export function mergeInstellingen(over: InstellingenOverrides = {}): Instellingen {
  const base = createDefaultInstellingen();
  return {
    nulLijnJaren: (over.nulLijnJaren ?? base.nulLijnJaren).map((j) => ({ ...j })),
    peiljaar: over.peiljaar ?? base.peiljaar,
    gewichten: { ...base.gewichten, ...definieerd(over.gewichten) },
    actief: { ...base.actief, ...definieerd(over.actief) },
    drempels: { ...base.drempels, ...definieerd(over.drempels) },
    trekkingen: Math.max(1000, over.trekkingen ?? base.trekkingen),
    seed: over.seed ?? base.seed,
  };
}

/** Drops keys whose value is undefined, so a partial record never blanks a default. */
function definieerd<T extends object>(record: T | undefined): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]-?: Exclude<T[K], undefined>;
  };
}
