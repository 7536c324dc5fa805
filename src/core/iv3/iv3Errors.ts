/** Errors of the Iv3 import: a file that is not Iv3, or a municipality the files do not know. */

/** The text is not one of the Iv3 layouts (or cannot be told apart); the message says which file and why. */
export class Iv3FormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Iv3FormatError';
  }
}

/** A municipality name or GM code that matches none (or more than one) in the files. */
export class Iv3GemeenteError extends Error {
  readonly suggesties: string[];

  constructor(message: string, suggesties: string[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Iv3GemeenteError';
    this.suggesties = suggesties;
  }
}
