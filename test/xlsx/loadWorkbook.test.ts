import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, saveWorkbook, XlsxReadError } from '../../src/xlsx';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function expectReadError(data: Uint8Array | ArrayBuffer, message: RegExp): Promise<XlsxReadError> {
  const error = await loadWorkbook(data).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(XlsxReadError);
  expect((error as XlsxReadError).name).toBe('XlsxReadError');
  expect((error as XlsxReadError).message).toMatch(message);
  return error as XlsxReadError;
}

describe('loadWorkbook', () => {
  it('loads an .xlsx from a Uint8Array and from an ArrayBuffer', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Kosten').getCell('A1').value = 'Taakveld';
    const data = await saveWorkbook(wb);
    expect((await loadWorkbook(data)).getWorksheet('Kosten')?.getCell('A1').value).toBe('Taakveld');
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    expect((await loadWorkbook(buffer)).worksheets.map((w) => w.name)).toEqual(['Kosten']);
  });

  it('refuses text renamed to .xlsx with a Dutch message', async () => {
    await expectReadError(bytes('Taakveld;Jaar\nCommunicatie;2018\n'), /geen Excel-werkboek \(\.xlsx\)/);
  });

  it('recognises an old .xls file', async () => {
    await expectReadError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /oud Excel-bestand \(\.xls\)/);
  });

  it('refuses a corrupt zip and keeps the cause', async () => {
    const error = await expectReadError(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]), /beschadigd/);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('refuses a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'geen werkboek');
    const data = await zip.generateAsync({ type: 'uint8array' });
    await expectReadError(data, /beschadigd|geen werkbladen/);
  });
});
