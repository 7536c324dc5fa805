/**
 * The Iv3 workbook through the normal parser and scorer: the figures in the result agree with
 * the source files to the euro, and what Iv3 lacks shows as "geen gegevens".
 */
import { bouwIv3Werkboek, buildIv3Grids } from '../../../src/core/iv3';
import { parseAddress } from '../../../src/core/cellAddress';
import { runToets } from '../../../src/core/runToets';
import { B2025, BBV, JR2023, REEKS, leesFixture, parseFixture } from './iv3Fixtures';
import { splitCsv } from '../../../src/core/iv3/splitCsv';
import { toWaarnemingLijst } from '../../../src/core/waarnemingen';

const wb = bouwIv3Werkboek([parseFixture(JR2023), parseFixture(B2025), parseFixture(REEKS), parseFixture(BBV)], { gemeente: 'Heemstede' });
const { result, analyse } = runToets(buildIv3Grids(wb.sheets));

const bronnen = new Map<string, string[][]>();
/** The raw text of one cell of a fixture, by its A1 address. */
function bronCel(bestand: string, adres: string): string {
  const records = bronnen.get(bestand) ?? splitCsv(leesFixture(bestand), bestand === REEKS ? ',' : ';');
  bronnen.set(bestand, records);
  const { row, column } = parseAddress(adres);
  return records[row][column];
}

describe('an Iv3 workbook scored like any other', () => {
  it('is read by the normal parser without errors, every sheet in its role', () => {
    expect(analyse.invoer.rollen).toEqual({ kosten: 'Kosten', fte: 'FTE', taakvelden: 'Taakvelden', benchmark: 'Benchmark' });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(new Set(result.issues.map((i) => i.code))).toEqual(new Set(['NUL_LIJN_JAAR_ONTBREEKT', 'PEILJAAR_ONTBREEKT']));
    expect(analyse.invoer.taakvelden.map((t) => t.code)).toEqual(wb.taakvelden);
  });

  it('has Totale kosten equal to the source cells × 1.000, to the euro, for every figure', () => {
    const totalen = toWaarnemingLijst(analyse.invoer.waarnemingen).filter((w) => w.maat === 'Totale kosten');
    const kosten = wb.sheets[1].blocks[0].rows;
    expect(totalen).toHaveLength(kosten.length);
    for (const w of totalen) {
      const rij = kosten.find((r) => r[0] === w.taakveld && r[1] === w.jaar && r[2] === w.soort) as (string | number)[];
      const [, bestand, cellen] = /^CBS Iv3 \w+ \d{4}: (\S+) (\S+)$/.exec(String(rij[5])) ?? [];
      const som = cellen.split('+').reduce((s, adres) => s + Math.round(Number(bronCel(bestand, adres)) * 1000), 0);
      expect(w.waarde).toBe(som);
    }
    expect(totalen.length).toBeGreaterThan(700);
  });

  it('measures 0.4 Overhead against the nul-lijn 2018 R, 2019 R, 2020 B and the latest year', () => {
    const regel = result.nulLijn.find((n) => n.taakveld === '0.4 Overhead' && n.maat === 'Totale kosten');
    // Series: 2018 Jaarrekening 10391, 2019 Jaarrekening 10651, 2020 Begroting 10709, 2026 Begroting 19086 (x € 1.000).
    expect(regel?.nulLijn).toBeCloseTo((10391000 + 10651000 + 10709000) / 3, 6);
    expect(regel).toMatchObject({ jaar: 2026, waarde: 19086000 });
    expect(regel?.deltaPct).toBeCloseTo((19086000 / ((10391000 + 10651000 + 10709000) / 3) - 1) * 100, 9);
    expect(result.peiljaar).toBe(2026);
  });

  it('says "geen gegevens" where Iv3 has nothing, and "Onvoldoende gegevens" as the verdict', () => {
    const overhead = result.taakvelden.find((t) => t.taakveld === '0.4 Overhead');
    expect(overhead).toMatchObject({
      domein: 'Bedrijfsvoering', criteria: { K1: null, K2: -2, K3: null, K4: null, K5: null }, dekking: 0.2, oordeel: 'Onvoldoende gegevens',
    });
    const wonen = result.taakvelden.find((t) => t.taakveld === '8.3 Wonen en bouwen');
    expect(wonen?.criteria).toHaveProperty('K6', null);
    expect(wonen?.dekking).toBeCloseTo(1 / 6, 12);
    expect(result.taakvelden.every((t) => t.oordeel === 'Onvoldoende gegevens')).toBe(true);
    expect(result.nulLijn.filter((n) => n.maat === 'FTE' || n.maat === 'Kosten per FTE').every((n) => n.nulLijn === null)).toBe(true);
  });

  it('compares with the reference group in the Benchmark result', () => {
    const b = result.benchmark.find((r) => r.taakveld === '0.4 Overhead' && r.jaar === 2024);
    expect(b).toMatchObject({ kosten: 18293000, fte: null, afwijkingFtePct: null });
    expect(b?.referentieKosten).toBeCloseTo(13161421.268085, 4);
    expect(b?.afwijkingKostenPct).toBeCloseTo((18293000 / 13161421.26808541 - 1) * 100, 6);
    expect(result.benchmark.every((r) => r.taakveld !== 'Nederland')).toBe(true);
  });

  it('reads the amounts as euros: no unit phrase on the Kosten sheet', () => {
    const w = (maat: string) =>
      toWaarnemingLijst(analyse.invoer.waarnemingen).find((x) => x.taakveld === '0.4 Overhead' && x.jaar === 2023 && x.soort === 'Realisatie' && x.maat === maat);
    expect(w('Totale kosten')?.waarde).toBe(14635000);
    expect(w('Personeel')?.waarde).toBe(5957000); // L1.1 of 2023_jaarrekening.csv
  });
  it('leaves Externe inhuur without data: Iv3 has no inhuur per taakveld', () => {
    const ei = analyse.taakvelden.find((t) => t.info.naam === '0.4 Overhead')?.maten.find((m) => m.maat === 'Externe inhuur');
    expect(ei?.nulLijn ?? null).toBeNull();
  });
});
