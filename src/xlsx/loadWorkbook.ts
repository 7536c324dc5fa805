/**
 * Reading and writing whole workbooks in memory. No file IO here, so the same code runs in
 * a browser bundle: the CLI reads and writes the bytes.
 */
import ExcelJS from 'exceljs';
import { XlsxReadError, XlsxWriteError } from './xlsxErrors';

/** An OLE compound file (the old binary .xls format) starts with these bytes. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/** A zip archive, which every .xlsx is, starts with "PK". */
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Loads an .xlsx workbook from its bytes. Throws `XlsxReadError` (Dutch message, original
 * error as cause) for anything that is not a readable workbook with at least one sheet.
 */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new XlsxReadError('Dit is een oud Excel-bestand (.xls) of een beveiligd werkboek; sla het in Excel op als .xlsx zonder wachtwoord.');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new XlsxReadError('Dit is geen Excel-werkboek (.xlsx); kies een bestand dat in Excel is opgeslagen als .xlsx.');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings ask for a Node Buffer; at run time it takes any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw new XlsxReadError('Het Excel-werkboek is beschadigd en kan niet worden gelezen; open het in Excel en sla het opnieuw op.', { cause });
  }
  if (workbook.worksheets.length === 0) {
    throw new XlsxReadError('Het werkboek bevat geen werkbladen (of is geen .xlsx-werkboek); controleer het bestand.');
  }
  return workbook;
}

/** Serialises a workbook to .xlsx bytes; throws `XlsxWriteError` when exceljs fails. */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  } catch (cause) {
    throw new XlsxWriteError('Het werkboek kon niet als .xlsx worden opgeslagen.', { cause });
  }
}
