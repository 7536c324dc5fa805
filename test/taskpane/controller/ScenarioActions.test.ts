import type { SheetSpec } from '../../../src/core/sheetSpec';
import { setGewicht } from '../../../src/taskpane/controller/editInstellingen';
import { TaskPaneController } from '../../../src/taskpane/controller/TaskPaneController';
import { FakeHost } from '../fakeHost';

// Each run scores ten taakvelden with 2,000 weight draws; a shared 2-core machine can be slow.
jest.setTimeout(30000);

async function started(host: FakeHost): Promise<TaskPaneController> {
  const controller = new TaskPaneController(host, { liveDebounceMs: 10, saveDebounceMs: 5 });
  await controller.init();
  return controller;
}

describe('ScenarioActions', () => {
  it('saves the current settings by name in the workbook, replacing a scenario of the same name', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    controller.wijzigInstellingen(setGewicht({}, 'K2', 3));
    await controller.scenarios.bewaar('  Kosten zwaar ');
    controller.wijzigInstellingen(setGewicht({}, 'K2', 4));
    await controller.scenarios.bewaar('kosten ZWAAR');
    expect(host.scenarios).toHaveLength(1);
    expect(host.scenarios[0]).toMatchObject({ naam: 'kosten ZWAAR', instellingen: { gewichten: { K2: 4 } } });
    expect(Number.isNaN(Date.parse(host.scenarios[0].opgeslagen))).toBe(false);
    expect(controller.getState().melding).toEqual({ soort: 'scenarioBewaard', naam: 'kosten ZWAAR' });
  });

  it('ignores an empty name', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.scenarios.bewaar('   ');
    expect(host.callsOf('saveScenarios')).toHaveLength(0);
  });

  it('loads stored scenarios and applies one as the pane settings', async () => {
    const host = FakeHost.withVoorbeeld();
    host.scenarios = [{ naam: 'Raad', instellingen: { gewichten: { K1: 5 } as never }, opgeslagen: '2024-01-01T00:00:00.000Z' }];
    const controller = await started(host);
    expect(controller.getState().scenarios.map((s) => s.naam)).toEqual(['Raad']);
    controller.scenarios.pasToe('raad');
    expect(controller.getState().paneel).toEqual({ gewichten: { K1: 5 } });
    expect(controller.getState().melding).toEqual({ soort: 'scenarioToegepast', naam: 'Raad' });
  });

  it('deletes a scenario from the workbook', async () => {
    const host = FakeHost.withVoorbeeld();
    host.scenarios = [
      { naam: 'A', instellingen: {}, opgeslagen: '' },
      { naam: 'B', instellingen: {}, opgeslagen: '' },
    ];
    const controller = await started(host);
    await controller.scenarios.verwijder('A');
    expect(host.scenarios.map((s) => s.naam)).toEqual(['B']);
    expect(controller.getState().scenarios.map((s) => s.naam)).toEqual(['B']);
  });

  it('compares two scenarios in the owned scenarios sheet and shows it', async () => {
    const host = FakeHost.withVoorbeeld();
    host.scenarios = [
      { naam: 'Standaard', instellingen: {}, opgeslagen: '' },
      { naam: 'Kwaliteit', instellingen: { gewichten: { K1: 2 } as never }, opgeslagen: '' },
    ];
    const controller = await started(host);
    await controller.voerUit();
    await controller.scenarios.vergelijk('Standaard', 'Kwaliteit');
    const [spec] = host.callsOf('writeResults')[1].args[0] as SheetSpec[];
    expect(spec.key).toBe('scenarios');
    const rij = spec.blocks[0].rows.find((r) => r[0] === 'Facilitaire Zaken');
    expect([rij?.[1], rij?.[3]]).toEqual(['Positief', 'Neutraal']);
    expect(host.callsOf('selectCell').at(-1)?.args).toEqual([spec.name, 'A1']);
    expect(controller.getState().melding).toEqual({ soort: 'vergeleken', blad: spec.name });
  });

  it('reports a failing save as a host error', async () => {
    const host = FakeHost.withVoorbeeld();
    host.failures.saveScenarios = new Error('Werkboek is alleen-lezen.');
    const controller = await started(host);
    await controller.scenarios.bewaar('A');
    expect(controller.getState().melding).toEqual({ soort: 'hostFout', actie: 'scenarios', bericht: 'Werkboek is alleen-lezen.' });
    expect(controller.getState().scenarios).toEqual([]);
  });
});
