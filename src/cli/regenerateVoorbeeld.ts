/**
 * Regenerates the committed example workbook examples/voorbeeld.xlsx from the template
 * (`buildTemplate({ voorbeeld: true })`). Run after changing src/core/template:
 *   npm run --silent build:cli && node build/cli/regenerateVoorbeeld.js
 * test/cli/voorbeeldSync.test.ts fails while the committed file is out of date.
 */
import path from 'path';
import { PROCESS_OUTPUT } from './cliOutput';
import { runCli } from './runCli';

const output = path.resolve(__dirname, '..', '..', 'examples', 'voorbeeld.xlsx');

void runCli(['template', output, '--voorbeeld', '--overschrijven'], PROCESS_OUTPUT).then((code) => {
  process.exitCode = code;
});
