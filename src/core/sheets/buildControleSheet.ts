/** The Controle sheet: every issue of the run with sheet and cell, errors first. */
import type { ToetsRun } from '../analyse';
import { parseAddress } from '../cellAddress';
import type { BlockSpec, SheetSpec } from '../sheetSpec';
import type { CellValue, Issue, Severity } from '../types';
import { buildErnstRules, ERNST_LABEL } from './conditionalRules';
import { buildSheetFrame, FIRST_HEADER_ROW } from './buildSheetFrame';
import { toTextCell } from './toCell';

const VOLGORDE: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Row and column of an A1 address for sorting; whole-sheet issues ("") first, odd text last. */
function celPositie(cel: string): [number, number] {
  if (cel === '') return [-1, -1];
  try {
    const { row, column } = parseAddress(cel);
    return [row, column];
  } catch {
    return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  }
}

/** Errors, then warnings, then info; within each by sheet name, then row and column of the cell. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => {
    const ernst = VOLGORDE[a.severity] - VOLGORDE[b.severity];
    if (ernst !== 0) return ernst;
    if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
    const [ra, ka] = celPositie(a.cell);
    const [rb, kb] = celPositie(b.cell);
    return ra - rb || ka - kb;
  });
}

/** Builds the Controle sheet spec (table "tblControle"); one GEEN_MELDINGEN row when all is well. */
export function buildControleSheet(run: ToetsRun): SheetSpec {
  const rows: CellValue[][] = sortIssues(run.result.issues).map((i) => [
    ERNST_LABEL[i.severity], toTextCell(i.sheet), toTextCell(i.cell), i.code, i.message,
  ]);
  const block: BlockSpec = {
    tableName: 'tblControle',
    top: FIRST_HEADER_ROW,
    left: 0,
    header: ['Ernst', 'Blad', 'Cel', 'Code', 'Melding'],
    rows: rows.length > 0 ? rows : [[ERNST_LABEL.info, null, null, 'GEEN_MELDINGEN', 'Geen meldingen: alle invoer is gelezen.']],
    columnFormats: [null, null, null, null, null],
    wrapColumns: [4],
    conditionalFormats: buildErnstRules(0),
  };
  return buildSheetFrame({
    key: 'controle',
    name: 'Controle',
    titel: 'Controle: meldingen bij de invoer',
    tabColor: '7F7F7F',
    analyse: run.analyse,
    blocks: [block],
    notes: [
      {
        row: FIRST_HEADER_ROW - 1,
        column: 0,
        text: 'Fouten eerst; wat een melding raakt, telt als “geen gegevens”. Herstel de invoer en voer de toets opnieuw uit.',
        style: 'note',
      },
    ],
    vasteBreedtes: { 0: 14, 4: 90 },
  });
}
