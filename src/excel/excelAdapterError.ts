/**
 * Every failure of Excel itself (not of the user's data) reaches the task pane as an
 * ExcelAdapterError: a Dutch message it can show as is, the Office error code, and the
 * original error as `cause`.
 */

export class ExcelAdapterError extends Error {
  /** Office.js error code, e.g. "ItemNotFound"; "Unknown" when the error had none. */
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExcelAdapterError';
    this.code = code;
  }
}

export const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

const MESSAGES: Record<string, string> = {
  [CELL_EDIT_MODE]:
    'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in het blad en probeer het opnieuw.',
  ItemNotFound: 'Een blad of tabel bestaat niet (meer). Controleer de bladnamen en probeer het opnieuw.',
  ItemAlreadyExists:
    'Er bestaat al een blad of tabel met deze naam. Probeer het opnieuw; de invoegtoepassing kiest dan een vrije naam.',
  AccessDenied:
    'Excel staat deze wijziging niet toe. Is de werkmap of het blad beveiligd? Hef de beveiliging op en probeer het opnieuw.',
  ApiNotFound:
    'Deze versie van Excel mist een functie die de invoegtoepassing nodig heeft (ExcelApi 1.9). Werk Office bij en probeer het opnieuw.',
  RequestPayloadSizeLimitExceeded:
    'De gegevens waren te groot voor één verzoek aan Excel. Probeer het opnieuw met minder taakvelden of jaren.',
  ResponsePayloadSizeLimitExceeded:
    'Het blad is te groot om in één keer te lezen. Maak het blad kleiner of verdeel de gegevens over meer bladen.',
  InsertDeleteConflict: 'Excel kon het blad niet aanpassen omdat er een tabel of samengevoegde cellen in de weg zitten. Verwijder die en probeer het opnieuw.',
  InvalidOperation: 'Excel kon deze bewerking nu niet uitvoeren. Sluit open dialoogvensters en probeer het opnieuw.',
};

/** The Office error code of any thrown value, "Unknown" when there is none. */
export function officeErrorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'Unknown';
}

/** Wraps anything Excel threw; an ExcelAdapterError passes through unchanged. */
export function toExcelAdapterError(error: unknown, action: string): ExcelAdapterError {
  if (error instanceof ExcelAdapterError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const message =
    MESSAGES[code] ??
    `Excel gaf een fout bij ${action}: ${detail}. Probeer het opnieuw; blijft het misgaan, sla de werkmap op en start Excel opnieuw.`;
  return new ExcelAdapterError(`${message} (${action}; code ${code})`, code, { cause: error });
}
