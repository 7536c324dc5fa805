/// <reference types="office-js" />
/** A native Excel chart for a ChartSpec: one series per series column, categories from the category column. */
import { cellAddress, rangeAddress } from '../core/cellAddress';
import type { BlockSpec, ChartSpec } from '../core/sheetSpec';
import { smallStep, type QueuedStep } from './payload';
import type { SheetRef } from './sheetRef';

const CHART_TYPES = { columnClustered: 'ColumnClustered', line: 'Line' } as const;

/** No step when the block has no data rows or the columns fall outside it. */
export function chartStep(sheet: SheetRef, chart: ChartSpec, block: BlockSpec): QueuedStep[] {
  const rows = block.rows.length;
  const width = block.header.length;
  const columns = [chart.categoryColumn, ...chart.seriesColumns];
  if (rows === 0 || chart.seriesColumns.length === 0 || columns.some((c) => c < 0 || c >= width)) return [];
  const dataRange = (c: number): string => rangeAddress(block.top + 1, block.left + c, rows, 1);
  return [smallStep(() => {
    const categories = sheet().getRange(dataRange(chart.categoryColumn));
    const [first, ...rest] = chart.seriesColumns;
    const added = sheet().charts.add(CHART_TYPES[chart.type], sheet().getRange(dataRange(first)), 'Columns');
    added.title.text = chart.title;
    const firstSeries = added.series.getItemAt(0);
    firstSeries.name = block.header[first];
    firstSeries.setXAxisValues(categories);
    for (const c of rest) {
      const series = added.series.add(block.header[c]);
      series.setValues(sheet().getRange(dataRange(c)));
      series.setXAxisValues(categories);
    }
    added.setPosition(cellAddress(chart.anchor.row, chart.anchor.column));
  })];
}
