/** The real pipeline on the example workbook: input untouched, re-runs stable, a user edit backed up. */
import { runToets } from '../../src/core/runToets';
import { buildSheetSpecs } from '../../src/core/sheets';
import { buildTemplate } from '../../src/core/template';
import ExcelJS from 'exceljs';
import { readGrids, renderInputSheets, renderSheetSpecs } from '../../src/xlsx';
import { roundTrip } from './fixtures';

const INVOER = ['Toelichting', 'Kosten', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen'];

async function exampleWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  renderInputSheets(wb, buildTemplate({ voorbeeld: true }));
  return roundTrip(wb);
}

function score(wb: ExcelJS.Workbook, writtenAt: string) {
  return renderSheetSpecs(wb, buildSheetSpecs(runToets(readGrids(wb))), { writtenAt });
}



describe('scoring the example workbook with exceljs', () => {
  it('leaves every input sheet with exactly the values it had', async () => {
    const wb = await exampleWorkbook();
    const before = readGrids(wb);
    const report = score(wb, '2024-05-01T10:00:00.000Z');
    expect(report.written).toEqual(['Toets', 'Nul-lijn', 'Benchmarkvergelijking', 'Paragraaf', 'Controle']);
    const after = readGrids(await roundTrip(wb));
    expect(after.filter((g) => INVOER.includes(g.name))).toEqual(before);
    expect(after.map((g) => g.name)).toEqual([...INVOER, ...report.written]);
  });

  it('replaces its own sheets on a re-run of the written file, without backups', async () => {
    const wb = await exampleWorkbook();
    score(wb, '2024-05-01T10:00:00.000Z');
    const again = await roundTrip(wb);
    const report = score(again, '2024-06-01T10:00:00.000Z');
    expect(report.backups).toEqual([]);
    expect(report.written).toEqual(['Toets', 'Nul-lijn', 'Benchmarkvergelijking', 'Paragraaf', 'Controle']);
    expect((await roundTrip(again)).worksheets.map((w) => w.name)).toEqual([...INVOER, ...report.written, '_Samenwerkingstoets']);
  });

  it('the Toelichting names every result sheet by the name it gets', async () => {
    const wb = await exampleWorkbook();
    const report = score(wb, '2024-05-01T10:00:00.000Z');
    const uitvoer = buildTemplate({ voorbeeld: true })[0].blocks[0].rows.find((r) => r[0] === 'Uitvoer')![2] as string;
    for (const name of report.written) expect(uitvoer).toContain(name);
  });

  it('keeps a hand-edited Paragraaf as a backup before writing the new one', async () => {
    const wb = await exampleWorkbook();
    score(wb, '2024-05-01T10:00:00.000Z');
    const edited = await roundTrip(wb);
    edited.getWorksheet('Paragraaf')!.getCell('C5').value = 'Onze eigen tekst voor de raad.';
    const report = score(edited, '2024-06-01T10:00:00.000Z');
    expect(report.backups).toEqual([{ sheet: 'Paragraaf', backupName: 'Paragraaf (bewerkt)' }]);
    const back = await roundTrip(edited);
    expect(back.getWorksheet('Paragraaf (bewerkt)')!.getCell('C5').value).toBe('Onze eigen tekst voor de raad.');
    expect(String(back.getWorksheet('Paragraaf')!.getCell('C5').value)).toMatch(/^Burgerzaken \(zelfstandig\)/);
  });
});
