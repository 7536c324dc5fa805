/**
 * Builds the command line once into test-output/cli-build (not build/, which others may be
 * building at the same time) and runs it as a user would, with node in a child process.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'test-output', 'cli-build');
export const MAIN_JS = path.join(OUT_DIR, 'cli', 'main.js');

/** Compiles src/core, src/xlsx and src/cli with tsconfig.cli.json; type errors elsewhere do not stop the emit. */
export function buildCli(): void {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.cli.json'), '--outDir', OUT_DIR,
    '--tsBuildInfoFile', path.join(OUT_DIR, '.tsbuildinfo')], { encoding: 'utf8' });
  if (!existsSync(MAIN_JS)) throw new Error(`CLI niet gebouwd:\n${run.stdout}\n${run.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `samenwerkingstoets …` from the built JS. */
export function runBuiltCli(args: string[], cwd = ROOT): CliRun {
  const run = spawnSync(process.execPath, [MAIN_JS, ...args], { encoding: 'utf8', cwd });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh temporary folder for one test file. */
export function makeTempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'samenwerkingstoets-'));
}
