/**
 * `npm run demo`: scores the committed example workbook examples/voorbeeld.xlsx into
 * out/voorbeeld-toets.xlsx (out/ is created) and prints the summary table.
 */
import path from 'path';
import { PROCESS_OUTPUT } from './cliOutput';
import { runCli } from './runCli';

const root = path.resolve(__dirname, '..', '..');
const input = path.join(root, 'examples', 'voorbeeld.xlsx');
const output = path.join(root, 'out', 'voorbeeld-toets.xlsx');

void runCli(['score', input, '-o', output], PROCESS_OUTPUT).then((code) => {
  process.exitCode = code;
});
