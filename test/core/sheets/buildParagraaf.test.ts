import fc from 'fast-check';
import type { Analyse, MaatReeks, TaakveldAnalyse } from '../../../src/core/analyse';
import { buildParagraaf } from '../../../src/core/sheets';
import { MATEN } from '../../../src/core/types';
import { buildFixtureRun } from './fixtures';

const run = buildFixtureRun();
const paragraaf = (naam: string, r = run) => {
  const t = r.analyse.taakvelden.find((x) => x.info.naam === naam) as TaakveldAnalyse;
  return buildParagraaf(t, r.analyse);
};

describe('buildParagraaf on the fixture', () => {
  it('tells the full story of a measured taakveld with a taakuitbreiding', () => {
    expect(paragraaf('Communicatie')).toBe(
      'Communicatie (vervlochten). ' +
        'De totale kosten bedragen in 2023 € 1.180.000 (jaarrekening), 0,8% lager dan de nul-lijn van € 1.190.000 (gemiddelde van 2018–2020). ' +
        'Gecorrigeerd voor een taakuitbreiding van 5,0% is dat 5,6% lager. ' +
        'De formatie is in 2023 12,40 fte, tegen 13,10 fte in de nul-lijn (−5,3%); de kosten per fte zijn € 95.161, tegen € 90.840 in de nul-lijn (+4,8%). ' +
        'De externe inhuur is 8,3% van loonsom en inhuur, tegen 9,8% in de nul-lijn (−1,5 procentpunt). ' +
        'De formatie ligt 13% onder de referentiegroep (benchmark 2017). ' +
        'De klanttevredenheid is in 2023 met 0,3 punt gestegen ten opzichte van 2019. ' +
        'In 2023 stagneren 3 projecten minder dan in 2019. ' +
        'De MTO-score is in 2023 met 0,2 punt gedaald ten opzichte van het gemiddelde van 2018–2020. ' +
        'Het aantal eenpitters is in 2023 met 1 gedaald ten opzichte van 2019. ' +
        'Eindoordeel: positief (totaalscore +1,0 op een schaal van −2 tot +2; dekking 100%, robuustheid 91%).',
    );
  });

  it('marks a begroot peiljaar, tells K6 and explains a missing verdict', () => {
    expect(paragraaf('Ruimtelijke ordening')).toBe(
      'Ruimtelijke ordening (kennisdeling). ' +
        'De totale kosten bedragen in 2023 € 570.000 (begroot), 16,3% hoger dan de nul-lijn van € 490.000 (gemiddelde van 2018–2020). ' +
        'De formatie is in 2023 5,80 fte, tegen 5,17 fte in de nul-lijn (+12,3%); de kosten per fte zijn € 98.276, tegen € 94.839 in de nul-lijn (+3,6%). ' +
        'De externe inhuur is 10,0% van loonsom en inhuur, tegen 5,7% in de nul-lijn (+4,3 procentpunt). ' +
        'Het oordeel over gemeentegrensoverschrijdende opgaven is +1,0 op een schaal van −2 tot +2. ' +
        'Voor kwaliteit dienstverlening, specifieke kennis of specialisten, ontwikkelingsmogelijkheden personeel en kwetsbaarheid zijn geen gegevens beschikbaar. ' +
        'Er zijn te weinig gegevens voor een oordeel: de criteria met gegevens wegen samen 33% van het totaal (minimaal 50% nodig).',
    );
  });

  it('says plainly when a taakveld has no data at all', () => {
    expect(paragraaf('Informatisering')).toBe(
      'Informatisering. Voor geen van de criteria zijn gegevens beschikbaar; een oordeel is daarom niet mogelijk.',
    );
  });

  it('uses the nul-lijn years with data, singular "1 project" and lists criteria without data', () => {
    expect(paragraaf('Personeel & Organisatie')).toBe(
      'Personeel & Organisatie (gemeenschappelijke regeling). ' +
        'De totale kosten bedragen in 2023 € 485.000 (jaarrekening), 18,3% hoger dan de nul-lijn van € 410.000 (gemiddelde van 2019 en 2020). ' +
        'De formatie is in 2023 5,10 fte, tegen 4,95 fte in de nul-lijn (+3,0%); de kosten per fte zijn € 95.098, tegen € 82.828 in de nul-lijn (+14,8%). ' +
        'De externe inhuur is 9,1% van loonsom en inhuur, tegen 5,3% in de nul-lijn (+3,8 procentpunt). ' +
        'De formatie ligt 4% boven de referentiegroep (benchmark 2017). ' +
        'In 2023 stagneert 1 project meer dan in 2019. ' +
        'De MTO-score is in 2023 met 0,5 punt gestegen ten opzichte van het gemiddelde van 2019 en 2020. ' +
        'Voor kwaliteit dienstverlening en kwetsbaarheid zijn geen gegevens beschikbaar. ' +
        'Eindoordeel: neutraal (totaalscore −0,1 op een schaal van −2 tot +2; dekking 60%, robuustheid 55%).',
    );
  });
});

