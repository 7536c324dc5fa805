import fc from 'fast-check';
import { parseGetal, parseInvoer } from '../../../src/core/parse';
import { parseAddress } from '../../../src/core/cellAddress';
import type { CellValue, SheetGrid } from '../../../src/core/types';
import { describeWaarnemingen } from './helpers';
import { toWaarnemingLijst } from '../../../src/core/waarnemingen';

const waarde: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.integer({ min: 0, max: 99999 }).map((n) => `${n / 100}`.replace('.', ',')),
  fc.constantFrom(null, '-', '#N/A', 'n.v.t.', 'onbekend', '1.234', '(12)', 1.5),
);
const taakveld = fc.constantFrom('Overhead', 'Burgerzaken', 'ICT', 'Communicatie');
const totaalRegel: fc.Arbitrary<CellValue[]> = fc.constant(['Totaal', null, 1, 2, 3]);
const legeRegel: fc.Arbitrary<CellValue[]> = fc.constant([]);

const breedRegel = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(taakveld, fc.constantFrom('Personeel', 'Materieel', 'Afschrijving', 'Inhuur'), waarde, waarde, waarde).map((t) => [...t]) },
  { weight: 1, arbitrary: totaalRegel },
  { weight: 1, arbitrary: legeRegel },
);
const langRegel = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(taakveld, fc.constantFrom<CellValue>(2018, '2019', 'B2020', 'R2021'), waarde, waarde, waarde).map((t) => [...t]) },
  { weight: 1, arbitrary: legeRegel },
);

/** Rows and a permutation of them. */
const metPermutatie = (regel: fc.Arbitrary<CellValue[]>) =>
  fc.array(regel, { maxLength: 25 }).chain((rows) =>
    fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }).map((perm) => [rows, perm] as const));

const fte: SheetGrid = { name: 'FTE', values: [['Taakveld', 'R2019'], ['Overhead', 1]] };

function lees(kop: CellValue[], rows: readonly CellValue[][], eenheid: number) {
  const titel = eenheid === 1000 ? [['Bedragen x € 1.000']] : [['Lasten per taakveld']];
  const grid: SheetGrid = { name: 'Kosten', origin: 'B2', values: [...titel, kop, ...rows] };
  const invoer = parseInvoer([grid, fte], { kosten: 'Kosten', fte: 'FTE' });
  const kosten = toWaarnemingLijst(invoer.waarnemingen).filter((w) => w.sheet === 'Kosten');
  // Every figure comes from the cell it names.
  for (const w of kosten) {
    const { row, column } = parseAddress(w.cell);
    const uitkomst = parseGetal(grid.values[row - 1][column - 1]);
    const gelezen = uitkomst.kind === 'getal' ? uitkomst.value : uitkomst.kind === 'nihil' ? 0 : NaN;
    expect(w.waarde).toBeCloseTo(gelezen * eenheid, 6);
  }
  return {
    waarnemingen: describeWaarnemingen(kosten, false),
    issues: invoer.issues.map((i) => i.code).sort(),
  };
}

describe('row order', () => {
  it('never changes the multiset of Waarnemingen (or of issue codes) in a wide sheet', () => {
    fc.assert(fc.property(metPermutatie(breedRegel), fc.constantFrom(1, 1000), ([rows, perm], eenheid) => {
      const kop = ['Taakveld', 'Kostensoort', 2019, 'Begroting 2020', 'JR2021'];
      expect(lees(kop, perm, eenheid)).toEqual(lees(kop, rows, eenheid));
    }), { numRuns: 150 });
  });

  it('never changes the multiset of Waarnemingen (or of issue codes) in a long sheet', () => {
    fc.assert(fc.property(metPermutatie(langRegel), ([rows, perm]) => {
      const kop = ['Taakveld', 'Jaar', 'Personeel', 'Materieel', 'Inhuur'];
      expect(lees(kop, perm, 1)).toEqual(lees(kop, rows, 1));
    }), { numRuns: 150 });
  });
});
