/**
 * The example's Benchmark sheet must give back every figure the audit report prints (seed 003,
 * Bijlage D; /work/shared/data/benchmark-heemstede-*.csv), rounded the way the report rounds.
 */
import { buildTemplate, computeReferentieFte } from '../../../src/core/template';

const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals;

// Printed in the report: aandeel %, referentie %, afwijking fte, afwijking % (and for 2017 costs).
const GEDRUKT_2012: [string, number, number, number, number][] = [
  ['Juridische Zaken incl. secretariaat', 1.8, 1.7, 0.2, 5.5],
  ['Personeel & Organisatie incl. secretariaat', 3.0, 2.7, 0.4, 9.9],
  ['Communicatie en Kwaliteitszorg', 1.7, 2.0, -0.5, -14.4],
  ['Financiën & Control incl. secretariaat', 5.7, 6.5, -1.4, -12.5],
  ['Informatisering en Automatisering incl. secretariaat', 5.3, 3.0, 3.8, 77.6],
  ['Facilitaire dienst incl. Inkoop', 8.9, 9.3, -0.6, -3.9],
];
const GEDRUKT_2017: [string, number, number, number, number, number, number][] = [
  ['Juridische Zaken', 2.3, 1.6, 1.1, 43, 78988, 37],
  ['Personeel & Organisatie', 3.0, 2.9, 0.2, 4, -5378, -1],
  ['Inkoop', 0.2, 0.3, -0.1, -18, 109074, 155],
  ['Communicatie', 1.7, 2.3, -0.9, -25, -47555, -20],
  ['Financiën & Control', 5.8, 6.7, -1.4, -13, -106012, -14],
  ['Informatisering en Automatisering', 6.0, 6.9, -1.5, -13, 47548, 2],
  ['Facilitaire dienst', 3.1, 4.8, -2.8, -36, 12818, 2],
];

describe('the example Benchmark sheet', () => {
  const block = buildTemplate({ voorbeeld: true }).find((s) => s.name === 'Benchmark')!.blocks[0];
  const rows = block.rows as [string, number, number, number, number, number | null, number | null][];

  it('has the columns of design section 6 and the report\'s totals', () => {
    expect(block.header).toEqual(['Taakveld', 'Jaar', 'Totale formatie', 'FTE', 'Referentie FTE', 'Kosten', 'Referentie kosten']);
    expect(new Set(rows.filter((r) => r[1] === 2012).map((r) => r[2]))).toEqual(new Set([165.95]));
    expect(new Set(rows.filter((r) => r[1] === 2017).map((r) => r[2]))).toEqual(new Set([162.3]));
    expect(rows[0]).toEqual(['Juridische Zaken incl. secretariaat', 2012, 165.95, 2.95, 2.7962, null, null]);
    expect(rows[6]).toEqual(['Juridische Zaken', 2017, 162.3, 3.69, 2.5804, 294556, 215568]);
  });

  it('keeps the reference fte to 4 decimals', () => {
    expect(computeReferentieFte(8.75, 77.6)).toBe(4.9268);
    expect(computeReferentieFte(5.03, -36)).toBe(7.8594);
  });

  it('reproduces every printed 2012 figure', () => {
    expect(rows.filter((r) => r[1] === 2012).map(([naam, , totaal, fte, ref]) => [
      naam, round((fte / totaal) * 100, 1), round((ref / totaal) * 100, 1), round(fte - ref, 1), round((fte / ref - 1) * 100, 1),
    ])).toEqual(GEDRUKT_2012);
  });

  it('reproduces every printed 2017 figure, costs included', () => {
    expect(rows.filter((r) => r[1] === 2017).map(([naam, , totaal, fte, ref, kosten, refKosten]) => [
      naam, round((fte / totaal) * 100, 1), round((ref / totaal) * 100, 1), round(fte - ref, 1), Math.round((fte / ref - 1) * 100),
      kosten! - refKosten!, Math.round((kosten! / refKosten! - 1) * 100),
    ])).toEqual(GEDRUKT_2017);
  });
});
