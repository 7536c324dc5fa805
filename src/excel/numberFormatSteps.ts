/// <reference types="office-js" />
/**
 * Number formats in as few and as small requests as possible. Microsoft documents that to give
 * every cell of a range the same number format, you set `range.numberFormat` to a single value
 * instead of a 2-D array: "If you need to apply the same value, the same number format, or the
 * same formula to a range of cells, it's more efficient to specify a single value instead of an
 * array of values" ("Update all cells in a range" in Performance optimization using the Excel
 * JavaScript API, OfficeDev/office-js-docs-pr docs/excel/performance.md, 2018–2025; the page's
 * September 2025 rewrite dropped the section). Per-cell 2-D arrays of formats were more than
 * half of a large run's payload; one string per run of equal formats costs one envelope.
 */
import { rangeAddress } from '../core/cellAddress';
import type { BlockSpec } from '../core/sheetSpec';
import { estimateBytes, sliceRows, type QueuedStep } from './payload';
import type { SheetRef } from './sheetRef';
import { blockNumberFormats, TEXT_FORMAT } from './textFormat';

/**
 * The write side of `Range.numberFormat` as Excel accepts it. @types/office-js types the
 * property as `any[][]` (what a read returns) without a separate setter type, so a single value
 * needs this one cast (the same article notes the TypeScript error and suggests `as any`).
 */
interface UniformNumberFormat {
  numberFormat: string;
}

/** Gives every cell of `range` the number format `format`, sent as one value. */
export function setUniformNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as UniformNumberFormat).numberFormat = format;
}

/** The one format all `formats` share, or undefined. */
function sharedFormat(formats: string[][]): string | undefined {
  const first = formats[0]?.[0];
  return first !== undefined && formats.every((row) => row.every((format) => format === first)) ? first : undefined;
}

/** Sets `formats` (the range's shape) on `range`: as one value when they are all the same. */
export function setNumberFormats(range: Excel.Range, formats: string[][]): void {
  const shared = sharedFormat(formats);
  if (shared === undefined) range.numberFormat = formats;
  else setUniformNumberFormat(range, shared);
}

/** Estimated request bytes of setNumberFormats(…, formats). */
export function numberFormatsBytes(formats: string[][]): number {
  return estimateBytes(sharedFormat(formats) ?? formats);
}

/** A step that gives every cell of `address` the number format `format`. */
export function uniformFormatStep(sheet: SheetRef, address: string, format: string): QueuedStep {
  return {
    bytes: estimateBytes(format),
    queue: () => setUniformNumberFormat(sheet().getRange(address), format),
  };
}

export interface FormatRun {
  start: number;
  count: number;
  format: string;
}

/** Maximal runs of equal, adjacent formats. */
export function formatRuns(formats: string[]): FormatRun[] {
  const runs: FormatRun[] = [];
  formats.forEach((format, i) => {
    const last = runs[runs.length - 1];
    if (last && last.format === format) last.count += 1;
    else runs.push({ start: i, count: 1, format });
  });
  return runs;
}

/** The formats of one block column as a 2-D array (n × 1), in row slices under the step limit. */
function columnArraySteps(sheet: SheetRef, top: number, column: number, formats: string[]): QueuedStep[] {
  const cells = formats.map((format) => [format]);
  return sliceRows(cells).map((slice) => ({
    bytes: slice.bytes,
    queue: () => {
      sheet().getRange(rangeAddress(top + slice.start, column, slice.end - slice.start, 1)).numberFormat = cells.slice(slice.start, slice.end);
    },
  }));
}

/**
 * Steps that give a block's data cells their final number formats, column by column: one
 * single-value write per run of equal formats, or the column's 2-D array when its formats
 * alternate so much that the runs' envelopes would cost more (decided per column by bytes).
 * Must follow gridValueSteps on the same grid: its text cells already carry "@".
 */
export function blockFormatSteps(sheet: SheetRef, block: BlockSpec): QueuedStep[] {
  const formats = blockNumberFormats(block);
  const top = block.top + 1;
  return block.header.flatMap((_, c) => {
    const column = formats.map((row) => row[c]);
    const left = block.left + c;
    // Text cells got "@" before their values were written; writing it again would only cost requests.
    const runs = formatRuns(column).filter((run) => run.format !== TEXT_FORMAT);
    const runBytes = runs.reduce((sum, run) => sum + estimateBytes(run.format), 0);
    if (runBytes > estimateBytes(column.map((format) => [format]))) return columnArraySteps(sheet, top, left, column);
    return runs.map((run) => uniformFormatStep(sheet, rangeAddress(top + run.start, left, run.count, 1), run.format));
  });
}
