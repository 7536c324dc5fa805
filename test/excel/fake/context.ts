/// <reference types="office-js" />
/**
 * The fake request context: queues nothing (proxies apply their effects at once, in queue
 * order), but keeps what Excel enforces and what the tests measure: loaded properties are
 * readable only after a sync, an error surfaces at the next sync and voids the rest of that
 * batch, and every write is logged with the sync that sends it and its payload size.
 */
import type { FakeValue, SheetModel, WorkbookModel } from './model';
import { FakeOfficeError } from './model';

/** Compiles to `true` only when every public member of Fake also exists on Real. */
export type RealMembers<Real, Fake> = Exclude<keyof Fake, keyof Real> extends never ? true : Exclude<keyof Fake, keyof Real>;

export interface OpRecord {
  /** 1-based number of the sync that sends this op. */
  sync: number;
  kind: string;
  sheet: string;
  address: string;
  bytes: number;
  detail?: unknown;
}

/** Per-op envelope the fake adds to the data's JSON length. */
export const FAKE_OP_OVERHEAD = 100;

/** What one sync sent and received. */
export interface SyncRecord {
  ops: number;
  bytes: number;
  /** JSON length of the loaded data (cell grids and scalars; a loaded proxy counts FAKE_OP_OVERHEAD). */
  responseBytes: number;
  /** Code of the error this sync threw, if any (its loads were then not delivered). */
  error?: string;
}

/** Response bytes of a loaded value: grids and scalars by their JSON, proxies (sheets, tables) flat. */
function loadBytes(value: unknown): number {
  if (Array.isArray(value)) {
    if (value.every((row) => Array.isArray(row))) return Buffer.byteLength(JSON.stringify(value));
    return value.reduce((sum: number, item) => sum + loadBytes(item), 2);
  }
  if (value !== null && typeof value === 'object') return FAKE_OP_OVERHEAD;
  return Buffer.byteLength(JSON.stringify(value ?? null));
}

export class FakeContextCore {
  syncCount = 0;
  aborted = false;
  private pendingError: FakeOfficeError | null = null;
  private readonly loads: { publish: () => void; bytes: number }[] = [];
  private batchOps = 0;
  private batchBytes = 0;

  constructor(
    readonly model: WorkbookModel,
    readonly ops: OpRecord[],
    readonly syncLog: SyncRecord[],
    private readonly injected: { code: string; atSync: number } | null,
    readonly afterSync: () => void,
    /** Excel on the web refuses a response above 5 MB; Infinity = no limit (desktop). */
    private readonly maxResponseBytes = Infinity,
  ) {}

  /** Logs a write; false when the batch is already failed (the op is then not applied). */
  record(kind: string, sheet: SheetModel | null, address: string, payload: unknown, detail?: unknown): boolean {
    if (this.aborted) return false;
    const bytes = Buffer.byteLength(JSON.stringify(payload ?? null)) + FAKE_OP_OVERHEAD;
    this.ops.push({ sync: this.syncCount + 1, kind, sheet: sheet?.name ?? '', address, bytes, detail });
    this.batchOps += 1;
    this.batchBytes += bytes;
    return true;
  }

  fail(code: string, message: string): void {
    if (!this.aborted) this.pendingError = new FakeOfficeError(code, message);
    this.aborted = true;
  }

  /** Registers a snapshot of `value` to publish at the next sync. */
  queueLoad(publish: () => void, value: unknown): void {
    if (!this.aborted) this.loads.push({ publish, bytes: loadBytes(value) });
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const loads = this.loads.splice(0);
    const responseBytes = loads.reduce((sum, load) => sum + load.bytes, 0);
    const record: SyncRecord = { ops: this.batchOps, bytes: this.batchBytes, responseBytes };
    this.syncLog.push(record);
    this.batchOps = 0;
    this.batchBytes = 0;
    let error = this.pendingError;
    if (this.injected && this.injected.atSync === this.syncCount) {
      error = new FakeOfficeError(this.injected.code, `Gesimuleerde fout ${this.injected.code}`);
    } else if (!error && responseBytes > this.maxResponseBytes) {
      error = new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Antwoord van ${responseBytes} bytes is groter dan ${this.maxResponseBytes}`);
    }
    this.pendingError = null;
    this.aborted = false;
    if (error) {
      record.error = error.code;
      throw error;
    }
    for (const load of loads) load.publish();
    this.afterSync();
  }
}

/** Base of every proxy: load bookkeeping. */
export class LoadTracker {
  private readonly ready = new Map<string, unknown>();
  private readonly createdAt: number;

  constructor(protected readonly core: FakeContextCore) {
    this.createdAt = core.syncCount;
  }

  /** Snapshots `value` now (queue order) and makes it readable after the next sync. */
  protected snapshot(property: string, value: unknown): void {
    this.core.queueLoad(() => this.ready.set(property, value), value);
  }

  protected read<T>(property: string): T {
    if (!this.ready.has(property)) {
      throw new Error(`The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.ready.get(property) as T;
  }

  protected syncedSinceCreation(): boolean {
    return this.core.syncCount > this.createdAt;
  }
}

/** Splits "a,b/c" load arguments into property paths. */
export function loadPaths(argument: unknown): string[] {
  if (typeof argument === 'string') return argument.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(argument)) return argument.flatMap(loadPaths);
  return [];
}

export type CellGrid = FakeValue[][];
