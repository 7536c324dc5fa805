/**
 * Counts `context.sync()` calls for the WriteReport and the budgets of design section 11.
 * Callers write `counter.count += 1; await context.sync();` so the office-addins lint rules
 * still see every sync where it happens.
 */
export interface SyncCounter {
  count: number;
}

export function createSyncCounter(): SyncCounter {
  return { count: 0 };
}
