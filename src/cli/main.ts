#!/usr/bin/env node
/** Entry point of the `samenwerkingstoets` command (package.json "bin": build/cli/main.js). */
import { PROCESS_OUTPUT } from './cliOutput';
import { runCli } from './runCli';

void runCli(process.argv.slice(2), PROCESS_OUTPUT).then((code) => {
  // exitCode instead of exit(): lets stdout drain when it is a pipe.
  process.exitCode = code;
});
