import type { Waarneming } from '../../src/core/types';
import {
  addWaarneming, createWaarnemingen, createWaarnemingSchrijver, getWaarneming, reserveWaarnemingen, toWaarnemingen, toWaarnemingLijst,
} from '../../src/core/waarnemingen';

const lijst: Waarneming[] = [
  { taakveld: 'Overhead', jaar: 2019, soort: 'Realisatie', maat: 'Personeel', waarde: 1.5, sheet: 'Kosten', cell: 'C2' },
  { taakveld: 'Overhead', jaar: 2019, soort: 'Begroting', maat: 'Totale kosten', waarde: -3, sheet: 'Kosten', cell: 'AB10' },
  { taakveld: 'Sport', jaar: 2020, soort: 'Realisatie', maat: 'FTE', waarde: 2.25, sheet: 'FTE', cell: 'D4' },
  { taakveld: 'Overhead', jaar: 2021, soort: 'Begroting', maat: 'Inhuur', waarde: 0, sheet: 'Kosten', cell: 'F7' },
];

describe('Waarnemingen (column-wise observations)', () => {
  it('gives back the same objects it was built from, in order', () => {
    expect(toWaarnemingLijst(toWaarnemingen(lijst))).toEqual(lijst);
  });

  it('numbers taakvelden and sheets once each, in order of appearance', () => {
    const w = toWaarnemingen(lijst);
    expect(w.taakvelden).toEqual(['Overhead', 'Sport']);
    expect(w.bladen).toEqual(['Kosten', 'FTE']);
    expect(Array.from(w.taakveldNr.subarray(0, w.aantal))).toEqual([0, 0, 1, 0]);
  });

  it('grows past its capacity without losing what it holds', () => {
    const s = createWaarnemingSchrijver(createWaarnemingen(1));
    const { w } = s;
    for (let i = 0; i < 1000; i += 1) addWaarneming(s, `T${i % 7}`, 2000 + (i % 30), 'Realisatie', 'FTE', i / 4, 'FTE', i, 2);
    reserveWaarnemingen(w, 5000);
    addWaarneming(s, 'T0', 2024, 'Begroting', 'Materieel', 99, 'Kosten', 1, 0);
    expect(w.aantal).toBe(1001);
    expect(w.waarde.length).toBeGreaterThanOrEqual(6000);
    expect(getWaarneming(w, 999)).toEqual({ taakveld: 'T5', jaar: 2009, soort: 'Realisatie', maat: 'FTE', waarde: 249.75, sheet: 'FTE', cell: 'C1000' });
    expect(getWaarneming(w, 1000)).toMatchObject({ soort: 'Begroting', maat: 'Materieel', cell: 'A2', sheet: 'Kosten' });
  });
});
