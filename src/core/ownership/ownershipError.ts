/** Misuse of the ownership helpers (a bad spec or plan input): thrown, never returned as an Issue. */
export class OwnershipError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OwnershipError';
  }
}
