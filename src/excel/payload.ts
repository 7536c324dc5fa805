/**
 * Request size budget. Excel on the web refuses a request above 5 MB; the adapter keeps each
 * `context.sync()` under 4 MB of queued payload so there is room for Office.js's own envelope.
 * Writes are queued as steps with an estimated size; steps are packed into as few syncs as
 * the budget allows, in order, so values still land before the formats that follow them.
 */

export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
/** A single values or formats write is cut into row slices of at most this size. */
export const STEP_LIMIT_BYTES = 1024 * 1024;
/** Envelope of one queued action (object path, ids, property name) in the request JSON. */
export const ACTION_OVERHEAD_BYTES = 200;

export interface QueuedStep {
  /** Estimated request bytes. */
  bytes: number;
  /** Queues the step's Office.js calls (no sync). */
  queue: () => void;
}

const encoder = new TextEncoder();

/** UTF-8 length of the JSON an argument becomes in the request, plus the action envelope. */
export function estimateBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length + ACTION_OVERHEAD_BYTES;
}

/** A step with a fixed, small estimate (formatting calls without array payload). */
export function smallStep(queue: () => void): QueuedStep {
  return { bytes: ACTION_OVERHEAD_BYTES, queue };
}

/**
 * Row slices [start, end) of a 2-D array such that each slice's JSON stays under `limit`.
 * A single row above the limit gets a slice of its own.
 */
export function sliceRows(rows: unknown[][], limit = STEP_LIMIT_BYTES): { start: number; end: number; bytes: number }[] {
  const slices: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = ACTION_OVERHEAD_BYTES;
  rows.forEach((row, i) => {
    const rowBytes = estimateBytes(row) - ACTION_OVERHEAD_BYTES + 1;
    if (i > start && bytes + rowBytes > limit) {
      slices.push({ start, end: i, bytes });
      start = i;
      bytes = ACTION_OVERHEAD_BYTES;
    }
    bytes += rowBytes;
  });
  if (rows.length > start) slices.push({ start, end: rows.length, bytes });
  return slices;
}

/** Greedy, order-keeping packing of steps into syncs of at most `budget` bytes each. */
export function packSteps(steps: QueuedStep[], budget = PAYLOAD_BUDGET_BYTES): QueuedStep[][] {
  const batches: QueuedStep[][] = [];
  let current: QueuedStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
