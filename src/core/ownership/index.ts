/** Which sheets the add-in owns, and how a run writes them: shared by the Excel and .xlsx adapters. */
export { OwnershipError } from './ownershipError';
export { anchorGrid, canonicalCell, fingerprintGrid, hashText, trimGrid } from './fingerprintGrid';
export { blockWidth, specToGrid } from './specToGrid';
export {
  META_CHUNK,
  META_HEADER,
  META_SHEET,
  buildOwnershipMetaGrid,
  mergeMetaGrid,
  readMetaEntries,
  readOwnershipMeta,
  replaceMetaRows,
  writeMetaEntries,
} from './metaSheet';
export type { MetaEntry, MetaKind, OwnedSheetRecord } from './metaSheet';
export {
  SHEET_NAME_MAX,
  backupNameCandidate,
  claimSheetName,
  cleanSheetName,
  isValidSheetName,
  ownedNameCandidate,
  withSuffix,
} from './sheetNames';
export {
  TABLE_NAME_MAX,
  backupTableNameCandidate,
  claimTableName,
  cleanTableName,
  isValidTableName,
  tableNameCandidate,
} from './tableNames';
export { planSheetWrites } from './planSheetWrites';
export type { SheetBackup, SheetWrite, SheetWriteInput, SheetWritePlan } from './planSheetWrites';
export { changedColumnWidths, diffSheetSpecs } from './diffSheetSpecs';
export type { CellChange } from './diffSheetSpecs';
