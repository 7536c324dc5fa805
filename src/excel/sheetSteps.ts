/// <reference types="office-js" />
/**
 * Turns one SheetSpec into queued steps on a worksheet, in the order Excel needs: "@" on
 * text cells, then values, then number formats, tables, conditional formats, fonts, widths,
 * freeze panes, tab colour and charts. Nothing here syncs; the caller packs the steps.
 */
import { rangeAddress } from '../core/cellAddress';
import { specToGrid } from '../core/ownership';
import type { BlockSpec, SheetSpec, TextLine } from '../core/sheetSpec';
import type { Grid } from '../core/types';
import { chartStep } from './chartStep';
import type { SheetRef } from './sheetRef';
import { columnWidthRanges } from './columnWidth';
import { type QueuedStep, sliceRows, smallStep } from './payload';
import { queueConditionalFormat } from './queueConditionalFormat';
import { blockFormatSteps, uniformFormatStep } from './numberFormatSteps';
import { TEXT_FORMAT, textRuns } from './textFormat';

export const TABLE_STYLE = 'TableStyleMedium2';

/** Steps that write `grid` (from A1) as text-safe values: "@" runs first (one value each), then value slices. */
export function gridValueSteps(sheet: SheetRef, grid: Grid): QueuedStep[] {
  const steps: QueuedStep[] = textRuns(grid).map((run) =>
    uniformFormatStep(sheet, rangeAddress(run.row, run.column, run.count, 1), TEXT_FORMAT),
  );
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  for (const slice of sliceRows(grid)) {
    const values = grid.slice(slice.start, slice.end);
    steps.push({
      bytes: slice.bytes,
      queue: () => {
        sheet().getRange(rangeAddress(slice.start, 0, values.length, width)).values = values;
      },
    });
  }
  return steps;
}

function blockSteps(sheet: SheetRef, block: BlockSpec, tableName: string, grid: Grid): QueuedStep[] {
  const width = block.header.length;
  const steps = blockFormatSteps(sheet, block);
  const dataRows = block.rows.length;
  for (const c of block.wrapColumns ?? []) {
    if (dataRows === 0) break;
    steps.push(smallStep(() => {
      const range = sheet().getRange(rangeAddress(block.top + 1, block.left + c, dataRows, 1));
      range.format.wrapText = true;
      range.format.verticalAlignment = 'Top';
    }));
  }
  // A table needs a data row; for an empty block Excel takes the row below, so only when it is free.
  const below = grid[block.top + 1] ?? [];
  const belowFree = below.slice(block.left, block.left + width).every((v) => v === null || v === undefined);
  if (dataRows > 0 || belowFree) {
    steps.push(smallStep(() => {
      const table = sheet().tables.add(rangeAddress(block.top, block.left, Math.max(dataRows, 1) + 1, width), true);
      table.name = tableName;
      table.style = TABLE_STYLE;
    }));
  }
  for (const cf of block.conditionalFormats) {
    if (dataRows === 0) break;
    for (const c of cf.columns) {
      steps.push(smallStep(() => {
        queueConditionalFormat(sheet().getRange(rangeAddress(block.top + 1, block.left + c, dataRows, 1)), cf.rule);
      }));
    }
  }
  return steps;
}

function lineStep(sheet: SheetRef, line: TextLine): QueuedStep {
  return smallStep(() => {
    const font = sheet().getRange(rangeAddress(line.row, line.column, 1, 1)).format.font;
    if (line.style === 'title') {
      font.bold = true;
      font.size = 14;
    } else if (line.style === 'subtitle') {
      font.bold = true;
      font.color = '#404040';
    } else {
      font.italic = true;
      font.color = '#595959';
    }
  });
}

function freezeStep(sheet: SheetRef, freeze: SheetSpec['freeze']): QueuedStep[] {
  const { rows, columns } = freeze;
  if (rows <= 0 && columns <= 0) return [];
  return [smallStep(() => {
    if (rows > 0 && columns > 0) sheet().freezePanes.freezeAt(rangeAddress(0, 0, rows, columns));
    else if (rows > 0) sheet().freezePanes.freezeRows(rows);
    else sheet().freezePanes.freezeColumns(columns);
  })];
}

/**
 * All steps that render `spec` on an empty (new or cleared) worksheet. `tableNames` are the
 * final table names per block from the plan; `grid` is specToGrid(spec) when the caller has it.
 */
export function sheetSteps(
  sheet: SheetRef,
  spec: Omit<SheetSpec, 'key'>,
  tableNames: string[],
  grid: Grid = specToGrid(spec),
): QueuedStep[] {
  const byName = new Map(spec.blocks.map((block, i) => [block.tableName, i]));
  return [
    ...gridValueSteps(sheet, grid),
    ...spec.blocks.flatMap((block, i) => blockSteps(sheet, block, tableNames[i] ?? block.tableName, grid)),
    ...spec.lines.map((line) => lineStep(sheet, line)),
    ...columnWidthRanges(spec.columnWidths).map((w) =>
      smallStep(() => {
        sheet().getRange(w.address).format.columnWidth = w.points;
      }),
    ),
    ...freezeStep(sheet, spec.freeze),
    ...(spec.tabColor ? [smallStep(() => { sheet().tabColor = `#${spec.tabColor}`; })] : []),
    ...spec.charts.flatMap((chart) => {
      const index = byName.get(chart.tableName);
      return index === undefined ? [] : chartStep(sheet, chart, spec.blocks[index]);
    }),
  ];
}
