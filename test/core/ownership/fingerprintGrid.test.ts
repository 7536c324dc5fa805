import { anchorGrid, canonicalCell, fingerprintGrid, hashText, specToGrid } from '../../../src/core/ownership';
import { makeSpec, TOETS_ROWS } from './specFixture';

describe('fingerprintGrid', () => {
  it('hashes with FNV-1a 32 bit', () => {
    // Reference values of FNV-1a 32: "" = offset basis, "a" = e40c292c.
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('a')).toBe('e40c292c');
    expect(hashText('foobar')).toBe('bf9cf968');
  });

  it('is prefixed so a host never reads it as a number', () => {
    expect(fingerprintGrid([[1]])).toMatch(/^fnv1a-[0-9a-f]{8}$/);
  });

  it('ignores what hosts change on their own', () => {
    const written = specToGrid(makeSpec('toets', 'Toets', TOETS_ROWS));
    // What Excel returns: empty cells as "", a wider used range, a header number as text.
    const readBack = written.map((row) => [...row.map((v) => (v === null ? '' : v)), '']);
    readBack.push(['', '', '', '']);
    expect(fingerprintGrid(readBack)).toBe(fingerprintGrid(written));
    expect(fingerprintGrid([['2019', 1]])).toBe(fingerprintGrid([[2019, '1']]));
  });

  it('sees a changed value, a moved value and a new cell', () => {
    const base = fingerprintGrid([['a', 1], ['b', 2]]);
    expect(fingerprintGrid([['a', 1], ['b', 3]])).not.toBe(base);
    expect(fingerprintGrid([['a', 1, 'b', 2]])).not.toBe(base);
    expect(fingerprintGrid([['a', 1], ['b', 2], [null, 'x']])).not.toBe(base);
    expect(fingerprintGrid([['a', 1], ['b', 2]])).toBe(base);
  });

  it('keeps 15 significant digits, as Excel does', () => {
    expect(canonicalCell(0.1 + 0.2)).toBe('0.3');
    expect(canonicalCell(1234567.891)).toBe('1234567.891');
    expect(canonicalCell(true)).toBe('true');
    expect(canonicalCell(null)).toBe('');
  });

  it('anchors a used range that does not start at A1', () => {
    expect(anchorGrid([['x']], { row: 2, column: 1 })).toEqual([[], [], [null, 'x']]);
    expect(fingerprintGrid(anchorGrid([['x']], { row: 2, column: 1 }))).toBe(fingerprintGrid([[], [], [null, 'x']]));
    expect(fingerprintGrid(anchorGrid([['x']], { row: 2, column: 1 }))).not.toBe(fingerprintGrid([['x']]));
  });
});
