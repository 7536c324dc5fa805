/** All result sheets of one run, in the order the workbook shows them. */
import type { ToetsRun } from '../analyse';
import type { SheetSpec } from '../sheetSpec';
import { buildBenchmarkSheet } from './buildBenchmarkSheet';
import { buildControleSheet } from './buildControleSheet';
import { buildNulLijnSheet } from './buildNulLijnSheet';
import { buildParagraafSheet } from './buildParagraafSheet';
import { buildToetsSheet } from './buildToetsSheet';

/**
 * Builds the owned sheets for a run: Toets, Nul-lijn, Benchmark (only with benchmark rows),
 * Paragraaf and Controle. Pure: the same run always gives the same specs.
 */
export function buildSheetSpecs(run: ToetsRun): SheetSpec[] {
  return [
    buildToetsSheet(run),
    buildNulLijnSheet(run),
    ...(run.result.benchmark.length > 0 ? [buildBenchmarkSheet(run)] : []),
    buildParagraafSheet(run),
    buildControleSheet(run),
  ];
}
