/**
 * `npm run demo`: scores the committed example workbook examples/voorbeeld.xlsx into
 * out/voorbeeld-toets.xlsx (out/ is created) and prints the summary table; then builds and
 * scores the Iv3 examples (Heemstede, Bloemendaal) into out/.
 */
import path from 'path';
import { PROCESS_OUTPUT, type CliOutput } from './cliOutput';
import { runCli } from './runCli';
import { buildIv3Demo } from './demoIv3';

const root = path.resolve(__dirname, '..', '..');
const input = path.join(root, 'examples', 'voorbeeld.xlsx');
const output = path.join(root, 'out', 'voorbeeld-toets.xlsx');

/** The fictitious example first, then the two Iv3 examples built from real CBS figures. */
async function runDemo(): Promise<number> {
  const code = await runCli(['score', input, '-o', output], PROCESS_OUTPUT);
  if (code > 1) return code;
  PROCESS_OUTPUT.out('\nIv3-voorbeelden (echte CBS-cijfers, Heemstede en Bloemendaal):\n');
  // The Iv3 workbooks have some 50 taakvelden each: keep only their closing lines here.
  const kort: CliOutput = {
    out: (tekst) => tekst.split('\n').filter((r) => /^(Peiljaar|Geschreven)/.test(r)).forEach((r) => PROCESS_OUTPUT.out(`  ${r}\n`)),
    err: PROCESS_OUTPUT.err,
  };
  return Math.max(code, await buildIv3Demo({ root, outputDir: path.join(root, 'out'), io: kort }));
}

void runDemo().then((code) => {
  process.exitCode = code;
});
