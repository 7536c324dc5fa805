/** Result-sheet builders and the draft budget paragraph (design section 8). */
export { buildSheetSpecs } from './buildSheetSpecs';
export { buildParagraaf } from './buildParagraaf';
export { buildToetsSheet } from './buildToetsSheet';
export { buildNulLijnSheet } from './buildNulLijnSheet';
export { buildBenchmarkSheet, sortBenchmark } from './buildBenchmarkSheet';
export { buildParagraafSheet } from './buildParagraafSheet';
export { buildControleSheet, sortIssues } from './buildControleSheet';
export { NUMBER_FORMATS } from './numberFormats';
export { NVT } from './toCell';
