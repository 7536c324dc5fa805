/** The command line end to end: the built JS in a child process, real files, exit codes. */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { loadWorkbook, saveWorkbook } from '../../src/xlsx';
import { buildCli, makeTempDir, MAIN_JS, runBuiltCli } from './cliHarness';

let dir: string;
let voorbeeld: string;

beforeAll(() => {
  buildCli();
  dir = makeTempDir();
  voorbeeld = path.join(dir, 'voorbeeld.xlsx');
  expect(runBuiltCli(['template', voorbeeld, '--voorbeeld']).status).toBe(0);
}, 180_000);

function expectOneLineError(run: { status: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^samenwerkingstoets: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('samenwerkingstoets (built CLI)', () => {
  it('starts with a shebang so it runs as a bin', () => {
    expect(readFileSync(MAIN_JS, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints help and exits 0', () => {
    const run = runBuiltCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('samenwerkingstoets score <in.xlsx> [-o uit.xlsx] [--json] [--overschrijven]');
    expect(run.stdout).toContain('samenwerkingstoets template <uit.xlsx> [--voorbeeld]');
  });

  it('writes the template and the example workbook', async () => {
    const leeg = path.join(dir, 'sjabloon.xlsx');
    const run = runBuiltCli(['template', leeg]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const names = (await loadWorkbook(readFileSync(leeg))).worksheets.map((w) => w.name);
    expect(names).toEqual(['Toelichting', 'Kosten', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen']);
    expectOneLineError(runBuiltCli(['template', leeg]), /bestaat al; kies een andere naam of geef --overschrijven mee/);
    expect(runBuiltCli(['template', leeg, '--voorbeeld', '--overschrijven']).status).toBe(0);
  });

  it('scores the example into <naam>-toets.xlsx and prints a Dutch summary', async () => {
    const run = runBuiltCli(['score', voorbeeld]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Taakveld +Totaal +Oordeel +Dekking +Robuustheid\n/);
    expect(run.stdout).toMatch(/\nCommunicatie +\+1,7 +Positief +80% +94%\n/);
    expect(run.stdout).toMatch(/\nBurgerzaken +\u22120,5 +Onvoldoende gegevens +40% +69%\n/);
    expect(run.stdout).toContain('Peiljaar: 2024 · 10 taakvelden · 0 fouten, 0 waarschuwingen, 0 meldingen');
    const uit = path.join(dir, 'voorbeeld-toets.xlsx');
    const names = (await loadWorkbook(readFileSync(uit))).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Kosten', 'Toets', 'Nul-lijn', 'Paragraaf', 'Controle', '_Samenwerkingstoets']));
  });

  it('--json prints only the ToetsResult contract, with exactly its keys', () => {
    const uit = path.join(dir, 'json-uit.xlsx');
    const run = runBuiltCli(['score', voorbeeld, '--json', '-o', uit]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['peiljaar', 'taakvelden', 'nulLijn', 'benchmark', 'issues']);
    expect(result.peiljaar).toBe(2024);
    expect(Object.keys(result.taakvelden[0]).sort()).toEqual(['criteria', 'dekking', 'domein', 'oordeel', 'robuustheid', 'taakveld', 'totaal']);
    expect(Object.keys(result.nulLijn[0]).sort()).toEqual(['deltaPct', 'deltaPctGecorrigeerd', 'jaar', 'maat', 'nulLijn', 'taakveld', 'waarde']);
    expect(Object.keys(result.benchmark[0]).sort()).toEqual(['afwijkingFte', 'afwijkingFtePct', 'afwijkingKosten', 'afwijkingKostenPct',
      'aandeelPct', 'fte', 'jaar', 'kosten', 'referentieAandeelPct', 'referentieFte', 'referentieKosten', 'taakveld'].sort());
    const ro = result.taakvelden.find((t: { taakveld: string }) => t.taakveld === 'Ruimtelijke ordening');
    expect(Object.keys(ro.criteria)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6']);
    expect(Object.keys(result.taakvelden[0].criteria)).not.toContain('K6');
    expect(existsSync(uit)).toBe(true);
  });

  it('exits 1 when the run produced error issues, and still writes the copy', async () => {
    const wb = await loadWorkbook(readFileSync(voorbeeld));
    wb.getWorksheet('FTE')!.getCell('D5').value = -3;
    const fout = path.join(dir, 'fout.xlsx');
    writeFileSync(fout, await saveWorkbook(wb));
    const run = runBuiltCli(['score', fout, '--json']);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'FTE', cell: 'D5', code: 'NEGATIEVE_FTE' }));
    expect(existsSync(path.join(dir, 'fout-toets.xlsx'))).toBe(true);
  });

  it('exits 2 with one Dutch line for a missing file', () => {
    expectOneLineError(runBuiltCli(['score', path.join(dir, 'bestaat-niet.xlsx')]), /Kan ".*bestaat-niet\.xlsx" niet lezen: bestaat niet\./);
  });

  it('exits 2 for a text file renamed to .xlsx, and writes nothing', () => {
    const nep = path.join(dir, 'nep.xlsx');
    writeFileSync(nep, 'Taakveld;Jaar;FTE\nCommunicatie;2018;3\n');
    expectOneLineError(runBuiltCli(['score', nep]), /nep\.xlsx: Dit is geen Excel-werkboek \(\.xlsx\)/);
    expect(existsSync(path.join(dir, 'nep-toets.xlsx'))).toBe(false);
  });

  it('exits 2 for a corrupt workbook', () => {
    const kapot = path.join(dir, 'kapot.xlsx');
    writeFileSync(kapot, readFileSync(voorbeeld).subarray(0, 2000));
    expectOneLineError(runBuiltCli(['score', kapot]), /beschadigd/);
  });

  it('exits 2 when a required sheet is missing (ROL_ONTBREEKT), with the core\'s message', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notities').getCell('A1').value = 'Alleen notities';
    const zonder = path.join(dir, 'zonder.xlsx');
    writeFileSync(zonder, await saveWorkbook(wb));
    const run = runBuiltCli(['score', zonder, '--json']);
    expectOneLineError(run, /zonder\.xlsx: .*kosten.*formatie.*noem de bladen "Kosten" en "FTE"/);
    expect(existsSync(path.join(dir, 'zonder-toets.xlsx'))).toBe(false);
  });

  it('never overwrites the input unless --overschrijven is given', async () => {
    const kopie = path.join(dir, 'kopie.xlsx');
    writeFileSync(kopie, readFileSync(voorbeeld));
    expectOneLineError(runBuiltCli(['score', kopie, '-o', kopie]), /is het invoerbestand zelf/);
    expect(runBuiltCli(['score', kopie, '-o', kopie, '--overschrijven']).status).toBe(0);
    const names = (await loadWorkbook(readFileSync(kopie))).worksheets.map((w) => w.name);
    expect(names).toContain('Toets');
  });

  it('exits 2 on a command line it does not understand', () => {
    expectOneLineError(runBuiltCli(['scoor', voorbeeld]), /Onbekende opdracht "scoor"/);
  });
});
