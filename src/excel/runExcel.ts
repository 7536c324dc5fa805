/// <reference types="office-js" />
/**
 * One `Excel.run` per operation, retried while the user is editing a cell (Excel refuses every
 * request then), with anything else turned into an ExcelAdapterError.
 */
import { AddressError } from '../core/cellAddress';
import { OwnershipError } from '../core/ownership';
import { StaleWriteMemoryError } from './readWrittenSheets';
import { CELL_EDIT_MODE, ExcelAdapterError, officeErrorCode, toExcelAdapterError } from './excelAdapterError';

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The part of the global `Excel` namespace the adapter calls; tests pass a fake. */
export interface ExcelApi {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  run<T>(object: OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T>;
}

export interface RunExcelOptions {
  /** Defaults to the global `Excel` that office.js defines inside Office. */
  excel?: ExcelApi;
  /** Attempts while Excel is in cell-edit mode (default 5). */
  attempts?: number;
  /** First wait in ms, doubled per retry (default 250: 250, 500, 1000, 2000). */
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The Excel API to use: the injected one, else the global that office.js defines. */
export function resolveExcel(options: RunExcelOptions): ExcelApi {
  if (options.excel) return options.excel;
  const global = (globalThis as { Excel?: ExcelApi }).Excel;
  if (!global) {
    throw new ExcelAdapterError(
      'Excel is niet beschikbaar: open de invoegtoepassing vanuit Excel (lint Start, knop Toets openen).',
      'ExcelNotAvailable',
    );
  }
  return global;
}

/**
 * Runs `batch` in its own `Excel.run`. Retries the whole batch (it restarts from its first
 * load) while Excel is in cell-edit mode; any other failure of Excel becomes an
 * ExcelAdapterError. AddressError and OwnershipError (misuse) pass through unchanged, and so
 * does StaleWriteMemoryError (the caller starts over).
 */
export async function runExcel<T>(options: RunExcelOptions, action: string, batch: ExcelBatch<T>): Promise<T> {
  const excel = resolveExcel(options);
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.retryDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await excel.run(batch);
    } catch (error) {
      // Misuse (a bad address or spec) is the caller's bug, not Excel's: it keeps its own error class.
      if (error instanceof AddressError || error instanceof OwnershipError || error instanceof StaleWriteMemoryError) throw error;
      if (officeErrorCode(error) !== CELL_EDIT_MODE || attempt >= attempts) {
        throw toExcelAdapterError(error, action);
      }
      await sleep(delay);
      delay *= 2;
    }
  }
}
