/**
 * The Nul-lijn sheet: per taakveld and maat the nul-lijn, every year, the peiljaar and Δ%, in
 * blocks stacked vertically (one unit per block), plus the data and chart of Totale kosten.
 */
import type { ToetsRun } from '../analyse';
import type { BlockSpec, ChartSpec, SheetSpec, TextLine } from '../sheetSpec';
import type { CellValue } from '../types';
import { buildDeltaScale } from './conditionalRules';
import { buildSheetFrame, FIRST_HEADER_ROW } from './buildSheetFrame';
import { buildNulLijnHeader, buildNulLijnRows, NUL_LIJN_BLOKKEN } from './buildNulLijnRows';
import { NUMBER_FORMATS } from './numberFormats';
import { buildLegeRij, toCell } from './toCell';

/** Δ% colour scale runs from −5 % (green) to +5 % (red); the cells hold fractions. */
const DELTA_GRENS = 0.05;
const GRAFIEK_TITEL = 'Totale kosten: nul-lijn en peiljaar';

function buildGrafiekRows(run: ToetsRun): CellValue[][] {
  return run.analyse.taakvelden.map((t) => {
    const reeks = t.maten.find((m) => m.maat === 'Totale kosten');
    return [t.info.naam, toCell(reeks?.nulLijn), toCell(reeks?.peil)];
  });
}

/** Builds the Nul-lijn sheet spec with tables tblNulLijnKosten, -Formatie, -Inhuur and -Grafiek. */
export function buildNulLijnSheet(run: ToetsRun): SheetSpec {
  const { analyse } = run;
  const blocks: BlockSpec[] = [];
  const notes: TextLine[] = [];
  let top = FIRST_HEADER_ROW;
  const plaats = (block: Omit<BlockSpec, 'top' | 'left'>, note: string): void => {
    const rows = block.rows.length > 0 ? block.rows : [buildLegeRij(block.header.length)];
    notes.push({ row: top - 1, column: 0, text: note, style: 'note' });
    blocks.push({ ...block, rows, top, left: 0 });
    // Next block: one blank row, one note row, then its header.
    top += rows.length + 3;
  };

  for (const def of NUL_LIJN_BLOKKEN) {
    const header = buildNulLijnHeader(def, analyse);
    const eersteDelta = header.length - 3;
    const deltaKolommen = def.extra === 'gecorrigeerd' ? [eersteDelta, eersteDelta + 1] : [eersteDelta];
    plaats(
      {
        tableName: def.tableName,
        header,
        rows: buildNulLijnRows(def, analyse),
        columnFormats: [
          null, null, def.format, ...analyse.jaren.map(() => def.format), def.format,
          NUMBER_FORMATS.verschilProcent, def.extraFormat, null,
        ],
        wrapColumns: [header.length - 1],
        conditionalFormats: [buildDeltaScale(deltaKolommen, DELTA_GRENS)],
      },
      def.note,
    );
  }
  plaats(
    {
      tableName: 'tblNulLijnGrafiek',
      header: ['Taakveld', 'Nul-lijn', 'Peiljaar'],
      rows: buildGrafiekRows(run),
      columnFormats: [null, NUMBER_FORMATS.euro, NUMBER_FORMATS.euro],
      conditionalFormats: [],
    },
    'Totale kosten per taakveld: nul-lijn en peiljaar (gegevens voor de grafiek).',
  );

  const breedste = Math.max(...blocks.map((b) => b.left + b.header.length));
  const chart: ChartSpec = {
    type: 'columnClustered',
    title: GRAFIEK_TITEL,
    tableName: 'tblNulLijnGrafiek',
    categoryColumn: 0,
    seriesColumns: [1, 2],
    anchor: { row: FIRST_HEADER_ROW, column: breedste + 1 },
  };
  return buildSheetFrame({
    key: 'nulLijn',
    name: 'Nul-lijn',
    titel: 'Nul-lijn en ontwikkeling per taakveld',
    tabColor: '548235',
    analyse,
    blocks,
    notes,
    charts: [chart],
    vasteBreedtes: { [breedste - 1]: 36 },
  });
}
