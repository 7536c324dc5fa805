/** The Paragraaf sheet: the draft text per taakveld, wrapped, for the begroting. */
import type { ToetsRun } from '../analyse';
import type { BlockSpec, SheetSpec } from '../sheetSpec';
import { buildOordeelRules } from './conditionalRules';
import { buildParagraaf } from './buildParagraaf';
import { buildSheetFrame, FIRST_HEADER_ROW } from './buildSheetFrame';
import { buildLegeRij } from './toCell';

/** Builds the Paragraaf sheet spec (table "tblParagraaf"). */
export function buildParagraafSheet(run: ToetsRun): SheetSpec {
  const { analyse } = run;
  const header = ['Taakveld', 'Oordeel', 'Concepttekst'];
  const rows = analyse.taakvelden.map((t) => [t.info.naam, t.toets.oordeel, buildParagraaf(t, analyse)]);
  const block: BlockSpec = {
    tableName: 'tblParagraaf',
    top: FIRST_HEADER_ROW,
    left: 0,
    header,
    rows: rows.length > 0 ? rows : [buildLegeRij(header.length)],
    columnFormats: [null, null, null],
    wrapColumns: [2],
    conditionalFormats: buildOordeelRules(1),
  };
  return buildSheetFrame({
    key: 'paragraaf',
    name: 'Paragraaf',
    titel: 'Paragraaf ‘Samenwerking met andere partijen’',
    tabColor: '7030A0',
    analyse,
    blocks: [block],
    notes: [
      {
        row: FIRST_HEADER_ROW - 1,
        column: 0,
        text: 'Concepttekst voor de paragraaf ‘Samenwerking met andere partijen’. Controleer de cijfers voordat u de tekst overneemt.',
        style: 'note',
      },
    ],
    vasteBreedtes: { 1: 22, 2: 110 },
  });
}
