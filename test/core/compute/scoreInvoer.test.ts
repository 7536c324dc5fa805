import { scoreInvoer } from '../../../src/core/compute/scoreInvoer';
import { mergeInstellingen } from '../../../src/core/criteria';
import { waardeOp, type MaatReeks } from '../../../src/core/analyse';
import { fte, indicator, info, invoer, kosten, standaardTaakveld } from './fixtures';

const maat = (reeksen: MaatReeks[], naam: MaatReeks['maat']) => reeksen.find((m) => m.maat === naam) as MaatReeks;

describe('scoreInvoer: nul-lijn and measures', () => {
  const base = invoer({
    taakvelden: [info('Communicatie')],
    waarnemingen: [
      ...standaardTaakveld('Communicatie', 0.9),
      // a jaarrekening 2020 that must NOT replace the configured begroting 2020
      ...kosten('Communicatie', 2020, 'Realisatie', [999_000, 0, 0, 0]),
    ],
    indicatoren: [
      indicator(null, 2019, 'Klanttevredenheid', 7.7),
      indicator(null, 2023, 'Klanttevredenheid', 8.0),
      indicator('Communicatie', 2018, 'MTO-score', 7.0),
      indicator('Communicatie', 2020, 'MTO-score', 7.2),
      indicator('Communicatie', 2024, 'MTO-score', 7.0),
    ],
  });
  const run = scoreInvoer(base, mergeInstellingen());
  const [tv] = run.analyse.taakvelden;

  it('takes the mean of the nul-lijn years with their configured soort', () => {
    expect(maat(tv.maten, 'Totale kosten').nulLijn).toBeCloseTo(410_000, 6);
    expect(maat(tv.maten, 'FTE').nulLijn).toBeCloseTo(4.2, 12);
    const tk = maat(tv.maten, 'Totale kosten');
    const i2020 = run.analyse.jaren.indexOf(2020);
    expect([waardeOp(tk, i2020), tk.soorten[i2020]]).toEqual([420_000, 'Begroting']);
  });
  it('computes Δ% against the nul-lijn and derived nul-lijnen as ratios of nul-lijnen', () => {
    expect(run.result.peiljaar).toBe(2024);
    expect(maat(tv.maten, 'Totale kosten').deltaPct).toBeCloseTo(((378_000 - 410_000) / 410_000) * 100, 9);
    expect(maat(tv.maten, 'Kosten per FTE').nulLijn).toBeCloseTo(410_000 / 4.2, 6);
    const ei = maat(tv.maten, 'Externe inhuur');
    expect(ei.nulLijn).toBeCloseTo((38_000 / 348_000) * 100, 9); // not the mean of the yearly ratios (10,93)
    expect(ei.peil).toBeCloseTo((36 / 356) * 100, 9);
  });
  it('scores the criteria, Totaal, Dekking and Oordeel', () => {
    const t = run.result.taakvelden[0];
    expect(t.criteria).toEqual({ K1: 2, K2: 4 / 3, K3: null, K4: -1, K5: null });
    expect(t.dekking).toBeCloseTo(0.6, 12);
    expect(t.totaal).toBeCloseTo((2 + 4 / 3 - 1) / 3, 12);
    expect(t.oordeel).toBe('Positief');
    expect(t.robuustheid).toBeGreaterThan(0);
    expect(t.robuustheid).toBeLessThanOrEqual(1);
  });
  it('gives the JSON rows of the contract for every measure', () => {
    const rows = run.result.nulLijn.filter((r) => r.taakveld === 'Communicatie');
    expect(rows.map((r) => r.maat)).toEqual([
      'Personeel', 'Materieel', 'Afschrijving', 'Inhuur', 'Totale kosten', 'FTE', 'Kosten per FTE', 'Externe inhuur',
    ]);
    expect(rows.every((r) => r.jaar === 2024 && r.deltaPctGecorrigeerd === null)).toBe(true);
  });
});

