import { runToets, rescoreInvoer } from '../../src/core/runToets';
import { buildSheetSpecs } from '../../src/core/sheets';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { createPreviewHost } from '../../src/preview/createPreviewHost';
import type { PreviewEvent } from '../../src/preview/createPreviewHost';
import { buildVoorbeeldWorkbook } from '../../src/preview/loadVoorbeeld';
import { buildScenarioSheet } from '../../src/taskpane/scenarios/buildScenarioSheet';
import { loadWorkbook, saveWorkbook } from '../../src/xlsx/loadWorkbook';

// Each run scores ten taakvelden with 2,000 weight draws; a shared 2-core machine can be slow.
jest.setTimeout(30000);

const NOW = (): Date => new Date('2024-05-01T10:00:00.000Z');

async function scored() {
  const host = createPreviewHost(buildVoorbeeldWorkbook(), { now: NOW });
  const names = (await host.listSheets()).map((s) => s.name);
  const grids = await host.readSheets(names);
  const run = runToets(grids);
  const specs = buildSheetSpecs(run);
  const report = await host.writeResults(specs);
  return { host, run, specs, report };
}

function oordeelCell(host: ReturnType<typeof createPreviewHost>, taakveld: string): unknown {
  const ws = host.workbook.getWorksheet('Toets');
  const kolom = (host.getSpec('Toets')?.blocks[0].header.indexOf('Oordeel') ?? -1) + 1;
  let gevonden: unknown;
  ws?.eachRow((row) => {
    if (row.getCell(1).value === taakveld) gevonden = row.getCell(kolom).value;
  });
  return gevonden;
}

describe('createPreviewHost', () => {
  it('lists the example\'s input sheets as not owned, and the result sheets as owned after a run', async () => {
    const { host, report } = await scored();
    const bladen = await host.listSheets();
    const owned = bladen.filter((b) => b.owned).map((b) => b.name);
    expect(owned).toEqual(report.written);
    expect(bladen.find((b) => b.name === 'Kosten')).toMatchObject({ owned: false, tables: ['Invoer_Kosten'] });
    expect(bladen.some((b) => b.name === '_Samenwerkingstoets')).toBe(false);
    expect(host.listVisibleSheets()).toEqual(bladen.map((b) => b.name));
  });

  it('writes the result sheets through the exceljs adapter, keeping their specs for the grid', async () => {
    const { host, specs } = await scored();
    expect(oordeelCell(host, 'Facilitaire Zaken')).toBe('Positief');
    expect(host.getSpec('toets')?.blocks[0].tableName).toBe(specs[0].blocks[0].tableName);
    expect(host.isOwned('Toets')).toBe(true);
    expect(host.isOwned('Kosten')).toBe(false);
  });

  it('updates only the changed cells of a what-if', async () => {
    const { host, run, specs } = await scored();
    const next = buildSheetSpecs(rescoreInvoer(run.analyse.invoer, { gewichten: { K1: 2 } as never }));
    const report = await host.updateResults(specs, next);
    expect(report.written).toContain('Toets');
    expect(report.cellsWritten).toBeGreaterThan(0);
    expect(report.cellsWritten).toBeLessThan(200);
    expect(oordeelCell(host, 'Facilitaire Zaken')).toBe('Neutraal');
    // Widths follow the content even in a cell update.
    const toets = next.find((s) => s.key === 'toets') as SheetSpec;
    expect(host.workbook.getWorksheet('Toets')?.getColumn(12).width).toBe(toets.columnWidths[11]);
    // The sheet still counts as the add-in's own: the next update is again a cell update.
    const terug = await host.updateResults(next, specs);
    expect(terug.backups).toEqual([]);
    expect(oordeelCell(host, 'Facilitaire Zaken')).toBe('Positief');
  });

  it('backs up a result sheet the user edited instead of overwriting it', async () => {
    const { host, run, specs } = await scored();
    const toets = host.workbook.getWorksheet('Toets');
    if (!toets) throw new Error('geen Toets');
    toets.getCell('A1').value = 'Mijn eigen titel';
    const next = buildSheetSpecs(rescoreInvoer(run.analyse.invoer, { gewichten: { K1: 2 } as never }));
    const report = await host.updateResults(specs, next);
    expect(report.backups).toEqual([{ sheet: 'Toets', backupName: expect.stringMatching(/^Toets \(/) }]);
  });

  it('tells watchers about a user edit of an input sheet, not about its own writes', async () => {
    const { host, run } = await scored();
    const gezien: string[] = [];
    const stop = await host.watchSheets(['Kosten'], (blad) => gezien.push(blad));
    await host.writeResults(buildSheetSpecs(run));
    host.editCell('Kosten', 'C6', 123);
    host.editCell('FTE', 'D5', 4);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(gezien).toEqual(['Kosten']);
    expect((await host.readSheets(['Kosten']))[0].values[5][2]).toBe(123);
    stop();
    host.editCell('Kosten', 'C6', 124);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(gezien).toEqual(['Kosten']);
  });

  it('refuses to edit a result sheet or read a sheet that does not exist', async () => {
    const { host } = await scored();
    expect(() => host.editCell('Toets', 'A5', 'x')).toThrow(/resultaatblad/);
    await expect(host.readSheets(['Bestaat niet'])).rejects.toMatchObject({ name: 'PreviewHostError' });
  });

  it('reports selectCell and every change to subscribers', async () => {
    const host = createPreviewHost(buildVoorbeeldWorkbook());
    const events: PreviewEvent[] = [];
    host.subscribe((e) => events.push(e));
    await host.selectCell('kosten', 'B7');
    host.editCell('Kosten', 'C6', 1);
    expect(events).toEqual([{ type: 'select', sheet: 'Kosten', cell: 'B7' }, { type: 'changed' }]);
  });

  it('stores settings and scenarios in the meta sheet, where they survive saving the file', async () => {
    const { host, run } = await scored();
    await host.saveInstellingen({ gewichten: { K2: 3 } as never });
    await host.saveScenarios([{ naam: 'Raad', instellingen: { gewichten: { K1: 2 } as never }, opgeslagen: '2024-05-01' }]);
    const scenarioSpec: SheetSpec = buildScenarioSheet({ naam: 'A', run }, { naam: 'B', run });
    await host.writeResults([scenarioSpec]);
    const opnieuw = createPreviewHost(await loadWorkbook(await saveWorkbook(host.workbook)));
    expect(await opnieuw.loadInstellingen()).toEqual({ gewichten: { K2: 3 } });
    expect((await opnieuw.loadScenarios()).map((s) => s.naam)).toEqual(['Raad']);
    const owned = (await opnieuw.listSheets()).filter((b) => b.owned).map((b) => b.name);
    expect(owned).toContain('Toets');
    expect(owned).toContain(scenarioSpec.name);
  });

  it('inserts the template only where no sheet of that name exists', async () => {
    const host = createPreviewHost(buildVoorbeeldWorkbook());
    const report = await host.insertSheets([{ ...buildSheetSpecs(runToets([]))[0], name: 'Kosten' }, { ...buildSheetSpecs(runToets([]))[0], name: 'Nieuw' }]);
    expect(report.written).toEqual(['Nieuw']);
  });
});
