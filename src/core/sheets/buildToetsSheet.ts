/** The Toets sheet: one row per taakveld with the criteria scores, totaal and verdict. */
import type { TaakveldAnalyse, ToetsRun } from '../analyse';
import { CRITERIA_DEFINITIES } from '../criteria';
import type { BlockSpec, SheetSpec } from '../sheetSpec';
import type { CellValue } from '../types';
import { CRITERIA } from '../types';
import { buildOordeelRules, buildScoreScale } from './conditionalRules';
import { buildSheetFrame, FIRST_HEADER_ROW } from './buildSheetFrame';
import { NUMBER_FORMATS } from './numberFormats';
import { buildLegeRij, NVT, toCell, toTextCell } from './toCell';

/** Short column headers; the full names go in the note below the table. */
export const KORTE_LABELS = {
  K1: 'K1 Kwaliteit',
  K2: 'K2 Efficiency',
  K3: 'K3 Kennis',
  K4: 'K4 Ontwikkeling',
  K5: 'K5 Kwetsbaarheid',
  K6: 'K6 Grensoverschrijdend',
} as const;

const HEADER = [
  'Taakveld', 'Code', 'Domein', 'Samenwerkingsvorm',
  ...CRITERIA.map((id) => KORTE_LABELS[id]),
  'Totaal', 'Oordeel', 'Dekking', 'Robuustheid',
];
const EERSTE_K = 4;
const KOL_TOTAAL = EERSTE_K + CRITERIA.length;
const KOL_OORDEEL = KOL_TOTAAL + 1;
const KOL_DEKKING = KOL_OORDEEL + 1;
const KOL_ROBUUST = KOL_DEKKING + 1;

function buildRij(taakveld: TaakveldAnalyse): CellValue[] {
  const { info, toets } = taakveld;
  // A criterion key that is absent does not apply (K6 outside Beleid); null means no data.
  const scores = CRITERIA.map((id) => (id in toets.criteria ? toCell(toets.criteria[id]) : NVT));
  return [
    info.naam, toTextCell(info.code), info.domein, toTextCell(info.samenwerkingsvorm),
    ...scores,
    toCell(toets.totaal), toets.oordeel, toCell(toets.dekking), toCell(toets.robuustheid),
  ];
}

/** Builds the Toets sheet spec: table "tblToets" plus a note with the criteria's full names. */
export function buildToetsSheet(run: ToetsRun): SheetSpec {
  const rows = run.analyse.taakvelden.map(buildRij);
  const block: BlockSpec = {
    tableName: 'tblToets',
    top: FIRST_HEADER_ROW,
    left: 0,
    header: HEADER,
    rows: rows.length > 0 ? rows : [buildLegeRij(HEADER.length)],
    columnFormats: [
      null, NUMBER_FORMATS.tekst, null, null,
      ...CRITERIA.map(() => NUMBER_FORMATS.score),
      NUMBER_FORMATS.score, null, NUMBER_FORMATS.fractie, NUMBER_FORMATS.fractie,
    ],
    conditionalFormats: [
      buildScoreScale([...CRITERIA.map((_, i) => EERSTE_K + i), KOL_TOTAAL]),
      ...buildOordeelRules(KOL_OORDEEL),
      { columns: [KOL_DEKKING], rule: { type: 'dataBar', color: '5B9BD5', min: 0, max: 1 } },
      { columns: [KOL_ROBUUST], rule: { type: 'iconSet', iconSet: '3TrafficLights1', thresholds: [0.6, 0.8] } },
    ],
  };
  const onder = block.top + block.rows.length + 2;
  const namen = CRITERIA_DEFINITIES.map((c) => `${c.id} = ${c.naam}${c.alleenBeleid ? ' (alleen beleid)' : ''}`).join(' · ');
  return buildSheetFrame({
    key: 'toets',
    name: 'Toets',
    titel: 'Toets ambtelijke samenwerking per taakveld',
    tabColor: '2F5597',
    analyse: run.analyse,
    blocks: [block],
    notes: [
      { row: onder, column: 0, text: `Criteria: ${namen}.`, style: 'note' },
      {
        row: onder + 1,
        column: 0,
        text: 'Scores van −2 (slechter) tot +2 (beter). Dekking: aandeel van het gewicht met gegevens; onder 50% geen oordeel. Robuustheid: aandeel van willekeurige gewichten dat hetzelfde oordeel geeft.',
        style: 'note',
      },
    ],
  });
}
