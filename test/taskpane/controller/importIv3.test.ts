import { readFileSync } from 'fs';
import { join } from 'path';
import type { SheetSpec } from '../../../src/core/sheetSpec';
import { TaskPaneController } from '../../../src/taskpane/controller/TaskPaneController';
import { FakeHost } from '../fakeHost';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'iv3');
const bestand = (naam: string) => ({ naam, tekst: readFileSync(join(FIXTURES, naam), 'utf8') });

async function started(host: FakeHost): Promise<TaskPaneController> {
  const controller = new TaskPaneController(host, { liveDebounceMs: 10, saveDebounceMs: 5 });
  await controller.init();
  return controller;
}

describe('leesIv3In', () => {
  it('builds Heemstede\'s input sheets from CBS files and proposes them for the roles', async () => {
    const host = new FakeHost([{ name: 'Blad1', values: [] }]);
    const controller = await started(host);
    await controller.leesIv3In([bestand('2023_jaarrekening.csv'), bestand('lasten-per-taakveld-2017-2026.csv')], 'heemstede');
    const ingevoegd = host.callsOf('insertSheets')[0].args[0] as Omit<SheetSpec, 'key'>[];
    expect(ingevoegd.map((s) => s.name)).toEqual(expect.arrayContaining(['Kosten', 'Taakvelden', 'Benchmark']));
    const state = controller.getState();
    expect(state.rollen.kosten).toBe('Kosten');
    expect(state.melding).toMatchObject({ soort: 'iv3', gemeente: 'Heemstede', bladen: ingevoegd.map((s) => s.name) });
    expect(state.layouts.kosten).not.toBeNull();
  });

  it('shows the import\'s own message for a file that is not Iv3', async () => {
    const host = new FakeHost([{ name: 'Blad1', values: [] }]);
    const controller = await started(host);
    await controller.leesIv3In([bestand('benchmark-heemstede-2017.csv')], 'Heemstede');
    const melding = controller.getState().melding;
    expect(melding).toMatchObject({ soort: 'iv3Fout' });
    expect(melding && 'bericht' in melding ? melding.bericht : '').toMatch(/^"benchmark-heemstede-2017\.csv" is geen Iv3-bestand van CBS/);
    expect(host.callsOf('insertSheets')).toHaveLength(0);
  });

  it('suggests close names for a municipality the files do not know', async () => {
    const host = new FakeHost([{ name: 'Blad1', values: [] }]);
    const controller = await started(host);
    await controller.leesIv3In([bestand('2023_jaarrekening.csv')], 'Heemstee');
    const melding = controller.getState().melding;
    expect(melding).toMatchObject({ soort: 'iv3Fout' });
    expect(melding && 'bericht' in melding ? melding.bericht : '').toContain('Heemstede');
  });
});
