import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { decodeCsv, parseIv3Args, runIv3Command } from '../../src/cli/iv3Command';
import { CliUsageError } from '../../src/cli/cliErrors';
import { runToets } from '../../src/core/runToets';
import { loadWorkbook, readGrids } from '../../src/xlsx';
import { makeTempDir } from './cliHarness';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'iv3');
const fixture = (naam: string) => path.join(FIXTURES, naam);
const IV3 = ['2023_jaarrekening.csv', '2025_begroting.csv', 'lasten-per-taakveld-2017-2026.csv', 'bbv-taakvelden.csv'].map(fixture);

function capture() {
  const io = { stdout: '', stderr: '', out(t: string) { io.stdout += t; }, err(t: string) { io.stderr += t; } };
  return io;
}

describe('parseIv3Args', () => {
  it('reads gemeente, reference group, files and output; the size class by default', () => {
    expect(parseIv3Args(['--gemeente', 'Heemstede', 'a.csv', 'b.csv', '-o', 'uit.xlsx'])).toEqual({
      gemeente: 'Heemstede', referentie: { soort: 'grootteklasse' }, bestanden: ['a.csv', 'b.csv'], output: 'uit.xlsx', overschrijven: false,
    });
    expect(parseIv3Args(['--gemeente=GM0397', '--referentie', 'Provincie', 'a.csv', '--output=x.xlsx']).referentie).toEqual({ soort: 'provincie' });
    expect(parseIv3Args(['-g', 'Heemstede', '-r', 'Bloemendaal, Zandvoort', 'a.csv', '-o', 'x.xlsx']).referentie)
      .toEqual({ soort: 'gemeenten', gemeenten: ['Bloemendaal', 'Zandvoort'] });
  });

  it('refuses a command line without gemeente, files or output, or with an unknown option', () => {
    expect(() => parseIv3Args(['a.csv', '-o', 'x.xlsx'])).toThrow(/--gemeente/);
    expect(() => parseIv3Args(['--gemeente', 'Heemstede', '-o', 'x.xlsx'])).toThrow(/Iv3-bestanden/);
    expect(() => parseIv3Args(['--gemeente', 'Heemstede', 'a.csv'])).toThrow(/-o/);
    expect(() => parseIv3Args(['--gemeente', 'Heemstede', 'a.csv', '-o', 'x.xlsx', '--jaar', '2020'])).toThrow(CliUsageError);
    expect(() => parseIv3Args(['--gemeente'])).toThrow(/Na --gemeente hoort een waarde/);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, and Windows-1252 from a CSV saved again by Excel', () => {
    expect(decodeCsv(new TextEncoder().encode('6.81 Geëscaleerde zorg 18+'))).toBe('6.81 Geëscaleerde zorg 18+');
    expect(decodeCsv(Uint8Array.from([0x47, 0x65, 0xeb, 0x73]))).toBe('Geës');
  });
});

describe('runIv3Command', () => {
  const dir = makeTempDir();

  it('turns the CSV files into a scored workbook whose figures are the source cells × 1.000', async () => {
    const output = path.join(dir, 'heemstede.xlsx');
    const io = capture();
    const code = await runIv3Command(['--gemeente', 'heemstede', ...IV3, '-o', output], io, '2025-01-01T00:00:00.000Z');
    expect(io.stderr).toBe('');
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/^Iv3-gegevens \(CBS\) van Heemstede \(GM0397\): 10 begrotingen \(2017–2026\) en 8 jaarrekeningen \(2017–2024\), 51 taakvelden\.\n/);
    expect(io.stdout).toMatch(/0\.4 Overhead +−2,0 +Onvoldoende gegevens +20%/);

    const workbook = await loadWorkbook(readFileSync(output));
    const grids = readGrids(workbook);
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(
      ['Toelichting', 'Kosten', 'FTE', 'Taakvelden', 'Benchmark', 'Toets', 'Nul-lijn', 'Paragraaf', 'Controle']));
    const kosten = grids.find((g) => g.name === 'Kosten')?.values ?? [];
    // Series line of Heemstede 2018 Jaarrekening: tv_0.4 = 10391; 2023_jaarrekening.csv: 0.4 Overhead Lasten 14635.0, L1.1 5957.0.
    expect(kosten.find((r) => r[0] === '0.4 Overhead' && r[1] === 2018 && r[2] === 'Realisatie')?.[3]).toBe(10391000);
    expect(kosten.find((r) => r[0] === '0.4 Overhead' && r[1] === 2023 && r[2] === 'Realisatie')?.slice(3, 5)).toEqual([14635000, 5957000]);

    // Scoring the file as written gives the nul-lijn of the source figures.
    const { result } = runToets(grids.filter((g) => ['Kosten', 'FTE', 'Taakvelden', 'Benchmark'].includes(g.name)));
    const nl = result.nulLijn.find((n) => n.taakveld === '0.4 Overhead' && n.maat === 'Totale kosten');
    expect(nl?.nulLijn).toBeCloseTo(31751000 / 3, 6);
    expect(nl?.waarde).toBe(19086000);
  }, 60_000);

  it('stops with exit 2 and one clear line for a file that is not Iv3, and writes nothing', async () => {
    const output = path.join(dir, 'niet.xlsx');
    const io = capture();
    const code = await runIv3Command(['--gemeente', 'Heemstede', fixture('benchmark-heemstede-2017.csv'), '-o', output], io);
    expect(code).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^samenwerkingstoets: "benchmark-heemstede-2017\.csv" is geen Iv3-bestand van CBS: .*\n$/);
    expect(io.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(output)).toBe(false);
  });

  it('suggests close names for a municipality that is not in the files (exit 2)', async () => {
    const io = capture();
    const code = await runIv3Command(['--gemeente', 'Bloemendal', ...IV3, '-o', path.join(dir, 'b.xlsx')], io);
    expect(code).toBe(2);
    expect(io.stderr).toBe('samenwerkingstoets: Gemeente "Bloemendal" staat niet in de Iv3-bestanden. Bedoelt u Bloemendaal? ' +
      'Controleer de spelling, of geef de GM-code (bijvoorbeeld GM0397 voor Heemstede).\n');
  });

  it('does not replace an existing file without --overschrijven, and reports a missing input file', async () => {
    const bestaand = path.join(dir, 'bestaat.xlsx');
    writeFileSync(bestaand, 'x');
    const io = capture();
    expect(await runIv3Command(['--gemeente', 'Heemstede', ...IV3, '-o', bestaand], io)).toBe(2);
    expect(io.stderr).toMatch(/bestaat al/);
    expect(readFileSync(bestaand, 'utf8')).toBe('x');
    const io2 = capture();
    expect(await runIv3Command(['--gemeente', 'Heemstede', path.join(dir, 'weg.csv'), '-o', path.join(dir, 'w.xlsx')], io2)).toBe(2);
    expect(io2.stderr).toMatch(/Kan ".*weg\.csv" niet lezen: bestaat niet\./);
  });

  it('prints its own help', async () => {
    const io = capture();
    expect(await runIv3Command(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/samenwerkingstoets iv3 --gemeente <naam of GM-code>/);
  });
});
