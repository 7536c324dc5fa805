/** Failures of the .xlsx adapter: thrown (adapter/host failures), never returned as Issues. */

/** The data is not a readable .xlsx workbook (not a zip, an old .xls, corrupt, no sheets). */
export class XlsxReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XlsxReadError';
  }
}

/** A spec the adapter cannot write faithfully, or exceljs failing to produce the file. */
export class XlsxWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XlsxWriteError';
  }
}
