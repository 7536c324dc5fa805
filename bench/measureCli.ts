/**
 * Whole-process figures of the command line: wall time of `score` on the example, and the
 * peak memory (max RSS) of `score` on a large generated workbook.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../src/core/types';
import { median } from './measureCore';
import { BenchError } from './measureCore';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'build/cli/main.js');
const RSS_HOOK = path.join(ROOT, 'bench/reportMaxRss.js');

export interface CliRun {
  ms: number;
  maxRssMb: number;
  exitCode: number;
}

/** Runs the built CLI once; the preload hook writes the child's max RSS to a file on exit. */
export function runCli(args: string[]): CliRun {
  const rssFile = path.join(os.tmpdir(), `swt-rss-${process.pid}-${Date.now()}.txt`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', RSS_HOOK, MAIN, ...args], {
    env: { ...process.env, SWT_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  if (r.status === null || r.status > 1) {
    throw new BenchError(`De CLI faalde (exit ${r.status}): ${r.stderr?.split('\n')[0] ?? ''}`);
  }
  const kb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : NaN;
  fs.rmSync(rssFile, { force: true });
  return { ms, maxRssMb: kb / 1024, exitCode: r.status };
}

/** Median wall time of `score` on the bundled example (JSON to stdout, workbook to a temp file). */
export function measureCliExample(runs: number): number {
  const out = path.join(os.tmpdir(), `swt-bench-voorbeeld-${process.pid}.xlsx`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(runCli(['score', path.join(ROOT, 'examples/voorbeeld.xlsx'), '-o', out, '--json']).ms);
  fs.rmSync(out, { force: true });
  return median(times);
}

/** Writes generated grids to an .xlsx file, for the CLI's large case. */
export async function writeGridsXlsx(grids: SheetGrid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) wb.addWorksheet(g.name).addRows(g.values);
  await wb.xlsx.writeFile(file);
}
