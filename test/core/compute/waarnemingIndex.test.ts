import { getMaatRij, TOTAAL_RIJ, WaarnemingIndex } from '../../../src/core/compute/waarnemingIndex';
import { toWaarnemingen } from '../../../src/core/waarnemingen';
import type { Waarneming } from '../../../src/core/types';

let rij = 1;
function w(taakveld: string, jaar: number, soort: Waarneming['soort'], maat: Waarneming['maat'], waarde: number): Waarneming {
  rij += 1;
  return { taakveld, jaar, soort, maat, waarde, sheet: 'Kosten', cell: `D${rij}` };
}

const invoer: Waarneming[] = [
  w('Overhead', 2019, 'Realisatie', 'Personeel', 100),
  w('Overhead', 2019, 'Realisatie', 'Materieel', 20),
  w('Overhead', 2019, 'Realisatie', 'Afschrijving', 5),
  w('Overhead', 2019, 'Realisatie', 'Inhuur', 7),
  w('Overhead', 2019, 'Realisatie', 'Totale kosten', 999),
  w('Overhead', 2021, 'Begroting', 'Totale kosten', 140),
  w('Sport', 2021, 'Begroting', 'FTE', 2.5),
  // Not grouped by taakveld: the index must not depend on row order.
  w('Overhead', 2021, 'Begroting', 'FTE', 1.25),
];

describe('WaarnemingIndex', () => {
  const index = new WaarnemingIndex(toWaarnemingen(invoer));

  it('knows the years in order and their positions', () => {
    expect(index.jaren).toEqual([2019, 2021]);
    expect(index.positie(2021)).toBe(1);
    expect(index.positie(2020)).toBe(-1);
  });

  it('finds each figure by taakveld, measure, year and exact soort', () => {
    expect(index.get('Overhead', 'Inhuur', 2019, 'Realisatie')?.waarde).toBe(7);
    expect(index.get('Overhead', 'Inhuur', 2019, 'Begroting')).toBeUndefined();
    expect(index.get('Overhead', 'FTE', 2021, 'Begroting')?.cell).toBe('D9');
    expect(index.get('Onbekend', 'FTE', 2021, 'Begroting')).toBeUndefined();
    expect(index.get('Sport', 'FTE', 2030, 'Begroting')).toBeUndefined();
  });

  it('sums the four parts for Totale kosten before it takes a given total', () => {
    expect(index.totaleKosten('Overhead', 2019, 'Realisatie')).toEqual({ waarde: 132, soort: 'Realisatie', sheet: 'Kosten', cell: 'D2' });
    expect(index.totaleKosten('Overhead', 2021, 'Begroting')?.waarde).toBe(140);
    expect(index.totaleKosten('Sport', 2021, 'Begroting')).toBeUndefined();
  });

  it('reads the same figures through slots, and the scored total from its own row', () => {
    for (const taakveld of ['Overhead', 'Sport', 'Onbekend']) {
      const basis = index.getBasis(taakveld);
      for (const jaar of [2019, 2020, 2021]) {
        for (const soort of ['Realisatie', 'Begroting'] as const) {
          const lees = (rij: number) => {
            const slot = index.findSlot(basis, rij, index.positie(jaar), soort);
            return slot < 0 ? undefined : { waarde: index.getWaarde(slot), soort: index.getSoort(slot), ...index.getBron(slot) };
          };
          expect(lees(TOTAAL_RIJ)).toEqual(index.totaleKosten(taakveld, jaar, soort));
          for (const maat of ['Personeel', 'Inhuur', 'FTE'] as const) expect(lees(getMaatRij(maat))).toEqual(index.get(taakveld, maat, jaar, soort));
        }
      }
    }
    expect(index.getBasis('Onbekend')).toBe(-1);
  });

  it('places years far apart just as well', () => {
    const ver = new WaarnemingIndex(toWaarnemingen([w('A', 1, 'Realisatie', 'FTE', 3), w('A', 5000, 'Begroting', 'FTE', 4)]));
    expect(ver.jaren).toEqual([1, 5000]);
    expect([ver.get('A', 'FTE', 1, 'Realisatie')?.waarde, ver.get('A', 'FTE', 5000, 'Begroting')?.waarde]).toEqual([3, 4]);
  });
});
