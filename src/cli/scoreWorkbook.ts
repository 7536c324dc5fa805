/**
 * The whole headless pipeline on bytes: load, read grids, score, build and render the result
 * sheets, save. No file IO, so the demo, the CLI and tests share it.
 */
import { buildSheetSpecs } from '../core/sheets';
import { runToets } from '../core/runToets';
import type { ToetsRun } from '../core/analyse';
import type { WriteReport } from '../core/hostPort';
import { loadWorkbook, readInputGrids, renderSheetSpecs, saveWorkbook } from '../xlsx';
import { CliInputError } from './cliErrors';

export interface ScoredWorkbook {
  run: ToetsRun;
  report: WriteReport;
  bytes: Uint8Array;
}

/**
 * Scores an .xlsx workbook and returns the copy with the result sheets. Throws
 * `XlsxReadError` for unreadable bytes and `CliInputError` when a required sheet is missing
 * (ROL_ONTBREEKT): then there is nothing to score and nothing is written.
 */
export async function scoreWorkbook(data: Uint8Array, options: { writtenAt?: string } = {}): Promise<ScoredWorkbook> {
  const workbook = await loadWorkbook(data);
  const run = runToets(readInputGrids(workbook));
  const ontbreekt = run.result.issues.filter((issue) => issue.code === 'ROL_ONTBREEKT');
  if (ontbreekt.length > 0) {
    const hint = 'Op de opdrachtregel: noem de bladen "Kosten" en "FTE", of begin met samenwerkingstoets template.';
    throw new CliInputError([...ontbreekt.map((issue) => issue.message), hint].join(' '));
  }
  const report = renderSheetSpecs(workbook, buildSheetSpecs(run), options);
  return { run, report, bytes: await saveWorkbook(workbook) };
}
