import { changedColumnWidths, diffSheetSpecs } from '../../../src/core/ownership';
import { makeSpec, TOETS_ROWS } from './specFixture';

describe('diffSheetSpecs', () => {
  const before = [makeSpec('toets', 'Toets', TOETS_ROWS), makeSpec('controle', 'Controle', [['a', 1, 'b']])];

  it('finds exactly the changed cells with their sheet position and format', () => {
    const next = [
      makeSpec('toets', 'Toets', [['0.4 Overhead', 0.5, 'Positief'], ['7.2 Riolering', -0.25, 'Neutraal'], ['8.3 Wonen en bouwen', 1, 'Onvoldoende gegevens']]),
      makeSpec('controle', 'Controle', [['a', 1, 'b']]),
    ];
    next[0].lines[1] = { ...next[0].lines[1], text: 'Peiljaar 2022' };
    expect(diffSheetSpecs(before, next)).toEqual([
      { key: 'toets', row: 1, column: 0, value: 'Peiljaar 2022', previous: 'Peiljaar 2021', format: null },
      { key: 'toets', row: 5, column: 1, value: -0.25, previous: -1.25, format: '+0.0;-0.0;0' },
      { key: 'toets', row: 5, column: 2, value: 'Neutraal', previous: 'Negatief', format: null },
      { key: 'toets', row: 6, column: 1, value: 1, previous: null, format: '+0.0;-0.0;0' },
    ]);
  });

  it('returns no changes for equal specs, and sees a value becoming empty', () => {
    expect(diffSheetSpecs(before, before)).toEqual([]);
    const emptied = [makeSpec('toets', 'Toets', [['0.4 Overhead', null, 'Positief'], ...TOETS_ROWS.slice(1)]), before[1]];
    expect(diffSheetSpecs(before, emptied)).toEqual([{ key: 'toets', row: 4, column: 1, value: null, previous: 0.5, format: '+0.0;-0.0;0' }]);
  });

  it('asks for a full write when the layout changes', () => {
    expect(diffSheetSpecs(before, [before[0]])).toBeNull();
    expect(diffSheetSpecs(before, [before[0], makeSpec('benchmark', 'Benchmark', [['a', 1, 'b']])])).toBeNull();
    expect(diffSheetSpecs(before, [makeSpec('toets', 'Toets', TOETS_ROWS.slice(0, 2)), before[1]])).toBeNull();
    const header = makeSpec('toets', 'Toets', TOETS_ROWS);
    header.blocks[0].header = ['Taakveld', 'Score', 'Oordeel'];
    expect(diffSheetSpecs(before, [header, before[1]])).toBeNull();
    const rule = makeSpec('toets', 'Toets', TOETS_ROWS);
    rule.blocks[0].conditionalFormats = [];
    expect(diffSheetSpecs(before, [rule, before[1]])).toBeNull();
  });

  it('lets column widths move with the values, and names the sheets whose widths changed', () => {
    const wider = [makeSpec('toets', 'Toets', TOETS_ROWS), before[1]];
    wider[0].columnWidths = [30, 14, 20];
    expect(diffSheetSpecs(before, wider)).toEqual([]);
    expect(changedColumnWidths(before, wider)).toEqual(['toets']);
    expect(changedColumnWidths(before, before)).toEqual([]);
  });
});
