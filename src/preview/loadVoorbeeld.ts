/**
 * The example workbook for "Voorbeeld laden": the bundled examples/voorbeeld.xlsx served next
 * to the page, read through the exceljs adapter. When the page is served without it (a dev
 * setup that does not copy examples/), the same example is built from the core's template.
 */
import ExcelJS from 'exceljs';
import { buildTemplate } from '../core/template';
import { loadWorkbook } from '../xlsx/loadWorkbook';
import { renderInputSheets } from '../xlsx/renderInputSheets';

export const VOORBEELD_URL = 'voorbeeld.xlsx';

/** The example template as a fresh workbook, without any file. */
export function buildVoorbeeldWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  renderInputSheets(workbook, buildTemplate({ voorbeeld: true }));
  return workbook;
}

/** Fetches `url` relative to the page; falls back to the template when it is not served. */
export async function loadVoorbeeld(fetcher: typeof fetch = fetch, url = VOORBEELD_URL): Promise<ExcelJS.Workbook> {
  let response: Response | null = null;
  try {
    response = await fetcher(url, { cache: 'no-store' });
  } catch {
    response = null;
  }
  if (!response || !response.ok) return buildVoorbeeldWorkbook();
  return loadWorkbook(await response.arrayBuffer());
}
