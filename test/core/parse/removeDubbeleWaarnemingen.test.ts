import fc from 'fast-check';
import { removeDubbele } from '../../../src/core/parse/removeDubbele';
import { removeDubbeleWaarnemingen } from '../../../src/core/parse/removeDubbeleWaarnemingen';
import type { Issue, Waarneming } from '../../../src/core/types';
import { toWaarnemingen, toWaarnemingLijst } from '../../../src/core/waarnemingen';

const MATEN: Waarneming['maat'][] = ['Personeel', 'Materieel', 'Afschrijving', 'Inhuur', 'Totale kosten', 'FTE'];

function w(taakveld: string, jaar: number, soort: Waarneming['soort'], maat: Waarneming['maat'], rij: number): Waarneming {
  return { taakveld, jaar, soort, maat, waarde: rij * 10, sheet: 'Kosten', cell: `D${rij}` };
}

/** The general path with a string key: what the fast path must agree with. */
function viaStringSleutel(items: Waarneming[]): { uit: Waarneming[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const uit = removeDubbele(items, (x) => `${x.taakveld}|${x.jaar}|${x.soort}|${x.maat}`, (x) => `${x.maat} van ${x.taakveld} in ${x.jaar} (${x.soort})`, issues);
  return { uit, issues };
}

describe('removeDubbeleWaarnemingen', () => {
  it('returns the same array, untouched, when nothing is doubled', () => {
    const items = [w('A', 2019, 'Realisatie', 'Personeel', 2), w('A', 2019, 'Begroting', 'Personeel', 3), w('B', 2019, 'Realisatie', 'Personeel', 4)];
    const issues: Issue[] = [];
    const tabel = toWaarnemingen(items);
    expect(removeDubbeleWaarnemingen(tabel, issues)).toBe(tabel);
    expect(toWaarnemingLijst(tabel)).toEqual(items);
    expect(issues).toEqual([]);
  });

  it('finds a duplicate far apart, after hundreds of other taakvelden, and drops both', () => {
    const items: Waarneming[] = [w('Taakveld 0', 2020, 'Begroting', 'FTE', 2)];
    for (let t = 1; t < 500; t += 1) items.push(w(`Taakveld ${t}`, 2020, 'Begroting', 'FTE', t + 2));
    items.push(w('Taakveld 0', 2020, 'Begroting', 'FTE', 900));
    const issues: Issue[] = [];
    const uit = toWaarnemingLijst(removeDubbeleWaarnemingen(toWaarnemingen(items), issues));
    expect(uit).toHaveLength(499);
    expect(uit.some((x) => x.taakveld === 'Taakveld 0')).toBe(false);
    expect(issues.map((i) => i.cell)).toEqual(['D2', 'D900']);
    expect(issues[0].code).toBe(viaStringSleutel(items).issues[0].code);
  });

  it('falls back to the general check for a year outside the parser range', () => {
    const items = [w('A', 1800, 'Realisatie', 'Inhuur', 2), w('A', 1800, 'Realisatie', 'Inhuur', 3)];
    const issues: Issue[] = [];
    expect(toWaarnemingLijst(removeDubbeleWaarnemingen(toWaarnemingen(items), issues))).toEqual([]);
    expect(issues).toHaveLength(2);
  });

  it('agrees with the general string-keyed check on any input (property)', () => {
    const waarneming = fc.record({
      taakveld: fc.constantFrom('A', 'B', 'C', '0.4 Overhead'),
      jaar: fc.integer({ min: 1990, max: 2100 }),
      soort: fc.constantFrom<Waarneming['soort']>('Realisatie', 'Begroting'),
      maat: fc.constantFrom(...MATEN),
    });
    fc.assert(fc.property(fc.array(waarneming, { maxLength: 40 }), (velden) => {
      const items = velden.map((v, i) => w(v.taakveld, v.jaar, v.soort, v.maat, i + 2));
      const verwacht = viaStringSleutel([...items]);
      const issues: Issue[] = [];
      const uit = toWaarnemingLijst(removeDubbeleWaarnemingen(toWaarnemingen(items), issues));
      expect(uit).toEqual(verwacht.uit);
      expect(issues).toEqual(verwacht.issues);
    }));
  });
});