describe('buildParagraaf wording in edge cases', () => {
  const communicatie = (): TaakveldAnalyse => structuredClone(run.analyse.taakvelden[0]);
  const reeks = (t: TaakveldAnalyse, maat: string) => t.maten.find((m) => m.maat === maat) as MaatReeks;
  const zinnen = (t: TaakveldAnalyse, analyse: Analyse = run.analyse) => buildParagraaf(t, analyse).split(/(?<=\.) /);

  it('writes a taakinkrimping and an unchanged corrected figure', () => {
    const t = communicatie();
    t.taakuitbreiding = -3;
    reeks(t, 'Totale kosten').deltaPctGecorrigeerd = 0.01;
    expect(zinnen(t)).toContain('Gecorrigeerd voor een taakinkrimping van 3,0% is dat gelijk aan de nul-lijn.');
  });

  it('leaves the correction out when the taakuitbreiding is 0', () => {
    const t = communicatie();
    t.taakuitbreiding = 0;
    expect(buildParagraaf(t, run.analyse)).not.toContain('Gecorrigeerd');
  });

  it('handles a missing nul-lijn and a nul-lijn of 0 without a percentage', () => {
    const t = communicatie();
    Object.assign(reeks(t, 'Totale kosten'), { nulLijn: null, deltaPct: null, deltaPctGecorrigeerd: null });
    Object.assign(reeks(t, 'Externe inhuur'), { nulLijn: null, deltaPct: null });
    Object.assign(reeks(t, 'FTE'), { nulLijn: 0, deltaPct: null });
    const tekst = zinnen(t);
    expect(tekst).toContain('De totale kosten bedragen in 2023 € 1.180.000 (jaarrekening); een nul-lijn ontbreekt.');
    expect(tekst).toContain('De externe inhuur is 8,3% van loonsom en inhuur; een nul-lijn ontbreekt.');
    expect(tekst.join(' ')).toContain('De formatie is in 2023 12,40 fte, tegen 0,00 fte in de nul-lijn; de kosten per fte');
  });

  it('says "gelijk aan" when a change rounds to zero, and "even hoog"/"evenveel" for indicators', () => {
    const t = communicatie();
    reeks(t, 'Totale kosten').deltaPct = -0.04;
    t.taakuitbreiding = null;
    for (const u of t.indicatoren) {
      if (u.indicator === 'klanttevredenheid' || u.indicator === 'stagnerendeProjecten' || u.indicator === 'eenpitters') u.waarde = 0;
      if (u.indicator === 'formatieReferentie') u.waarde = 0.3;
    }
    const tekst = zinnen(t);
    expect(tekst).toContain('De totale kosten bedragen in 2023 € 1.180.000 (jaarrekening), gelijk aan de nul-lijn van € 1.190.000 (gemiddelde van 2018–2020).');
    expect(tekst).toContain('De klanttevredenheid is in 2023 even hoog als in 2019.');
    expect(tekst).toContain('In 2023 stagneren evenveel projecten als in 2019.');
    expect(tekst).toContain('Het aantal eenpitters is in 2023 even groot als in 2019.');
    expect(tekst).toContain('De formatie ligt op het niveau van de referentiegroep (benchmark 2017).');
  });

  it('uses plurals and averages correctly for counts and points', () => {
    const t = communicatie();
    for (const u of t.indicatoren) {
      if (u.indicator === 'stagnerendeProjecten') Object.assign(u, { waarde: 4 / 3, vanJaren: [2018, 2019, 2020] });
      if (u.indicator === 'eenpitters') Object.assign(u, { waarde: 2 });
      if (u.indicator === 'klanttevredenheid') Object.assign(u, { waarde: -1.25, vanJaren: undefined, naarJaar: undefined });
    }
    const tekst = zinnen(t);
    expect(tekst).toContain('In 2023 stagneren 1,3 projecten meer dan gemiddeld in 2018–2020.');
    expect(tekst).toContain('Het aantal eenpitters is in 2023 met 2 gestegen ten opzichte van 2019.');
    expect(tekst).toContain('De klanttevredenheid is met 1,3 punten gedaald ten opzichte van de nul-lijn.');
  });

  it('uses the singular when one criterion carries the data and never rounds a too-low dekking up to 50%', () => {
    const t = communicatie();
    t.toets = { ...t.toets, criteria: { K1: null, K2: 0.5, K3: null, K4: null, K5: null }, dekking: 0.2, oordeel: 'Onvoldoende gegevens' };
    expect(zinnen(t).slice(-1)[0]).toBe(
      'Er zijn te weinig gegevens voor een oordeel: het criterium met gegevens weegt 20% van het totaal (minimaal 50% nodig).',
    );
    t.toets = { ...t.toets, criteria: { K1: 1, K2: 0.5, K3: null, K4: null, K5: null }, dekking: 0.4962 };
    expect(zinnen(t).slice(-1)[0]).toContain('wegen samen 49,6% van het totaal');
  });

  it('quotes the K2 name in a list and skips criteria the council switched off', () => {
    const t = communicatie();
    t.toets = { ...t.toets, criteria: { K1: null, K2: null, K3: 1, K4: null, K5: 1 } };
    const analyse: Analyse = { ...run.analyse, instellingen: { ...run.analyse.instellingen, actief: { ...run.analyse.instellingen.actief, K4: false } } };
    expect(zinnen(t, analyse)).toContain(
      'Voor kwaliteit dienstverlening en ‘efficiency, flexibiliteit en kosten’ zijn geen gegevens beschikbaar.',
    );
    t.toets = { ...t.toets, criteria: { K1: 1, K2: null, K3: 1, K4: 1, K5: 1 } };
    expect(zinnen(t)).toContain('Voor efficiency, flexibiliteit en kosten zijn geen gegevens beschikbaar.');
  });

  it('leaves out the figures when there is no peiljaar, and the samenwerkingsvorm when unknown', () => {
    const t = communicatie();
    t.info = { ...t.info, samenwerkingsvorm: undefined };
    const tekst = buildParagraaf(t, { ...run.analyse, peiljaar: null });
    expect(tekst.startsWith('Communicatie. De formatie ligt 13% onder')).toBe(true);
    expect(tekst).not.toContain('totale kosten');
  });

  it('never writes NaN, Infinity, undefined, null or "geen gegevens", whatever the figures', () => {
    const getal = fc.option(fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e-9, 1e16)), { nil: null });
    const reeksArb = fc.record({ nulLijn: getal, peil: getal, deltaPct: getal, deltaPctGecorrigeerd: getal, peilBegroot: fc.boolean() });
    const basis = run.analyse.taakvelden[0];
    fc.assert(
      fc.property(
        fc.array(reeksArb, { minLength: MATEN.length, maxLength: MATEN.length }),
        fc.array(getal, { minLength: basis.indicatoren.length, maxLength: basis.indicatoren.length }),
        getal,
        fc.record({ totaal: getal, dekking: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)), robuustheid: fc.oneof(fc.double({ min: 0, max: 1 }), fc.constant(Infinity)) }),
        fc.constantFrom('Positief', 'Neutraal', 'Negatief', 'Onvoldoende gegevens' as const),
        (reeksen, indicatoren, taakuitbreiding, toets, oordeel) => {
          const t: TaakveldAnalyse = {
            ...basis,
            maten: basis.maten.map((m, i) => ({ ...m, ...reeksen[i] })),
            indicatoren: basis.indicatoren.map((u, i) => ({ ...u, waarde: indicatoren[i] })),
            taakuitbreiding,
            toets: { ...basis.toets, ...toets, oordeel },
          };
          const tekst = buildParagraaf(t, run.analyse);
          expect(tekst).not.toMatch(/NaN|Infinity|undefined|null|geen gegevens|e[+-]\d/);
          expect(tekst.endsWith('.')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
