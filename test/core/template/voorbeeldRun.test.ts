/** The example workbook scored by the core: sound input, and verdicts that differ as design section 10 wants. */
import { specToGrid } from '../../../src/core/ownership';
import { runToets } from '../../../src/core/runToets';
import { buildTemplate } from '../../../src/core/template';

const round = (x: number | null, decimals: number): number | null => (x === null ? null : Math.round(x * 10 ** decimals) / 10 ** decimals);

describe('the example workbook, scored', () => {
  const grids = buildTemplate({ voorbeeld: true }).map((s) => ({ name: s.name, values: specToGrid(s) }));
  const { result, analyse } = runToets(grids);

  it('is read without a single issue, every sheet in its role', () => {
    expect(result.issues).toEqual([]);
    expect(analyse.invoer.rollen).toEqual({
      kosten: 'Kosten', fte: 'FTE', taakvelden: 'Taakvelden', indicatoren: 'Indicatoren', benchmark: 'Benchmark', instellingen: 'Instellingen',
    });
    expect(result.peiljaar).toBe(2024);
  });

  it('gives every kind of verdict', () => {
    const oordelen = Object.fromEntries(result.taakvelden.map((t) => [t.taakveld, t.oordeel]));
    expect(oordelen).toEqual({
      Communicatie: 'Positief',
      'Personeel & Organisatie': 'Neutraal',
      'Facilitaire Zaken': 'Positief',
      'Financiële Administratie': 'Negatief',
      Informatisering: 'Neutraal',
      'Handhaving openbare ruimte': 'Neutraal',
      'Juridische Zaken': 'Negatief',
      Burgerzaken: 'Onvoldoende gegevens',
      'Ruimtelijke ordening': 'Positief',
      Inkoop: 'Positief',
    });
    const ro = result.taakvelden.find((t) => t.taakveld === 'Ruimtelijke ordening')!;
    expect(ro).toMatchObject({ domein: 'Beleid', criteria: { K6: 1 } });
  });

  it('corrects Informatisering\'s costs for its 8% taakuitbreiding', () => {
    const regel = result.nulLijn.find((r) => r.taakveld === 'Informatisering' && r.maat === 'Totale kosten')!;
    // nul-lijn (1893.4 + 1971.8 + 1950) / 3 = 1938.4; begroting 2024: 2150.0 (x € 1.000)
    expect(regel.nulLijn).toBeCloseTo(1938400, 6);
    expect(regel.waarde).toBeCloseTo(2150000, 6);
    expect(round(regel.deltaPct, 2)).toBe(10.92);
    expect(round(regel.deltaPctGecorrigeerd, 2)).toBe(2.7);
  });

  it('matches the report\'s benchmark rows to the taakvelden through the aliases, as printed', () => {
    const rij = (taakveld: string, jaar: number) => result.benchmark.find((b) => b.taakveld === taakveld && b.jaar === jaar)!;
    expect(result.benchmark).toHaveLength(13);
    const informatisering = rij('Informatisering', 2012);
    expect([round(informatisering.aandeelPct, 1), round(informatisering.referentieAandeelPct, 1), round(informatisering.afwijkingFte, 1),
      round(informatisering.afwijkingFtePct, 1)]).toEqual([5.3, 3.0, 3.8, 77.6]);
    const inkoop = rij('Inkoop', 2017);
    expect([round(inkoop.aandeelPct, 1), round(inkoop.referentieAandeelPct, 1), round(inkoop.afwijkingFtePct, 0),
      inkoop.afwijkingKosten, round(inkoop.afwijkingKostenPct, 0)]).toEqual([0.2, 0.3, -18, 109074, 155]);
    expect(rij('Financiële Administratie', 2017).kosten).toBe(654903);
  });
});
