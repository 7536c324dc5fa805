import {
  backupNameCandidate,
  claimSheetName,
  claimTableName,
  cleanSheetName,
  cleanTableName,
  isValidSheetName,
  isValidTableName,
  ownedNameCandidate,
  tableNameCandidate,
} from '../../../src/core/ownership';

describe('sheet names', () => {
  it('knows Excel limits', () => {
    expect(isValidSheetName('Toets (bewerkt 2)')).toBe(true);
    expect(isValidSheetName('x'.repeat(31))).toBe(true);
    expect(isValidSheetName('x'.repeat(32))).toBe(false);
    for (const bad of ['a[b', 'a]b', 'a:b', 'a*b', 'a?b', 'a/b', 'a\\b', "'a", "a'", '', 'History', 'history']) {
      expect(isValidSheetName(bad)).toBe(false);
    }
  });

  it('cleans names', () => {
    expect(cleanSheetName('Kosten/FTE: 2020?')).toBe('Kosten-FTE- 2020-');
    expect(cleanSheetName("'Toets'")).toBe('Toets');
    expect(cleanSheetName('x'.repeat(40))).toHaveLength(31);
    expect(cleanSheetName('')).toBe('Blad');
  });

  it('numbers and cuts candidates within 31 characters, case-insensitively unique', () => {
    const taken = new Set(['toets', 'toets (2)']);
    expect(claimSheetName(taken, ownedNameCandidate('Toets'))).toBe('Toets (3)');
    expect(claimSheetName(taken, backupNameCandidate('Toets'))).toBe('Toets (bewerkt)');
    expect(claimSheetName(taken, backupNameCandidate('Toets'))).toBe('Toets (bewerkt 2)');
    const longBase = 'Samenwerking met andere partij';
    const name = claimSheetName(new Set([longBase.toLowerCase()]), ownedNameCandidate(longBase));
    expect(name).toBe('Samenwerking met andere par (2)');
    expect(name).toHaveLength(31);
    const backup = claimSheetName(new Set(), backupNameCandidate('x'.repeat(31)));
    expect(backup).toBe(`${'x'.repeat(21)} (bewerkt)`);
    expect(backup).toHaveLength(31);
  });
});

describe('table names', () => {
  it('knows Excel limits', () => {
    expect(isValidTableName('Toets_Tabel')).toBe(true);
    expect(isValidTableName('_x.y')).toBe(true);
    for (const bad of ['A1', 'XFD1048576', 'R1C1', 'R', 'c', 'r12', '1abc', 'met spatie', 'a-b', '']) {
      expect(isValidTableName(bad)).toBe(false);
    }
    expect(isValidTableName('XFE1')).toBe(true);
  });

  it('cleans and numbers', () => {
    expect(cleanTableName('Nul-lijn 2021')).toBe('Nul_lijn_2021');
    expect(cleanTableName('2021')).toBe('_2021');
    expect(cleanTableName('AB12')).toBe('AB12_');
    const taken = new Set(['toets']);
    expect(claimTableName(taken, tableNameCandidate('Toets'))).toBe('Toets_2');
    expect(claimTableName(taken, tableNameCandidate('TOETS'))).toBe('TOETS_3');
  });
});
