import fc from 'fast-check';
import { scoreInvoer } from '../../../src/core/compute/scoreInvoer';
import { mergeInstellingen } from '../../../src/core/criteria';
import type { Invoer } from '../../../src/core/analyse';
import { alleGetallen, diepBevriezen, invoerArb, vlakkeKopie } from './arbitraries';
import { toWaarnemingen, toWaarnemingLijst } from '../../../src/core/waarnemingen';

const instellingen = mergeInstellingen({ trekkingen: 1000 });
const score = (i: Invoer, over = instellingen) => scoreInvoer(i, over).result;

describe('properties of the scoring core', () => {
  it('row order does not change results', () => {
    fc.assert(
      fc.property(invoerArb, fc.integer(), (invoer, seed) => {
        const schud = <T>(xs: T[]) => fc.sample(fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }), { seed, numRuns: 1 })[0];
        const geschud: Invoer = {
          ...invoer,
          waarnemingen: toWaarnemingen(schud(toWaarnemingLijst(invoer.waarnemingen))),
          indicatoren: schud(invoer.indicatoren),
          taakvelden: schud(invoer.taakvelden),
          benchmark: schud(invoer.benchmark),
        };
        expect(score(geschud)).toEqual(score(invoer));
      }),
      { numRuns: 60 },
    );
  });

  it('lower costs in the peiljaar never lower K2', () => {
    fc.assert(
      fc.property(invoerArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (invoer, factor) => {
        const voor = score(invoer);
        const peil = voor.peiljaar;
        const lager: Invoer = {
          ...invoer,
          waarnemingen: toWaarnemingen(
            toWaarnemingLijst(invoer.waarnemingen).map((w) => (w.jaar === peil && w.maat !== 'FTE' ? { ...w, waarde: w.waarde * factor } : w)),
          ),
        };
        const na = score(lager);
        voor.taakvelden.forEach((t, i) => {
          const [a, b] = [t.criteria.K2, na.taakvelden[i].criteria.K2];
          if (a !== null && a !== undefined && b !== null && b !== undefined) expect(b).toBeGreaterThanOrEqual(a - 1e-12);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('scaling all weights changes nothing', () => {
    fc.assert(
      fc.property(invoerArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (invoer, k) => {
        const gewichten = { K1: 1, K2: 2, K3: 0.5, K4: 1, K5: 3, K6: 1 };
        const geschaald = Object.fromEntries(Object.entries(gewichten).map(([id, w]) => [id, w * k])) as typeof gewichten;
        const a = score(invoer, mergeInstellingen({ trekkingen: 1000, gewichten }));
        const b = score(invoer, mergeInstellingen({ trekkingen: 1000, gewichten: geschaald }));
        a.taakvelden.forEach((t, i) => {
          const u = b.taakvelden[i];
          expect([u.oordeel, u.robuustheid]).toEqual([t.oordeel, t.robuustheid]);
          expect(u.dekking).toBeCloseTo(t.dekking, 9);
          if (t.totaal === null) expect(u.totaal).toBeNull();
          else expect(u.totaal).toBeCloseTo(t.totaal, 9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('no NaN or Infinity reaches any output, and the input is never mutated', () => {
    fc.assert(
      fc.property(invoerArb, (invoer) => {
        const kopie = vlakkeKopie(invoer);
        const run = scoreInvoer(diepBevriezen(invoer), instellingen);
        expect(alleGetallen(run.result).every(Number.isFinite)).toBe(true);
        expect(alleGetallen(run.analyse.taakvelden).every(Number.isFinite)).toBe(true);
        expect(vlakkeKopie(invoer)).toEqual(kopie);
        for (const t of run.result.taakvelden) {
          expect(t.dekking).toBeGreaterThanOrEqual(0);
          expect(t.dekking).toBeLessThanOrEqual(1);
          expect(t.robuustheid).toBeGreaterThanOrEqual(0);
          expect(t.robuustheid).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 80 },
    );
  });
});
