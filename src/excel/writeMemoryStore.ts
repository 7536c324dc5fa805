/**
 * Keeps what the task pane last wrote (see readWrittenSheets) beyond a reload of the pane, in
 * the browser storage of the Office client, per workbook. It is a plan for reading, never a
 * source of truth: whatever it says, the run reads the sheets' current values and falls back
 * when they do not match (a sheet gone, cells beyond the written area). So a missing, foreign or
 * damaged entry costs at most a sync, never a wrong backup; and storage that refuses (disabled,
 * full, private mode) simply means no memory.
 */
import type { WrittenSheet } from './readWrittenSheets';

export interface WriteMemoryStore {
  load(): WrittenSheet[] | null;
  save(sheets: WrittenSheet[]): void;
}

/** The part of the Web Storage API the store uses. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'samenwerkingstoets:geschreven:';

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** The entry as WrittenSheet[], or null when it is not exactly that shape. */
export function parseWrittenSheets(text: string | null): WrittenSheet[] | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const sheets = data.filter(
    (d): d is WrittenSheet =>
      typeof d === 'object' && d !== null &&
      typeof (d as WrittenSheet).name === 'string' && (d as WrittenSheet).name !== '' &&
      isCount((d as WrittenSheet).rows) && isCount((d as WrittenSheet).columns) && isCount((d as WrittenSheet).bytes),
  );
  return sheets.length === data.length && sheets.length > 0 ? sheets.map(({ name, rows, columns, bytes }) => ({ name, rows, columns, bytes })) : null;
}

/**
 * A store under `documentKey` (the workbook's URL) in `storage`; undefined when either is
 * missing, e.g. a new workbook that was never saved has no URL to tell it from another.
 */
export function createWriteMemoryStore(storage: (() => KeyValueStorage) | undefined, documentKey: string | undefined): WriteMemoryStore | undefined {
  if (!storage || !documentKey) return undefined;
  const key = PREFIX + documentKey;
  // Storage may throw on access (SecurityError when the client blocks it, QuotaExceededError):
  // a hint that cannot be kept is simply not kept.
  const attempt = <T>(f: (s: KeyValueStorage) => T, otherwise: T): T => {
    try {
      return f(storage());
    } catch {
      return otherwise;
    }
  };
  return {
    load: () => attempt((s) => parseWrittenSheets(s.getItem(key)), null),
    save: (sheets) => attempt((s) => s.setItem(key, JSON.stringify(sheets)), undefined),
  };
}
