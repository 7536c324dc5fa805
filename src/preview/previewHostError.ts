/** Misuse of the in-memory host (a sheet that does not exist), thrown like the Excel adapter's errors. */
export class PreviewHostError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PreviewHostError';
  }
}
