import fc from 'fast-check';
import { fingerprintGrid, planSheetWrites, specToGrid, OwnershipError } from '../../../src/core/ownership';
import type { OwnedSheetRecord, SheetWriteInput } from '../../../src/core/ownership';
import { makeSpec, TOETS_ROWS } from './specFixture';

const AT = '2024-05-01T10:00:00.000Z';
const toets = makeSpec('toets', 'Toets', TOETS_ROWS, 'Toets');
const controle = makeSpec('controle', 'Controle', [['Kosten', 'B4', 'fout']], 'Controle');
const fpToets = fingerprintGrid(specToGrid(toets));

function input(partial: Partial<SheetWriteInput>): SheetWriteInput {
  return { sheetNames: [], meta: [], currentFingerprints: {}, specs: [toets], writtenAt: AT, ...partial };
}
const owned = (sheet: string, fingerprint = fpToets): OwnedSheetRecord => ({ sheet, key: 'toets', fingerprint, writtenAt: 'eerder' });

describe('planSheetWrites', () => {
  it('writes new sheets under the spec name in an empty workbook and records them', () => {
    const plan = planSheetWrites(input({ sheetNames: ['Kosten', 'FTE'], specs: [toets, controle] }));
    expect(plan.writes.map((w) => [w.sheet, w.exists, w.tableNames])).toEqual([
      ['Toets', false, ['Toets']],
      ['Controle', false, ['Controle']],
    ]);
    expect(plan.backups).toEqual([]);
    expect(plan.meta).toEqual([
      { sheet: 'Toets', key: 'toets', fingerprint: fpToets, writtenAt: AT },
      { sheet: 'Controle', key: 'controle', fingerprint: fingerprintGrid(specToGrid(controle)), writtenAt: AT },
    ]);
  });

  it('never touches a user sheet called "toets": output goes to "Toets (2)"', () => {
    const plan = planSheetWrites(input({ sheetNames: ['toets', 'Toets (2)x'], currentFingerprints: { toets: 'fnv1a-11111111' } }));
    expect(plan.writes).toHaveLength(1);
    expect(plan.writes[0]).toMatchObject({ sheet: 'Toets (2)', exists: false });
    expect(plan.backups).toEqual([]);
  });

  it('rewrites an unedited owned sheet in place, keeping its "(2)" name', () => {
    const plan = planSheetWrites(
      input({ sheetNames: ['Toets', 'Toets (2)'], meta: [owned('Toets (2)')], currentFingerprints: { 'Toets (2)': fpToets } }),
    );
    expect(plan.writes[0]).toMatchObject({ sheet: 'Toets (2)', exists: true });
    expect(plan.backups).toEqual([]);
    expect(plan.meta).toEqual([{ sheet: 'Toets (2)', key: 'toets', fingerprint: fpToets, writtenAt: AT }]);
  });

  it('backs up an edited owned sheet with its tables renamed, and writes a fresh sheet', () => {
    const plan = planSheetWrites(
      input({
        sheetNames: ['Toets', 'Toets (bewerkt)'],
        meta: [owned('Toets')],
        currentFingerprints: { Toets: 'fnv1a-deadbeef' },
        tableNames: ['Toets', 'Toets_bewerkt'],
        sheetTables: { Toets: ['Toets'], 'Toets (bewerkt)': ['Toets_bewerkt'] },
      }),
    );
    expect(plan.backups).toEqual([
      { sheet: 'Toets', backupName: 'Toets (bewerkt 2)', tableRenames: [{ from: 'Toets', to: 'Toets_bewerkt2' }] },
    ]);
    expect(plan.writes[0]).toMatchObject({ sheet: 'Toets', exists: false, tableNames: ['Toets'] });
    expect(plan.meta.map((r) => r.sheet)).toEqual(['Toets']);
  });

  it('treats an owned sheet without a current fingerprint as edited (safe side)', () => {
    const plan = planSheetWrites(input({ sheetNames: ['Toets'], meta: [owned('Toets')] }));
    expect(plan.backups.map((b) => b.backupName)).toEqual(['Toets (bewerkt)']);
  });

  it('drops records of deleted sheets, and keeps owned sheets a run does not produce', () => {
    const benchmark: OwnedSheetRecord = { sheet: 'Benchmark', key: 'benchmark', fingerprint: 'fnv1a-1', writtenAt: 'x' };
    const plan = planSheetWrites(
      input({ sheetNames: ['Benchmark', 'Invoer'], meta: [owned('Toets'), benchmark], currentFingerprints: {} }),
    );
    expect(plan.writes[0]).toMatchObject({ sheet: 'Toets', exists: false });
    expect(plan.backups).toEqual([]);
    expect(plan.meta.map((r) => r.key)).toEqual(['toets', 'benchmark']);
  });

  it('matches owned sheets case-insensitively, as Excel does', () => {
    const plan = planSheetWrites(input({ sheetNames: ['TOETS'], meta: [owned('Toets')], currentFingerprints: { TOETS: fpToets } }));
    expect(plan.writes[0]).toMatchObject({ sheet: 'TOETS', exists: true });
  });

  it('gives new tables names no other table or defined name has, and reuses names of replaced tables', () => {
    const plan = planSheetWrites(
      input({
        sheetNames: ['Toets', 'Invoer'],
        specs: [toets, controle],
        meta: [owned('Toets')],
        currentFingerprints: { Toets: fpToets },
        tableNames: ['controle', 'Controle_2'],
        sheetTables: { Toets: ['Toets'], Invoer: ['Controle'] },
      }),
    );
    expect(plan.writes.map((w) => w.tableNames)).toEqual([['Toets'], ['Controle_3']]);
  });

  it('refuses two specs with one key', () => {
    expect(() => planSheetWrites(input({ specs: [toets, toets] }))).toThrow(OwnershipError);
  });

  it('never targets, renames or backs up a sheet it does not own (property)', () => {
    const name = fc.constantFrom('Toets', 'toets', 'TOETS', 'Toets (2)', 'Toets (bewerkt)', 'Controle', 'Kosten', 'Controle (2)');
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
        fc.array(fc.record({ sheet: name, key: fc.constantFrom('toets' as const, 'controle' as const), fingerprint: fc.constantFrom(fpToets, 'fnv1a-x'), writtenAt: fc.constant('x') })),
        fc.dictionary(name, fc.constantFrom(fpToets, 'fnv1a-x')),
        (sheetNames, meta, currentFingerprints) => {
          const plan = planSheetWrites(input({ sheetNames, meta, currentFingerprints, specs: [toets, controle] }));
          const existing = new Set(sheetNames.map((s) => s.toLowerCase()));
          const ownedSheets = new Set(meta.map((r) => r.sheet.toLowerCase()).filter((s) => existing.has(s)));
          const backedUp = new Set(plan.backups.map((b) => b.sheet.toLowerCase()));
          for (const b of plan.backups) {
            expect(ownedSheets.has(b.sheet.toLowerCase())).toBe(true);
            expect(existing.has(b.backupName.toLowerCase())).toBe(false);
          }
          for (const w of plan.writes) {
            const target = w.sheet.toLowerCase();
            if (existing.has(target)) expect(ownedSheets.has(target)).toBe(true);
            if (!w.exists && existing.has(target)) expect(backedUp.has(target)).toBe(true);
            expect(w.sheet.length).toBeLessThanOrEqual(31);
          }
          const targets = [...plan.writes.map((w) => w.sheet), ...plan.backups.map((b) => b.backupName)].map((s) => s.toLowerCase());
          expect(new Set(targets).size).toBe(targets.length);
        },
      ),
    );
  });
});
