/**
 * The real-figures example: built from the extract in examples/data, which must stay small and
 * give the same workbook as the full CBS series.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { IV3_DEMO_GEMEENTEN, buildIv3Demo, listIv3DemoFiles } from '../../src/cli/demoIv3';
import { bouwIv3Werkboek, parseIv3, type Iv3Werkboek } from '../../src/core/iv3';
import { loadWorkbook, readGrids } from '../../src/xlsx';
import { ROOT, makeTempDir } from './cliHarness';

const VOLLEDIG = path.resolve(ROOT, '..', 'shared', 'data', 'iv3', 'lasten-per-taakveld-2017-2026.csv');

async function bouwUit(bestand: string, gemeente: string): Promise<Iv3Werkboek> {
  return bouwIv3Werkboek([parseIv3(readFileSync(bestand, 'utf8'), path.basename(bestand))], { gemeente });
}

/** Sheet rows without the columns that name the source file or its line numbers. */
function zonderBron(wb: Iv3Werkboek): Record<string, unknown[][]> {
  const kolommen: Record<string, number> = { Kosten: 5, Benchmark: 10 };
  return Object.fromEntries(Object.entries(kolommen).map(([naam, bron]) => [
    naam, (wb.sheets.find((s) => s.name === naam)?.blocks[0].rows ?? []).map((r) => r.filter((_, c) => c !== bron)),
  ]));
}

describe('the Iv3 example', () => {
  it('reads only the small extract in examples/data, which says where it comes from', async () => {
    const bestanden = await listIv3DemoFiles(ROOT);
    expect(bestanden.map((b) => path.basename(b))).toEqual(['lasten-per-taakveld-2017-2026-uittreksel.csv']);
    expect(statSync(bestanden[0]).size).toBeLessThan(1_000_000);
    expect(readFileSync(path.join(ROOT, 'examples', 'data', 'README.md'), 'utf8')).toMatch(/CBS, Iv3/);
  });

  const metVolledig = existsSync(VOLLEDIG) ? it : it.skip;
  metVolledig('gives the same figures and reference group as the full CBS series', async () => {
    const [uittreksel] = await listIv3DemoFiles(ROOT);
    for (const gemeente of IV3_DEMO_GEMEENTEN) {
      const klein = await bouwUit(uittreksel, gemeente);
      const groot = await bouwUit(VOLLEDIG, gemeente);
      expect(zonderBron(klein)).toEqual(zonderBron(groot));
      expect(klein.taakvelden).toEqual(groot.taakvelden);
      expect(zonderBron(klein).Benchmark.length).toBeGreaterThan(80);
    }
  }, 60_000);

  it('builds and scores a workbook for Heemstede and for Bloemendaal', async () => {
    const dir = makeTempDir();
    const io = { text: '', out(t: string) { io.text += t; }, err(t: string) { io.text += t; } };
    expect(await buildIv3Demo({ root: ROOT, outputDir: dir, io })).toBe(0);
    expect(io.text).toMatch(/Iv3-gegevens \(CBS\) van Heemstede \(GM0397\): 10 begrotingen \(2017–2026\) en 8 jaarrekeningen \(2017–2024\)/);
    expect(io.text).toMatch(/Iv3-gegevens \(CBS\) van Bloemendaal \(GM0377\)/);
    const grids = readGrids(await loadWorkbook(readFileSync(path.join(dir, 'iv3-heemstede.xlsx'))));
    const toets = grids.find((g) => g.name === 'Toets')?.values ?? [];
    expect(toets.some((r) => r.includes('0.4 Overhead') && r.includes('Onvoldoende gegevens'))).toBe(true);
    expect(existsSync(path.join(dir, 'iv3-bloemendaal.xlsx'))).toBe(true);
  }, 120_000);
});
