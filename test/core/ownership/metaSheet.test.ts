import {
  META_CHUNK,
  META_HEADER,
  buildOwnershipMetaGrid,
  mergeMetaGrid,
  readMetaEntries,
  readOwnershipMeta,
  writeMetaEntries,
} from '../../../src/core/ownership';
import type { OwnedSheetRecord } from '../../../src/core/ownership';

const records: OwnedSheetRecord[] = [
  { sheet: 'Toets', key: 'toets', fingerprint: 'fnv1a-0000abcd', writtenAt: '2024-05-01T10:00:00.000Z' },
  { sheet: 'Nul-lijn (2)', key: 'nulLijn', fingerprint: 'fnv1a-12345678', writtenAt: '2024-05-01T10:00:00.000Z' },
];

describe('meta sheet', () => {
  it('builds a header and one row per record, and reads it back', () => {
    const grid = buildOwnershipMetaGrid(records);
    expect(grid[0]).toEqual([...META_HEADER, '', '']);
    expect(grid[1]).toEqual(['blad', 'toets', 'Toets', 'fnv1a-0000abcd', '2024-05-01T10:00:00.000Z']);
    expect(readOwnershipMeta(grid)).toEqual(records);
  });

  it('reads nothing from a missing or empty sheet and skips malformed rows', () => {
    expect(readOwnershipMeta(null)).toEqual([]);
    expect(readOwnershipMeta([])).toEqual([]);
    const grid = [['type', 'sleutel', 'waarde'], ['blad', 'onbekend', 'X', 'f', 't'], ['blad', 'toets', '', 'f', 't'], [null, null]];
    expect(readOwnershipMeta(grid)).toEqual([]);
  });

  it('reads numbers a host made of text cells as text', () => {
    const grid = [['blad', 'controle', 2024, 12345678, 45413]];
    expect(readOwnershipMeta(grid)).toEqual([{ sheet: '2024', key: 'controle', fingerprint: '12345678', writtenAt: '45413' }]);
  });

  it('keeps settings, scenarios and unknown rows when the records are rewritten', () => {
    let grid = buildOwnershipMetaGrid(records);
    grid = writeMetaEntries(grid, 'instellingen', [{ key: 'instellingen', value: '{"seed":7}' }]);
    grid = writeMetaEntries(grid, 'scenario', [
      { key: 'Basis', value: '{"naam":"Basis"}' },
      { key: 'Kosten zwaar', value: '{"naam":"Kosten zwaar"}' },
    ]);
    grid = [...grid, ['toekomst', 'x', 'y', '', '']];
    const merged = mergeMetaGrid(grid, [records[0]]);
    expect(readOwnershipMeta(merged)).toEqual([records[0]]);
    expect(readMetaEntries(merged, 'instellingen')).toEqual([{ key: 'instellingen', value: '{"seed":7}' }]);
    expect(readMetaEntries(merged, 'scenario').map((e) => e.key)).toEqual(['Basis', 'Kosten zwaar']);
    expect(merged.map((row) => row[0])).toEqual(['type', 'blad', 'instellingen', 'scenario', 'scenario', 'toekomst']);
    expect(merged.every((row) => row.length === merged[0].length)).toBe(true);
  });

  it('replaces all entries of one kind and splits long JSON over cells', () => {
    const long = JSON.stringify({ tekst: 'x'.repeat(META_CHUNK * 2) });
    let grid = writeMetaEntries(null, 'scenario', [{ key: 'Oud', value: '{}' }]);
    grid = writeMetaEntries(grid, 'scenario', [{ key: 'Lang', value: long }]);
    const row = grid.find((r) => r[1] === 'Lang');
    expect(row?.slice(2).every((cell) => String(cell).length <= META_CHUNK)).toBe(true);
    expect(row?.length).toBe(5);
    expect(readMetaEntries(grid, 'scenario')).toEqual([{ key: 'Lang', value: long }]);
  });
});
