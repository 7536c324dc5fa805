/**
 * The real pipeline through the fake Excel: template in, read back, scored by the core, result
 * sheets written, then a what-if with other weights.
 */
import { createExcelHost } from '../../src/excel';
import { charactersToPoints } from '../../src/excel/columnWidth';
import { fingerprintGrid, specToGrid } from '../../src/core/ownership';
import { runToets } from '../../src/core/runToets';
import { buildSheetSpecs } from '../../src/core/sheets';
import { buildTemplate } from '../../src/core/template';
import { FakeExcel } from './fakeExcel';

describe('template → read → score → write → what-if', () => {
  it('round-trips the example workbook within the sync budgets', async () => {
    const fake = new FakeExcel({});
    const host = createExcelHost({ excel: fake });
    const template = buildTemplate({ voorbeeld: true });
    const inserted = await host.insertSheets(template.map(({ role: _role, ...sheet }) => sheet));
    expect(inserted.written).toEqual(template.map((t) => t.name));

    const grids = await host.readSheets(inserted.written);
    const run = runToets(grids);
    expect(run.result.taakvelden.length).toBeGreaterThan(0);
    const specs = buildSheetSpecs(run);
    const report = await host.writeResults(specs);
    expect(report.syncs).toBeLessThanOrEqual(3);
    for (const spec of specs) expect(fingerprintGrid(fake.values(spec.name))).toBe(fingerprintGrid(specToGrid(spec)));
    expect(fake.model.sheets.flatMap((s) => [...s.cells.values()]).filter((c) => c.formula)).toEqual([]);

    const zwaar = runToets(grids, { instellingen: { gewichten: { K1: 1, K2: 5, K3: 1, K4: 1, K5: 1, K6: 1 } } });
    const next = buildSheetSpecs(zwaar);
    const update = await host.updateResults(specs, next);
    expect(update.syncs).toBeLessThanOrEqual(2);
    for (const spec of next) expect(fingerprintGrid(fake.values(spec.name))).toBe(fingerprintGrid(specToGrid(spec)));
    const widths = fake.sheet('Toets').columnWidths;
    next[0].columnWidths.forEach((w, c) => expect(widths.get(c)).toBe(charactersToPoints(w)));
  });
});
