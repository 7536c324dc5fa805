import { berekenBenchmark } from '../../../src/core/compute/berekenBenchmark';
import { WaarnemingIndex } from '../../../src/core/compute/waarnemingIndex';
import { fte, kosten } from './fixtures';
import { leesRapport, rapportRegels, rondAlsRapport } from './rapportBenchmark';
import { toWaarnemingen } from '../../../src/core/waarnemingen';

const leeg = new WaarnemingIndex(toWaarnemingen([]));

describe('berekenBenchmark reproduces Bijlage D of the audit report', () => {
  it('2012: formation table to the printed rounding', () => {
    const uit = berekenBenchmark(rapportRegels(2012), leeg);
    const rapport = leesRapport(2012);
    expect(uit).toHaveLength(6);
    for (const r of rapport) {
      const rij = uit.find((u) => u.taakveld === r.taakgebied);
      expect(rij).toBeDefined();
      expect([
        rondAlsRapport(rij!.aandeelPct!, 1), rondAlsRapport(rij!.referentieAandeelPct!, 1),
        rondAlsRapport(rij!.afwijkingFte!, 1), rondAlsRapport(rij!.afwijkingFtePct!, 1),
      ]).toEqual([Number(r.pct_of_total), Number(r.ref_pct_of_total), Number(r.deviation_fte), Number(r.deviation_pct)]);
    }
  });
  it('2017: formation and costs to the printed rounding', () => {
    const uit = berekenBenchmark(rapportRegels(2017), leeg);
    for (const r of leesRapport(2017)) {
      const rij = uit.find((u) => u.taakveld === r.taakgebied)!;
      expect([
        rondAlsRapport(rij.aandeelPct!, 1), rondAlsRapport(rij.referentieAandeelPct!, 1),
        rondAlsRapport(rij.afwijkingFte!, 1), rondAlsRapport(rij.afwijkingFtePct!, 0),
        rij.kosten, rondAlsRapport(rij.afwijkingKosten!, 0), rondAlsRapport(rij.afwijkingKostenPct!, 0),
      ]).toEqual([
        Number(r.pct_of_total), Number(r.ref_pct_of_total), Number(r.deviation_fte), Number(r.deviation_fte_pct),
        Number(r.kosten), Number(r.deviation_kosten), Number(r.deviation_kosten_pct),
      ]);
    }
  });
  it('takes FTE and costs from the input sheets when the benchmark row has none, and a reference %', () => {
    const index = new WaarnemingIndex(toWaarnemingen([...kosten('FA', 2023, 'Realisatie', [500_000, 100_000, 0, 50_000]), fte('FA', 2023, 'Realisatie', 8)]));
    const [rij] = berekenBenchmark(
      [{ taakveld: 'FA', bekend: true, jaar: 2023, sheet: 'Benchmark', cell: 'A2', totaleFormatie: 200, referentiePct: 5, referentieKosten: 600_000 }],
      index,
    );
    expect(rij).toMatchObject({ fte: 8, aandeelPct: 4, referentieFte: 10, referentieAandeelPct: 5, afwijkingFte: -2, kosten: 650_000, afwijkingKosten: 50_000 });
    expect(rij.afwijkingFtePct).toBeCloseTo(-20, 12);
    expect(rij.afwijkingKostenPct).toBeCloseTo((650 / 600 - 1) * 100, 12);
  });
  it('leaves what cannot be computed null, never NaN', () => {
    const [rij] = berekenBenchmark([{ taakveld: 'X', bekend: false, jaar: 2020, sheet: 'B', cell: 'A2', referentieFte: 0 }], leeg);
    expect(Object.values(rij).filter((v) => typeof v === 'number').every(Number.isFinite)).toBe(true);
    expect(rij.afwijkingFtePct).toBeNull();
  });
});
