/** What stops the command line, each with the exit code it ends with and a one-line Dutch message. */

/** The command line itself is wrong (unknown command or option, missing file name). Exit 2. */
export class CliUsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliUsageError';
  }
}

/** The input could not be read, or the output not written. Exit 2. */
export class CliInputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliInputError';
  }
}

export const EXIT_OK = 0;
/** The run finished, but produced issues of severity error. */
export const EXIT_ISSUES = 1;
/** Nothing could be scored: the input was unreadable, a required sheet missing, or the command line wrong. */
export const EXIT_INPUT = 2;
