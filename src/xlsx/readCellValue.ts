/**
 * One exceljs cell as the core's `CellValue`, the way Office.js `range.values` gives it, so
 * both adapters hand the core the same grids.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/types';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date as ISO text: "2020-01-31" at midnight, else "2020-01-31T13:45:00". exceljs builds
 * dates from Excel serials in UTC, so the UTC fields are the ones the user typed.
 */
export function formatDateValue(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0) return day;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** Plain text of rich text runs. */
function richTextOf(value: Record<string, unknown>): string {
  const runs = value.richText;
  return Array.isArray(runs) ? runs.map((run) => (isRecord(run) ? String(run.text ?? '') : '')).join('') : '';
}

/**
 * Converts an exceljs value (not the cell): numbers, strings and booleans as they are;
 * formulas → their cached result (null when the file has none); error values → their text
 * ("#N/A"); rich text and hyperlinks → plain text; dates → ISO text.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return formatDateValue(value);
  if (!isRecord(value)) return null;
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result);
  if ('richText' in value) return richTextOf(value);
  if ('hyperlink' in value || 'text' in value) {
    const text = value.text;
    return isRecord(text) ? richTextOf(text) : toCellValue(text);
  }
  return null;
}

/**
 * The value of a cell. A merged area's slave cells read as null, as in Excel (exceljs itself
 * repeats the master's value there); the core gives a blank taakveld under a filled one to
 * the one above, so merged taakveld cells still work.
 */
export function readCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return toCellValue(cell.value);
}
