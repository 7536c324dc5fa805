import { specToGrid } from '../../../src/core/ownership';
import { OwnershipError } from '../../../src/core/ownership';
import { makeSpec, TOETS_ROWS } from './specFixture';

describe('specToGrid', () => {
  it('places title lines and the block from A1 with nulls elsewhere', () => {
    const grid = specToGrid(makeSpec('toets', 'Toets', TOETS_ROWS));
    expect(grid).toEqual([
      ['Toets — samenwerkingstoets', null, null],
      ['Peiljaar 2021', null, null],
      [null, null, null],
      ['Taakveld', 'Totaal', 'Oordeel'],
      ['0.4 Overhead', 0.5, 'Positief'],
      ['7.2 Riolering', -1.25, 'Negatief'],
      ['8.3 Wonen en bouwen', null, 'Onvoldoende gegevens'],
    ]);
  });

  it('trims trailing empty rows and columns', () => {
    const spec = makeSpec('toets', 'Toets', [['A', null, null], [null, null, null]]);
    spec.blocks[0].header = ['Taakveld'];
    spec.blocks[0].rows = [['A'], [null]];
    const grid = specToGrid(spec);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 1)).toBe(true);
    expect(grid[4]).toEqual(['A']);
  });

  it('pads short data rows to the header width', () => {
    const grid = specToGrid(makeSpec('toets', 'Toets', [['X'], ['Y', 1, 'Z']]));
    expect(grid[4]).toEqual(['X', null, null]);
  });

  it('refuses overlapping parts and rows wider than the header', () => {
    const overlap = makeSpec('toets', 'Toets', TOETS_ROWS);
    overlap.lines.push({ row: 3, column: 1, text: 'in de weg', style: 'note' });
    expect(() => specToGrid(overlap)).toThrow(OwnershipError);
    expect(() => specToGrid(makeSpec('toets', 'Toets', [['a', 1, 'b', 'te veel']]))).toThrow(/4 cellen, de kop 3/);
  });

  it('refuses empty and repeated headers, which Excel would rename', () => {
    const empty = makeSpec('toets', 'Toets', TOETS_ROWS);
    empty.blocks[0].header = ['Taakveld', ' ', 'Oordeel'];
    expect(() => specToGrid(empty)).toThrow(/kolom 2 van ToetsTabel heeft geen kop/);
    const twice = makeSpec('toets', 'Toets', TOETS_ROWS);
    twice.blocks[0].header = ['Taakveld', 'Oordeel', 'oordeel'];
    expect(() => specToGrid(twice)).toThrow(/staat twee keer/);
  });
});
