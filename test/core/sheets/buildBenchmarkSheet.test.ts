import { buildBenchmarkSheet, buildSheetSpecs, sortBenchmark } from '../../../src/core/sheets';
import { buildFixtureRun } from './fixtures';

describe('buildBenchmarkSheet', () => {
  const spec = buildBenchmarkSheet(buildFixtureRun());
  const block = spec.blocks[0];

  it('has the table of design section 6', () => {
    expect(block.tableName).toBe('tblBenchmark');
    expect(block.header).toEqual([
      'Taakveld', 'Jaar', 'FTE', 'Aandeel %', 'Referentie FTE', 'Referentie aandeel %', 'Afwijking FTE', 'Afwijking FTE %',
      'Kosten', 'Referentie kosten', 'Afwijking kosten', 'Afwijking kosten %',
    ]);
  });

  it('sorts by jaar and keeps the given order within a year', () => {
    expect(block.rows.map((r) => [r[0], r[1]])).toEqual([
      ['Personeel & Organisatie', 2012], ['Communicatie', 2017], ['Personeel & Organisatie', 2017],
    ]);
    expect(sortBenchmark([])).toEqual([]);
  });

  it('writes percentages as fractions and keeps the rest exact', () => {
    const r = block.rows[1];
    expect(r[2]).toBe(4.2);
    expect(r[3]).toBeCloseTo(4.2 / 160, 12);
    expect(r[5]).toBeCloseTo(4.85 / 160, 12);
    expect(r[6]).toBeCloseTo(-0.65, 12);
    expect(r[7]).toBeCloseTo(4.2 / 4.85 - 1, 12);
    expect(r.slice(8, 11)).toEqual([300000, 280000, 20000]);
    expect(r[11]).toBeCloseTo(300000 / 280000 - 1, 12);
  });

  it('formats each column in its unit', () => {
    const euro = '[$€-413] #,##0;[$€-413] -#,##0';
    expect(block.columnFormats).toEqual([
      null, '0', '#,##0.00', '0.0%', '#,##0.00', '0.0%', '+0.0;-0.0;0.0', '+0.0%;-0.0%;0.0%', euro, euro, euro, '+0.0%;-0.0%;0.0%',
    ]);
  });

  it('colours both afwijking % columns from −15 % green to +15 % red', () => {
    expect(block.conditionalFormats).toEqual([{
      columns: [7, 11],
      rule: {
        type: 'colorScale',
        min: { type: 'number', value: -0.15, color: '63BE7B' },
        mid: { type: 'number', value: 0, color: 'FFFFFF' },
        max: { type: 'number', value: 0.15, color: 'F8696B' },
      },
    }]);
  });

  it('writes missing figures as "geen gegevens"', () => {
    const run = buildFixtureRun();
    run.result.benchmark[0] = { ...run.result.benchmark[0], referentieFte: null, afwijkingFte: null, afwijkingFtePct: null };
    const rij = buildBenchmarkSheet(run).blocks[0].rows.find((r) => r[0] === 'Communicatie') ?? [];
    expect(rij.slice(4, 8)).toEqual(['geen gegevens', rij[5], 'geen gegevens', 'geen gegevens']);
  });
});

describe('benchmark sheet name', () => {
  it('does not collide with the input sheet "Benchmark"', () => {
    const spec = buildSheetSpecs(buildFixtureRun()).find((s) => s.key === 'benchmark');
    expect(spec?.name).toBe('Benchmarkvergelijking');
  });
});