describe('scoreInvoer: soorten, gaps and corrections', () => {
  it('falls back to the other soort for a nul-lijn year, with a warning on the cell used', () => {
    const w = standaardTaakveld('P&O').filter((x) => !(x.jaar === 2020));
    const run = scoreInvoer(
      invoer({ taakvelden: [info('P&O')], waarnemingen: [...w, ...kosten('P&O', 2020, 'Realisatie', [1, 1, 1, 1]), fte('P&O', 2020, 'Begroting', 4.4)] }),
      mergeInstellingen(),
    );
    const tk = maat(run.analyse.taakvelden[0].maten, 'Totale kosten');
    expect(tk.nulLijn).toBeCloseTo((400_000 + 410_000 + 4) / 3, 6);
    const warn = run.result.issues.filter((i) => i.code === 'NUL_LIJN_ANDERE_SOORT');
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ severity: 'warning', sheet: 'Kosten', cell: 'C20' });
  });
  it('uses the begroting for a later year without realisatie and marks it begroot', () => {
    const w = standaardTaakveld('ICT').map((x) => (x.jaar === 2024 ? { ...x, soort: 'Begroting' as const } : x));
    const tk = maat(scoreInvoer(invoer({ taakvelden: [info('ICT')], waarnemingen: w }), mergeInstellingen()).analyse.taakvelden[0].maten, 'Totale kosten');
    expect(tk.peil).toBeCloseTo(420_000, 6);
    expect(tk.peilBegroot).toBe(true);
  });
  it('corrects Totale kosten for a taakuitbreiding, and K2 uses the corrected figure', () => {
    const run = scoreInvoer(
      invoer({ taakvelden: [info('ICT')], waarnemingen: standaardTaakveld('ICT', 1.08), indicatoren: [indicator('ICT', 2023, 'Taakuitbreiding', 10)] }),
      mergeInstellingen(),
    );
    const t = run.analyse.taakvelden[0];
    const tk = maat(t.maten, 'Totale kosten');
    expect(tk.deltaPct).toBeCloseTo((453_600 / 410_000 - 1) * 100, 9);
    expect(tk.deltaPctGecorrigeerd).toBeCloseTo((453_600 / (410_000 * 1.1) - 1) * 100, 9);
    expect(t.indicatoren.find((i) => i.indicator === 'totaleKosten')?.score).toBe(0); // +10,6 % raw, +0,6 % corrected
    expect(run.result.nulLijn.find((r) => r.maat === 'Totale kosten')?.deltaPctGecorrigeerd).toBeCloseTo(tk.deltaPctGecorrigeerd as number, 12);
  });
  it('gives geen gegevens (null), never Infinity, for a nul-lijn of 0', () => {
    const w = ['2018', '2019'].flatMap((j) => kosten('Nul', Number(j), 'Realisatie', [0, 0, 0, 0]))
      .concat(kosten('Nul', 2020, 'Begroting', [0, 0, 0, 0]), kosten('Nul', 2024, 'Realisatie', [5, 0, 0, 0]));
    const run = scoreInvoer(invoer({ taakvelden: [info('Nul')], waarnemingen: w }), mergeInstellingen());
    const rows = run.result.nulLijn;
    expect(rows.find((r) => r.maat === 'Totale kosten')?.deltaPct).toBeNull();
    expect(rows.find((r) => r.maat === 'Externe inhuur')?.nulLijn).toBeNull();
    expect(run.result.taakvelden[0].oordeel).toBe('Onvoldoende gegevens');
  });
  it('shares one frozen soorten array between series with the same pattern, values stay their own', () => {
    const run = scoreInvoer(
      invoer({ taakvelden: [info('A'), info('B')], waarnemingen: [...standaardTaakveld('A'), ...standaardTaakveld('B', 1.1)] }),
      mergeInstellingen(),
    );
    const [a, b] = run.analyse.taakvelden.map((t) => maat(t.maten, 'Personeel'));
    expect(a.soorten).toBe(b.soorten);
    expect(Object.isFrozen(a.soorten)).toBe(true);
    expect(a.waarden).not.toBe(b.waarden);
    expect(a.waarden).not.toEqual(b.waarden);
  });
  it('lets a taakveld\'s own indicator values win over the Alle rows', () => {
    const run = scoreInvoer(
      invoer({
        taakvelden: [info('A'), info('B')],
        waarnemingen: [...standaardTaakveld('A'), ...standaardTaakveld('B')],
        indicatoren: [
          indicator(null, 2019, 'Klanttevredenheid', 7), indicator(null, 2023, 'Klanttevredenheid', 7.5),
          indicator('B', 2019, 'Klanttevredenheid', 7), indicator('B', 2023, 'Klanttevredenheid', 6.5),
        ],
      }),
      mergeInstellingen(),
    );
    const [a, b] = run.result.taakvelden;
    expect([a.taakveld, a.criteria.K1, b.taakveld, b.criteria.K1]).toEqual(['A', 2, 'B', -2]);
  });
  it('scores K6 only for Beleid, from the manual oordeel clipped to −2..+2', () => {
    const run = scoreInvoer(
      invoer({
        taakvelden: [info('RO', 'Beleid'), info('FA')],
        waarnemingen: [...standaardTaakveld('RO'), ...standaardTaakveld('FA')],
        indicatoren: [indicator('RO', 2023, 'Oordeel', 3), indicator('FA', 2023, 'Oordeel', 1)],
      }),
      mergeInstellingen(),
    );
    const fa = run.result.taakvelden.find((t) => t.taakveld === 'FA');
    const ro = run.result.taakvelden.find((t) => t.taakveld === 'RO');
    expect(fa?.criteria).not.toHaveProperty('K6');
    expect(ro?.criteria.K6).toBe(2);
    expect(run.result.issues.map((i) => i.code)).toContain('OORDEEL_BUITEN_BEREIK');
  });
});
