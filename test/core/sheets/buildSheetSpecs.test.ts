import fc from 'fast-check';
import { buildSheetSpecs } from '../../../src/core/sheets';
import { buildFixtureRun } from './fixtures';
import { expectValidSpec } from './specInvariants';

describe('buildSheetSpecs', () => {
  const specs = buildSheetSpecs(buildFixtureRun());

  it('returns the owned sheets in the design order', () => {
    expect(specs.map((s) => [s.key, s.name])).toEqual([
      ['toets', 'Toets'], ['nulLijn', 'Nul-lijn'], ['benchmark', 'Benchmarkvergelijking'], ['paragraaf', 'Paragraaf'], ['controle', 'Controle'],
    ]);
  });

  it('leaves the Benchmark sheet out when there are no benchmark rows', () => {
    const zonder = buildSheetSpecs(buildFixtureRun((r) => ({ ...r, benchmark: [] })));
    expect(zonder.map((s) => s.key)).toEqual(['toets', 'nulLijn', 'paragraaf', 'controle']);
  });

  it('gives every sheet a valid layout and workbook-unique table names', () => {
    for (const spec of specs) expectValidSpec(spec);
    const namen = specs.flatMap((s) => s.blocks.map((b) => b.tableName));
    expect(new Set(namen).size).toBe(namen.length);
    expect(namen).toEqual([
      'tblToets', 'tblNulLijnKosten', 'tblNulLijnFormatie', 'tblNulLijnInhuur', 'tblNulLijnGrafiek', 'tblBenchmark', 'tblParagraaf', 'tblControle',
    ]);
  });

  it('writes the same subtitle with nul-lijn years, soort and peiljaar on every sheet', () => {
    for (const spec of specs) {
      expect(spec.lines.find((l) => l.row === 1)?.text).toBe(
        'Nul-lijn: 2018 (R), 2019 (R), 2020 (B) · peiljaar 2023 · Gemaakt door Samenwerkingstoets; bij een nieuwe run wordt dit blad vervangen',
      );
    }
  });

  it('says so in the subtitle when there is no peiljaar', () => {
    const zonder = buildSheetSpecs(buildFixtureRun((r) => ({ ...r, peiljaar: null })));
    expect(zonder[0].lines[1].text).toContain('geen peiljaar (geen gegevens)');
  });

  it('keeps every table valid with one "geen gegevens" row when the run is empty', () => {
    const leeg = buildSheetSpecs(buildFixtureRun((r) => ({ ...r, taakvelden: [], benchmark: [], issues: [] })));
    for (const spec of leeg) expectValidSpec(spec);
    const toets = leeg[0].blocks[0];
    expect(toets.rows).toEqual([['geen gegevens', ...new Array(13).fill(null)]]);
    for (const b of leeg[1].blocks) expect(b.rows).toHaveLength(1);
    expect(leeg[1].blocks[0].rows[0][0]).toBe('geen gegevens');
    expect(leeg[2].blocks[0].rows).toEqual([['geen gegevens', null, null]]);
  });

  it('is pure: the same run gives equal specs', () => {
    expect(buildSheetSpecs(buildFixtureRun())).toEqual(specs);
  });
});

describe('buildSheetSpecs with hostile numbers', () => {
  it('never writes NaN or Infinity into a cell, whatever the run holds', () => {
    const getal = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(fc.array(getal, { minLength: 40, maxLength: 40 }), (waarden) => {
        const run = buildFixtureRun();
        let i = 0;
        const volgende = () => waarden[i++ % waarden.length];
        for (const t of run.analyse.taakvelden) {
          for (const m of t.maten) Object.assign(m, { nulLijn: volgende(), peil: volgende(), deltaPct: volgende(), deltaPctGecorrigeerd: volgende() });
          const tk = t.maten[4];
          tk.soorten = tk.soorten.map((soort, i) => {
            const w = volgende();
            tk.waarden[i] = w ?? 0;
            return w === null ? null : (soort ?? 'Realisatie');
          });
          t.taakuitbreiding = volgende();
          t.toets = { ...t.toets, totaal: volgende(), dekking: volgende() ?? 0, robuustheid: volgende() ?? 0 };
          t.toets.criteria = { ...t.toets.criteria, K1: volgende() };
        }
        run.result.benchmark = run.result.benchmark.map((b) => ({ ...b, afwijkingFtePct: volgende(), kosten: volgende() }));
        for (const spec of buildSheetSpecs(run)) expectValidSpec(spec);
      }),
      { numRuns: 60 },
    );
  });
});
