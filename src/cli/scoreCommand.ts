/** `samenwerkingstoets score <in.xlsx> [-o uit.xlsx] [--json] [--overschrijven]`. */
import { XlsxReadError } from '../xlsx';
import { CliInputError, CliUsageError, EXIT_ISSUES, EXIT_OK } from './cliErrors';
import type { CliOutput } from './cliOutput';
import { defaultOutputPath, isSamePath, readInputFile, writeOutputFile } from './fileIo';
import { formatSummary } from './formatSummary';
import { scoreWorkbook } from './scoreWorkbook';

export interface ScoreOptions {
  input: string;
  output?: string;
  json: boolean;
  overschrijven: boolean;
  /** Fixed timestamp for the ownership record (tests); now when left out. */
  writtenAt?: string;
}

/**
 * Scores the input into a copy (never the input itself without --overschrijven) and prints
 * the summary, or with --json only the ToetsResult. Returns the exit code: 0, or 1 when the
 * run produced error issues. Unreadable input throws (exit 2, see runCli).
 */
export async function runScore(options: ScoreOptions, io: CliOutput): Promise<number> {
  const output = options.output ?? defaultOutputPath(options.input);
  if (isSamePath(output, options.input) && !options.overschrijven) {
    throw new CliUsageError(`"${output}" is het invoerbestand zelf; kies een ander uitvoerbestand met -o of geef --overschrijven mee.`);
  }
  const data = await readInputFile(options.input);
  let scored;
  try {
    scored = await scoreWorkbook(data, { writtenAt: options.writtenAt });
  } catch (error) {
    if (error instanceof XlsxReadError || error instanceof CliInputError) {
      throw new CliInputError(`${options.input}: ${error.message}`, { cause: error });
    }
    throw error;
  }
  await writeOutputFile(output, scored.bytes);
  const { result } = scored.run;
  if (options.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
  else io.out(formatSummary(result, output, scored.report));
  return result.issues.some((issue) => issue.severity === 'error') ? EXIT_ISSUES : EXIT_OK;
}
