/**
 * Decides, without touching a host, which sheets a full run writes, which user-edited owned
 * sheets are kept as backups, and which table names the new tables get. Both adapters carry
 * out the plan; a user's sheet is never written, renamed or deleted.
 */
import type { OwnedSheetKey, SheetSpec } from '../sheetSpec';
import { fingerprintGrid } from './fingerprintGrid';
import type { OwnedSheetRecord } from './metaSheet';
import { META_SHEET } from './metaSheet';
import { OwnershipError } from './ownershipError';
import { backupNameCandidate, claimSheetName, cleanSheetName, ownedNameCandidate } from './sheetNames';
import { specToGrid } from './specToGrid';
import { backupTableNameCandidate, claimTableName, tableNameCandidate } from './tableNames';

export interface SheetWriteInput {
  /** Every sheet of the workbook, hidden ones included. */
  sheetNames: string[];
  /** What the meta sheet says the add-in owns. */
  meta: OwnedSheetRecord[];
  /** Fingerprint of the current values of (at least) every owned sheet, by sheet name. */
  currentFingerprints: Record<string, string>;
  specs: SheetSpec[];
  writtenAt: string;
  /** Every table name (and defined name) in the workbook: new tables must not reuse one. */
  tableNames?: string[];
  /** Table names per sheet; lets the plan reuse names of tables it replaces and rename a backup's tables. */
  sheetTables?: Record<string, string[]>;
}

export interface SheetWrite {
  spec: SheetSpec;
  sheet: string;
  /** True: clear and rewrite this existing owned sheet. False: add a new sheet named `sheet`. */
  exists: boolean;
  /** Final Excel table name per block of `spec.blocks`. */
  tableNames: string[];
}

export interface SheetBackup {
  sheet: string;
  backupName: string;
  /** Its tables get new names, so the rewritten sheet can use the original ones. */
  tableRenames: { from: string; to: string }[];
}

export interface SheetWritePlan {
  /** In the order of `specs`. */
  writes: SheetWrite[];
  /** Carry these out (rename) before any write. */
  backups: SheetBackup[];
  /** The records to store after the writes. */
  meta: OwnedSheetRecord[];
}

/** Plans a full run; throws OwnershipError on two specs with one key. */
export function planSheetWrites(input: SheetWriteInput): SheetWritePlan {
  const actual = new Map(input.sheetNames.map((name) => [name.toLowerCase(), name]));
  const taken = new Set([...input.sheetNames, META_SHEET].map((name) => name.toLowerCase()));
  const live = new Map<OwnedSheetKey, OwnedSheetRecord>();
  for (const record of input.meta) {
    const sheet = actual.get(record.sheet.toLowerCase());
    const claimed = [...live.values()].some((r) => r.sheet === sheet);
    if (sheet !== undefined && sheet !== META_SHEET && !live.has(record.key) && !claimed) {
      live.set(record.key, { ...record, sheet });
    }
  }
  const keys = new Set<OwnedSheetKey>();
  for (const spec of input.specs) {
    if (keys.has(spec.key)) throw new OwnershipError(`Twee bladen met dezelfde sleutel "${spec.key}".`);
    keys.add(spec.key);
  }

  const tablesOf = tableLookup(input.sheetTables ?? {});
  const tableTaken = new Set(
    [...(input.tableNames ?? []), ...Object.values(input.sheetTables ?? {}).flat()].map((t) => t.toLowerCase()),
  );
  const backups: SheetBackup[] = [];
  const targets: { spec: SheetSpec; sheet: string; exists: boolean }[] = [];
  for (const spec of input.specs) {
    const record = live.get(spec.key);
    if (!record) {
      targets.push({ spec, sheet: claimSheetName(taken, ownedNameCandidate(cleanSheetName(spec.name))), exists: false });
      continue;
    }
    const current = fingerprintOf(input.currentFingerprints, record.sheet);
    // Our old tables go away either way: deleted on rewrite, renamed on backup.
    for (const table of tablesOf(record.sheet)) tableTaken.delete(table.toLowerCase());
    if (current !== undefined && current === record.fingerprint) {
      targets.push({ spec, sheet: record.sheet, exists: true });
    } else {
      const backupName = claimSheetName(taken, backupNameCandidate(record.sheet));
      backups.push({ sheet: record.sheet, backupName, tableRenames: [] });
      targets.push({ spec, sheet: record.sheet, exists: false });
    }
  }
  for (const backup of backups) {
    backup.tableRenames = tablesOf(backup.sheet).map((from) => ({
      from,
      to: claimTableName(tableTaken, backupTableNameCandidate(from)),
    }));
  }
  const writes = targets.map((t) => ({
    ...t,
    tableNames: t.spec.blocks.map((block) => claimTableName(tableTaken, tableNameCandidate(block.tableName))),
  }));
  const kept = [...live.values()].filter((record) => !keys.has(record.key));
  const meta: OwnedSheetRecord[] = [
    ...writes.map((w) => ({
      sheet: w.sheet,
      key: w.spec.key,
      fingerprint: fingerprintGrid(specToGrid(w.spec)),
      writtenAt: input.writtenAt,
    })),
    ...kept,
  ];
  return { writes, backups, meta };
}

/** Fingerprint by sheet name, exact first, then without regard to case as Excel compares names. */
function fingerprintOf(fingerprints: Record<string, string>, sheet: string): string | undefined {
  if (sheet in fingerprints) return fingerprints[sheet];
  const match = Object.keys(fingerprints).find((name) => name.toLowerCase() === sheet.toLowerCase());
  return match === undefined ? undefined : fingerprints[match];
}

function tableLookup(sheetTables: Record<string, string[]>): (sheet: string) => string[] {
  const bySheet = new Map<string, string[]>();
  for (const [sheet, tables] of Object.entries(sheetTables)) {
    bySheet.set(sheet.toLowerCase(), [...(bySheet.get(sheet.toLowerCase()) ?? []), ...tables]);
  }
  return (sheet) => bySheet.get(sheet.toLowerCase()) ?? [];
}
