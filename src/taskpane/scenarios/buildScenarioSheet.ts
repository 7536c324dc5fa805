/**
 * The scenario comparison sheet (owned key 'scenarios'): two scored runs of the same input
 * side by side, per taakveld Oordeel and Totaal of A and of B and the difference, then the
 * weights each scenario used. Pure, like the core's sheet builders, so it is tested without a host.
 */
import type { ToetsRun } from '../../core/analyse';
import { CRITERIA_DEFINITIES, INDICATOR_DEFINITIES } from '../../core/criteria';
import { formatGetal, formatOpsomming } from '../../core/format';
import type { BlockSpec, SheetSpec, TextLine } from '../../core/sheetSpec';
import { buildSheetFrame, FIRST_HEADER_ROW } from '../../core/sheets/buildSheetFrame';
import { buildOordeelRules, buildScoreScale } from '../../core/sheets/conditionalRules';
import { NUMBER_FORMATS } from '../../core/sheets/numberFormats';
import { buildLegeRij, toCell } from '../../core/sheets/toCell';
import type { CellValue, Drempels, Instellingen } from '../../core/types';

export interface ScenarioRun {
  naam: string;
  run: ToetsRun;
}

export const SCENARIO_SHEET_NAME = 'Scenario’s';
const HEADER = ['Taakveld', 'Oordeel A', 'Totaal A', 'Oordeel B', 'Totaal B', 'Verschil'];

/** Totaal B − Totaal A; null when either has no verdict score. */
function verschil(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

function buildVergelijkingBlock(a: ToetsRun, b: ToetsRun): BlockSpec {
  const perTaakveldB = new Map(b.result.taakvelden.map((t) => [t.taakveld, t]));
  const rows: CellValue[][] = a.result.taakvelden.map((ta) => {
    const tb = perTaakveldB.get(ta.taakveld);
    return [
      ta.taakveld,
      ta.oordeel, toCell(ta.totaal),
      tb ? tb.oordeel : null, toCell(tb ? tb.totaal : null),
      toCell(verschil(ta.totaal, tb ? tb.totaal : null)),
    ];
  });
  return {
    tableName: 'tblScenarios',
    top: FIRST_HEADER_ROW,
    left: 0,
    header: HEADER,
    rows: rows.length > 0 ? rows : [buildLegeRij(HEADER.length)],
    columnFormats: [null, null, NUMBER_FORMATS.score, null, NUMBER_FORMATS.score, NUMBER_FORMATS.score],
    conditionalFormats: [...buildOordeelRules(1), ...buildOordeelRules(3), buildScoreScale([2, 4, 5])],
  };
}

/** A weight as a cell: the number, or "uit" when the criterion does not count. */
function gewichtCel(instellingen: Instellingen, id: keyof Instellingen['gewichten']): CellValue {
  return instellingen.actief[id] ? instellingen.gewichten[id] : 'uit';
}

function buildGewichtenBlock(a: Instellingen, b: Instellingen, top: number): BlockSpec {
  return {
    tableName: 'tblScenarioGewichten',
    top,
    left: 0,
    header: ['Criterium', 'Gewicht A', 'Gewicht B'],
    rows: CRITERIA_DEFINITIES.map((c) => [`${c.id} ${c.naam}`, gewichtCel(a, c.id), gewichtCel(b, c.id)]),
    columnFormats: [null, '0.0', '0.0'],
    conditionalFormats: [],
  };
}

function formatDrempels(d: Drempels): string {
  return d.map((t) => formatGetal(t, Number.isInteger(t) ? 0 : 2)).join('; ');
}

/** One note per setting other than the weights that differs between the scenarios. */
function describeVerschillen(a: Instellingen, b: Instellingen): string[] {
  const regels: string[] = [];
  for (const d of INDICATOR_DEFINITIES) {
    const da = formatDrempels(a.drempels[d.id]);
    const db = formatDrempels(b.drempels[d.id]);
    if (da !== db) regels.push(`Drempels ${d.label}: A (${da}), B (${db}).`);
  }
  const jaren = (i: Instellingen): string =>
    formatOpsomming(i.nulLijnJaren.map((j) => `${j.jaar} (${j.soort === 'Begroting' ? 'B' : 'R'})`));
  if (jaren(a) !== jaren(b)) regels.push(`Nul-lijn: A ${jaren(a)}, B ${jaren(b)}.`);
  if (a.peiljaar !== b.peiljaar) {
    const pj = (i: Instellingen): string => (i.peiljaar === undefined ? 'laatste jaar met gegevens' : String(i.peiljaar));
    regels.push(`Peiljaar: A ${pj(a)}, B ${pj(b)}.`);
  }
  return regels;
}

/**
 * Builds the comparison sheet of scenarios A and B, both scored on the same input. Rows follow
 * A's taakvelden; Verschil is Totaal B − Totaal A, so a positive number means B judges better.
 */
export function buildScenarioSheet(a: ScenarioRun, b: ScenarioRun): SheetSpec {
  const vergelijking = buildVergelijkingBlock(a.run, b.run);
  const gewichtenTop = vergelijking.top + vergelijking.rows.length + 3;
  const ia = a.run.analyse.instellingen;
  const ib = b.run.analyse.instellingen;
  const gewichten = buildGewichtenBlock(ia, ib, gewichtenTop);
  const onder = gewichtenTop + gewichten.rows.length + 2;
  const notes: TextLine[] = [
    { row: FIRST_HEADER_ROW - 1, column: 0, text: `A = ${a.naam} · B = ${b.naam}`, style: 'note' },
    {
      row: gewichtenTop - 1,
      column: 0,
      text: 'Verschil = Totaal B − Totaal A: positief betekent dat scenario B gunstiger uitvalt.',
      style: 'note',
    },
    ...describeVerschillen(ia, ib).map((text, i): TextLine => ({ row: onder + i, column: 0, text, style: 'note' })),
  ];
  return buildSheetFrame({
    key: 'scenarios',
    name: SCENARIO_SHEET_NAME,
    titel: 'Scenario’s naast elkaar',
    tabColor: '7030A0',
    analyse: a.run.analyse,
    blocks: [vergelijking, gewichten],
    notes,
    vasteBreedtes: { 0: 40 },
  });
}
