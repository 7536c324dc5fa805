/**
 * The second example, from real figures: the Iv3 lasten of Heemstede and of Bloemendaal (the
 * municipalities of the seeds), nul-lijn 2018–2020 against the latest years, benchmarked
 * against their CBS size class. Reads the extract in examples/data (copied from CBS Iv3, see
 * its README) so a fresh clone needs nothing else, and writes examples/iv3-<gemeente>.xlsx.
 *   npm run --silent build:cli && node build/cli/demoIv3.js
 */
import { promises as fs } from 'fs';
import path from 'path';
import { EXIT_OK } from './cliErrors';
import { PROCESS_OUTPUT, type CliOutput } from './cliOutput';
import { runIv3Command } from './iv3Command';

export const IV3_DEMO_GEMEENTEN = ['Heemstede', 'Bloemendaal'];
const DATA = path.join('examples', 'data');

export interface Iv3DemoOptions {
  /** Repository root; default two folders above this file (build/cli or src/cli). */
  root?: string;
  /** Where the workbooks go; default <root>/examples. */
  outputDir?: string;
  io?: CliOutput;
  /** Fixed timestamp for the ownership record (tests). */
  writtenAt?: string;
}

/** The CSV files of examples/data, sorted, as paths. */
export async function listIv3DemoFiles(root: string): Promise<string[]> {
  const dir = path.join(root, DATA);
  const namen = (await fs.readdir(dir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  return namen.map((n) => path.join(dir, n));
}

/**
 * Builds and scores iv3-heemstede.xlsx and iv3-bloemendaal.xlsx in `outputDir` (default
 * examples/; `npm run demo` uses out/), replacing them. Returns the highest exit code of the
 * two runs; messages go to `io`.
 */
export async function buildIv3Demo(options: Iv3DemoOptions = {}): Promise<number> {
  const root = options.root ?? path.resolve(__dirname, '..', '..');
  const outputDir = options.outputDir ?? path.join(root, 'examples');
  const io = options.io ?? PROCESS_OUTPUT;
  const bestanden = await listIv3DemoFiles(root);
  let code = EXIT_OK;
  for (const gemeente of IV3_DEMO_GEMEENTEN) {
    const output = path.join(outputDir, `iv3-${gemeente.toLowerCase()}.xlsx`);
    const argv = ['--gemeente', gemeente, '--referentie', 'grootteklasse', ...bestanden, '-o', output, '--overschrijven'];
    code = Math.max(code, await runIv3Command(argv, io, options.writtenAt));
  }
  return code;
}

if (require.main === module) {
  void buildIv3Demo().then((code) => {
    process.exitCode = code;
  });
}
