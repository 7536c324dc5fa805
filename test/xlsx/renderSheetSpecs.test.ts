import ExcelJS from 'exceljs';
import { META_SHEET, readOwnershipMeta } from '../../src/core/ownership';
import { readGrids, readSheetValues, renderSheetSpecs, saveWorkbook } from '../../src/xlsx';
import { addWideKosten, makeSpec, roundTrip, sheetXml } from './fixtures';

const WHEN = '2024-05-01T10:00:00.000Z';

interface CfModel { ref: string; rules: { type: string; operator?: string; formulae?: string[]; iconSet?: string; cfvo?: { type: string; value?: number }[] }[] }
const cfOf = (ws: ExcelJS.Worksheet): CfModel[] => (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings;
const tablesOf = (ws: ExcelJS.Worksheet): Record<string, { model: { name: string; tableRef: string; style: { theme: string; showRowStripes: boolean } } }> =>
  (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string; style: { theme: string; showRowStripes: boolean } } }> }).tables;

async function scoredWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  addWideKosten(wb);
  renderSheetSpecs(wb, [makeSpec()], { writtenAt: WHEN });
  return roundTrip(wb);
}

describe('renderSheetSpecs', () => {
  it('writes titles, the block as a striped Excel table, formats, widths, frozen header and tab colour', async () => {
    const wb = await scoredWorkbook();
    const ws = wb.getWorksheet('Toets')!;
    expect(readSheetValues(ws).slice(0, 5)).toEqual([
      ['Toets — samenwerkingstoets', null, null, null, null, null, null],
      ['Nul-lijn 2018–2020 · peiljaar 2024', null, null, null, null, null, null],
      ['=SOM(A1) is hier gewoon tekst', null, null, null, null, null, null],
      ['Taakveld', 'K1', 'K2', 'Totaal', 'Oordeel', 'Dekking', 'Toelichting'],
      ['Communicatie', 1, 2, 1.5, 'Positief', 1, '=1+1'],
    ]);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A3').font).toMatchObject({ italic: true, color: { argb: 'FF7F7F7F' } });
    const table = tablesOf(ws).Toets_Tabel.model;
    expect(table.tableRef).toBe('A4:G7');
    expect(table.style).toMatchObject({ theme: 'TableStyleMedium2', showRowStripes: true });
    expect(ws.getCell('A4').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(ws.getCell('A4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF4472C4' } });
    expect([ws.getCell('A4').alignment.horizontal, ws.getCell('D4').alignment.horizontal]).toEqual(['left', 'right']);
    expect(ws.getCell('B5').numFmt).toBe('+0.0;-0.0;0');
    expect(ws.getCell('D7').numFmt).toBe('+0.00;-0.00;0');
    expect(ws.getCell('F6').numFmt).toBe('0%');
    expect(ws.getCell('G6').alignment).toMatchObject({ wrapText: true });
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getColumn(7).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4, topLeftCell: 'B5' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  });

  it('writes every kind of conditional format into the file', async () => {
    const ws = (await scoredWorkbook()).getWorksheet('Toets')!;
    const cf = cfOf(ws).map((c) => [c.ref, c.rules[0].type, c.rules[0].operator ?? c.rules[0].iconSet ?? null]);
    expect(cf).toEqual([
      ['B5:C7', 'iconSet', '5Arrows'],
      ['D5:D7', 'colorScale', null],
      ['E5:E7', 'cellIs', 'equal'],
      ['E5:E7', 'expression', null],
      ['E5:E7', 'expression', null],
      ['F5:F7', 'dataBar', null],
      ['D5:D7', 'cellIs', 'lessThanOrEqual'],
      ['D5:D7', 'cellIs', 'between'],
      ['B5:B7', 'colorScale', null],
    ]);
    const rules = cfOf(ws).map((c) => c.rules[0]);
    expect(rules[0].cfvo).toEqual([{ type: 'percent', value: 0 }, { type: 'num', value: -1.5 }, { type: 'num', value: -0.5 },
      { type: 'num', value: 0.5 }, { type: 'num', value: 1.5 }]);
    expect(rules[1].cfvo).toEqual([{ type: 'num', value: -2 }, { type: 'num', value: 0 }, { type: 'num', value: 2 }]);
    expect(rules[2].formulae).toEqual(['"Positief"']);
    expect(rules[3].formulae).toEqual(['NOT(ISERROR(SEARCH("Onvoldoende ""gegevens""",E5)))']);
    expect(rules[4].formulae).toEqual(['LEFT(E5,3)="Neg"']);
    expect(rules[5].cfvo).toEqual([{ type: 'num', value: 0 }, { type: 'num', value: 1 }]);
    expect(rules[5]).toMatchObject({ gradient: false, color: { argb: 'FF638EC6' } });
    expect(rules[7].formulae).toEqual(['-0.5', '0.5']);
    expect(rules[8].cfvo).toEqual([{ type: 'min' }, { type: 'percentile', value: 90 }]);
  });

  it('writes the data bar as Excel 2010 does: the base rule points to its x14 extension', async () => {
    const wb = new ExcelJS.Workbook();
    renderSheetSpecs(wb, [makeSpec()], { writtenAt: WHEN });
    const xml = await sheetXml(await saveWorkbook(wb), 'Toets');
    const id = /<cfRule type="dataBar"[^>]*>.*?<x14:id>(\{[0-9A-F-]{36}\})<\/x14:id>/.exec(xml);
    expect(id).not.toBeNull();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id![1]}">`);
    expect(xml).toMatch(/<x14:dataBar minLength="0" maxLength="100"[^>]*gradient="0"/);
    expect(xml).toMatch(/<xm:sqref>F5:F7<\/xm:sqref>/);
  });

  it('sets up printing one page wide in landscape, with the table header repeated', async () => {
    const ws = (await scoredWorkbook()).getWorksheet('Toets')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
  });

  it('merges a long note over the table width and gives wrapped rows room', async () => {
    const wb = new ExcelJS.Workbook();
    const spec = makeSpec();
    spec.lines[2] = { row: 2, column: 0, text: 'Een lange toelichting die niet in kolom A past. '.repeat(4), style: 'note' };
    spec.blocks[0].rows[0][6] = 'Lange tekst die over meerdere regels loopt in een kolom van veertig tekens breed.';
    renderSheetSpecs(wb, [spec], { writtenAt: WHEN });
    const ws = (await roundTrip(wb)).getWorksheet('Toets')!;
    expect((ws as unknown as { model: { merges: string[] } }).model.merges).toContain('A3:G3');
    expect(ws.getCell('A3').alignment).toMatchObject({ wrapText: true });
    expect(ws.getRow(3).height).toBeGreaterThan(15);
    // 82 characters in a column 40 wide (about 44 a line at 11 pt): two lines of 15 pt.
    expect(ws.getRow(5).height).toBe(32);
    expect(ws.getCell('A5').alignment).toMatchObject({ vertical: 'top' });
    expect(readSheetValues(ws)[2][0]).toBe(spec.lines[2].text);
  });

  it('keeps text that starts with =, +, - or @ as text: no formula in the sheet XML', async () => {
    const wb = new ExcelJS.Workbook();
    renderSheetSpecs(wb, [makeSpec()], { writtenAt: WHEN });
    const bytes = await saveWorkbook(wb);
    const xml = await sheetXml(bytes, 'Toets');
    expect(xml).not.toMatch(/<f[ >]/);
    const ws = (await roundTrip(wb)).getWorksheet('Toets')!;
    expect([ws.getCell('G5').value, ws.getCell('G6').value, ws.getCell('G7').value, ws.getCell('A3').value])
      .toEqual(['=1+1', '+5% duurder', '-3 fte; @team', '=SOM(A1) is hier gewoon tekst']);
    expect([ws.getCell('G5').type, ws.getCell('G6').type]).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
  });

  it('records the owned sheets in a veryHidden meta sheet', async () => {
    const wb = await scoredWorkbook();
    const meta = wb.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    const records = readOwnershipMeta(readSheetValues(meta));
    expect(records).toEqual([{ key: 'toets', sheet: 'Toets', fingerprint: expect.stringMatching(/^fnv1a-[0-9a-f]{8}$/), writtenAt: WHEN }]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kosten', 'Toets', META_SHEET]);
  });

  it('never touches a user sheet named Toets: the output goes to "Toets (2)"', async () => {
    const wb = new ExcelJS.Workbook();
    const eigen = wb.addWorksheet('Toets');
    eigen.getCell('A1').value = 'Mijn eigen toets';
    eigen.getCell('B2').value = 42;
    const report = renderSheetSpecs(wb, [makeSpec()], { writtenAt: WHEN });
    expect(report.written).toEqual(['Toets (2)']);
    const back = await roundTrip(wb);
    expect(readSheetValues(back.getWorksheet('Toets')!)).toEqual([['Mijn eigen toets', null], [null, 42]]);
    expect(back.getWorksheet('Toets (2)')!.getCell('A4').value).toBe('Taakveld');
  });

  it('replaces an unedited owned sheet in place on a re-run, reusing its table name', async () => {
    const wb = await scoredWorkbook();
    const next = makeSpec();
    next.blocks[0].rows = [['Communicatie', 2, 2, 2, 'Positief', 1, 'nieuw']];
    const report = renderSheetSpecs(wb, [next], { writtenAt: '2024-06-01T00:00:00.000Z' });
    expect(report).toMatchObject({ written: ['Toets'], backups: [], syncs: 0 });
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Kosten', 'Toets', META_SHEET]);
    const ws = back.getWorksheet('Toets')!;
    expect(readSheetValues(ws)[4]).toEqual(['Communicatie', 2, 2, 2, 'Positief', 1, 'nieuw']);
    expect(readSheetValues(ws)).toHaveLength(5);
    expect(Object.keys(tablesOf(ws))).toEqual(['Toets_Tabel']);
    expect(tablesOf(ws).Toets_Tabel.model.tableRef).toBe('A4:G5');
  });

  it('backs up an owned sheet the user edited before writing the new one', async () => {
    const wb = await scoredWorkbook();
    wb.getWorksheet('Toets')!.getCell('D5').value = 99;
    const report = renderSheetSpecs(wb, [makeSpec()], { writtenAt: WHEN });
    expect(report.backups).toEqual([{ sheet: 'Toets', backupName: 'Toets (bewerkt)' }]);
    expect(report.written).toEqual(['Toets']);
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Kosten', 'Toets', 'Toets (bewerkt)', META_SHEET]);
    expect(back.getWorksheet('Toets (bewerkt)')!.getCell('D5').value).toBe(99);
    expect(back.getWorksheet('Toets')!.getCell('D5').value).toBe(1.5);
    expect(Object.keys(tablesOf(back.getWorksheet('Toets (bewerkt)')!))).toEqual(['Toets_Tabel_bewerkt']);
    expect(Object.keys(tablesOf(back.getWorksheet('Toets')!))).toEqual(['Toets_Tabel']);
    expect(readOwnershipMeta(readSheetValues(back.getWorksheet(META_SHEET)!)).map((r) => r.sheet)).toEqual(['Toets']);
  });

  it('leaves the input sheets with exactly the values they had', async () => {
    const wb = new ExcelJS.Workbook();
    addWideKosten(wb);
    const input = await roundTrip(wb);
    const before = readGrids(input);
    renderSheetSpecs(input, [makeSpec(), makeSpec('Controle', 'controle', 'Controle_Tabel')], { writtenAt: WHEN });
    const after = readGrids(await roundTrip(input));
    expect(after.map((g) => g.name)).toEqual(['Kosten', 'Toets', 'Controle']);
    expect(after.filter((g) => g.name === 'Kosten')).toEqual(before);
  });

  it('writes an empty block as a table with one blank row', async () => {
    const wb = new ExcelJS.Workbook();
    const spec = makeSpec();
    spec.blocks[0].rows = [];
    renderSheetSpecs(wb, [spec], { writtenAt: WHEN });
    const back = await roundTrip(wb);
    expect(tablesOf(back.getWorksheet('Toets')!).Toets_Tabel.model.tableRef).toBe('A4:G5');
    expect(readSheetValues(back.getWorksheet('Toets')!)).toHaveLength(4);
  });

  it('refuses a spec Excel could not store faithfully, before touching the workbook', () => {
    const wb = new ExcelJS.Workbook();
    const dubbel = makeSpec();
    dubbel.blocks[0].header = ['Blad', 'Blad', 'Cel', 'Code', 'Ernst', 'Melding', 'X'];
    expect(() => renderSheetSpecs(wb, [dubbel], { writtenAt: WHEN })).toThrow(expect.objectContaining({ name: 'OwnershipError' }));
    expect(wb.worksheets).toHaveLength(0);
    const oneindig = makeSpec();
    oneindig.blocks[0].rows[0][1] = Number.POSITIVE_INFINITY;
    expect(() => renderSheetSpecs(wb, [oneindig], { writtenAt: WHEN })).toThrow(expect.objectContaining({ name: 'XlsxWriteError' }));
    expect(wb.worksheets).toHaveLength(0);
  });
});
