import type { SheetSpec } from '../../../src/core/sheetSpec';
import { specToGrid } from '../../../src/core/ownership';
import { setDrempels, setGewicht } from '../../../src/taskpane/controller/editInstellingen';
import { TaskPaneController } from '../../../src/taskpane/controller/TaskPaneController';
import { FakeHost } from '../fakeHost';

// Each run scores ten taakvelden with 2,000 weight draws; a shared 2-core machine can be slow.
jest.setTimeout(30000);

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The Oordeel a Toets spec gives one taakveld. */
function oordeelIn(specs: SheetSpec[], taakveld: string): unknown {
  const toets = specs.find((s) => s.key === 'toets') as SheetSpec;
  const block = toets.blocks[0];
  const kolom = block.header.indexOf('Oordeel');
  return block.rows.find((row) => row[0] === taakveld)?.[kolom];
}

async function started(host: FakeHost): Promise<TaskPaneController> {
  const controller = new TaskPaneController(host, { liveDebounceMs: 20, saveDebounceMs: 10 });
  await controller.init();
  return controller;
}

describe('TaskPaneController', () => {
  it('proposes a sheet per role and detects the wide Kosten layout of the example', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    const state = controller.getState();
    expect(state.status).toBe('gereed');
    expect(state.rollen).toEqual({
      kosten: 'Kosten', fte: 'FTE', taakvelden: 'Taakvelden', indicatoren: 'Indicatoren', benchmark: 'Benchmark', instellingen: 'Instellingen',
    });
    expect(state.layouts.kosten?.layout).toBe('breed');
    expect(state.layouts.kosten?.eenheid).toBe(1000);
    expect(state.layouts.kosten?.headerRow).toBe(4);
    expect(state.layouts.kosten?.jaren.map((j) => j.jaar)).toEqual([2018, 2019, 2020, 2020, 2021, 2022, 2023, 2024]);
    expect(host.calls.map((c) => c.method)).toEqual(['listSheets', 'readSheets', 'loadInstellingen', 'loadScenarios']);
  });

  it('runs in three stages, writes the five result sheets and summarises ten taakvelden', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    const stappen: (string | null)[] = [];
    controller.subscribe(() => {
      const stap = controller.getState().stap;
      if (stappen[stappen.length - 1] !== stap) stappen.push(stap);
    });
    await controller.voerUit();
    const state = controller.getState();
    expect(stappen).toEqual(['lezen', 'berekenen', 'schrijven', null]);
    const specs = host.callsOf('writeResults')[0].args[0] as SheetSpec[];
    expect(specs.map((s) => s.key)).toEqual(['toets', 'nulLijn', 'benchmark', 'paragraaf', 'controle']);
    expect(state.resultaat?.taakvelden).toHaveLength(10);
    expect(state.resultaat?.peiljaar).toBe(2024);
    expect(state.geschreven.toets).toBe('Toets');
    expect(state.melding).toEqual({ soort: 'klaar', bladen: specs.map((s) => s.name), backups: [] });
    expect(oordeelIn(specs, 'Facilitaire Zaken')).toBe('Positief');
  });

  it('stops with the ROL_ONTBREEKT issue and writes nothing when there is no Kosten sheet', async () => {
    const host = FakeHost.withVoorbeeld();
    host.sheets.delete('Kosten');
    const controller = await started(host);
    expect(controller.getState().rollen.kosten).toBeUndefined();
    await controller.voerUit();
    const issues = controller.getState().resultaat?.issues ?? [];
    expect(issues.map((i) => i.code)).toEqual(['ROL_ONTBREEKT']);
    expect(issues[0].message).toMatch(/geen blad met kosten/i);
    expect(host.callsOf('writeResults')).toHaveLength(0);
    expect(controller.getState().melding).toBeNull();
  });

  it('re-scores at once on a weight change and updates the written sheets in place', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.voerUit();
    const geschreven = host.callsOf('writeResults')[0].args[0] as SheetSpec[];
    controller.wijzigInstellingen(setGewicht(controller.getState().paneel, 'K1', 2));
    // The summary follows synchronously; the workbook follows once the queue has run.
    expect(controller.getState().resultaat?.taakvelden.find((t) => t.taakveld === 'Facilitaire Zaken')?.oordeel).toBe('Neutraal');
    await controller.idle();
    const [previous, next] = host.callsOf('updateResults')[0].args as [SheetSpec[], SheetSpec[]];
    expect(previous).toBe(geschreven);
    expect(oordeelIn(next, 'Facilitaire Zaken')).toBe('Neutraal');
    expect(controller.getState().laatsteUpdate).toEqual({ cellen: 7 });
    await wait(30);
    expect(host.instellingen).toEqual({ gewichten: { K1: 2 } });
  });

  it('folds changes made while an update waits into one write, the latest settings winning', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.voerUit();
    let paneel = controller.getState().paneel;
    for (const w of [2, 3, 5]) {
      paneel = setGewicht(paneel, 'K2', w);
      controller.wijzigInstellingen(paneel);
    }
    await controller.idle();
    const updates = host.callsOf('updateResults');
    expect(updates).toHaveLength(1);
    const next = updates[0].args[1] as SheetSpec[];
    expect(oordeelIn(next, 'Handhaving openbare ruimte')).toBe('Negatief');
  });

  it('reports thresholds that are not ascending instead of throwing, and writes nothing', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.voerUit();
    controller.wijzigInstellingen(setDrempels({}, 'mto', [1, 0, 2, 3]));
    await controller.idle();
    expect(controller.getState().melding).toMatchObject({ soort: 'instellingenFout' });
    expect(host.callsOf('updateResults')).toHaveLength(0);
  });

  it('in live mode re-reads the role sheets after an input edit and updates the results', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.voerUit();
    await controller.zetLive(true);
    expect(host.callsOf('watchSheets')[0].args[0]).toEqual(['Kosten', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen']);
    const reads = host.callsOf('readSheets').length;
    // Facilitaire Zaken's Personeel in the peiljaar (column J, x € 1.000) far higher: K2 worse.
    const kosten = host.sheets.get('Kosten')?.values ?? [];
    const rij = kosten.findIndex((row) => row[0] === 'Facilitaire Zaken');
    host.editCell('Kosten', rij, 9, 5000);
    host.editCell('Kosten', rij, 9, 9000);
    await wait(60);
    await controller.idle();
    expect(host.callsOf('readSheets')).toHaveLength(reads + 1);
    const next = host.callsOf('updateResults')[0].args[1] as SheetSpec[];
    expect(oordeelIn(next, 'Facilitaire Zaken')).not.toBe('Positief');
    await controller.zetLive(false);
    expect(host.watcherCount).toBe(0);
  });

  /** A started controller whose host holds watchSheets until `release` is called. */
  async function startedWithHeldWatch() {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    return { host, controller, release: host.hold('watchSheets') };
  }

  it('moves the live switch at once and settles on "aan" once Excel has registered the watch', async () => {
    const { host, controller, release } = await startedWithHeldWatch();
    const aan = controller.zetLive(true);
    expect(controller.getState().live).toBe('starten');
    release();
    await aan;
    expect(controller.getState().live).toBe('aan');
    expect(host.watcherCount).toBe(1);
  });

  it('leaves no watch when live is switched off while Excel is still registering it', async () => {
    const { host, controller, release } = await startedWithHeldWatch();
    const aan = controller.zetLive(true);
    await controller.zetLive(false);
    release();
    await aan;
    expect(controller.getState().live).toBe('uit');
    expect(host.watcherCount).toBe(0);
  });

  it('keeps one watch when live is started twice in a row (a role change during the start)', async () => {
    const { host, controller, release } = await startedWithHeldWatch();
    const eerste = controller.zetLive(true);
    const tweede = controller.zetLive(true);
    release();
    await Promise.all([eerste, tweede]);
    expect(controller.getState().live).toBe('aan');
    expect(host.watcherCount).toBe(1);
  });

  it('puts the live switch back and says why when Excel cannot register the watch', async () => {
    const host = FakeHost.withVoorbeeld();
    host.failures.watchSheets = new Error('Gebeurtenissen worden niet ondersteund.');
    const controller = await started(host);
    await controller.zetLive(true);
    expect(controller.getState().live).toBe('uit');
    expect(controller.getState().melding).toMatchObject({ soort: 'hostFout', actie: 'live' });
  });

  it('shows a host failure with the adapter\'s message and ends the run', async () => {
    const host = FakeHost.withVoorbeeld();
    host.failures.writeResults = new Error('Excel is bezig met een andere bewerking.');
    const controller = await started(host);
    await controller.voerUit();
    expect(controller.getState().stap).toBeNull();
    expect(controller.getState().melding).toEqual({ soort: 'hostFout', actie: 'uitvoeren', bericht: 'Excel is bezig met een andere bewerking.' });
  });

  it('inserts the template into an empty workbook and proposes its sheets', async () => {
    const host = new FakeHost([{ name: 'Blad1', values: [] }]);
    const controller = await started(host);
    expect(controller.getState().rollen.kosten).toBeUndefined();
    await controller.voegSjabloonIn(true);
    const ingevoegd = host.callsOf('insertSheets')[0].args[0] as { name: string }[];
    expect(ingevoegd.map((s) => s.name)).toEqual(['Toelichting', 'Kosten', 'FTE', 'Taakvelden', 'Indicatoren', 'Benchmark', 'Instellingen']);
    expect(controller.getState().rollen.kosten).toBe('Kosten');
    expect(controller.getState().melding).toMatchObject({ soort: 'sjabloon' });
  });

  it('lets the user drop a role: the run then stops on the missing FTE sheet', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.kiesRol('fte', null);
    expect(controller.getState().layouts.fte).toBeNull();
    await controller.voerUit();
    expect(controller.getState().resultaat?.issues[0].code).toBe('ROL_ONTBREEKT');
  });

  it('selects an issue cell, and A1 for an issue about a whole sheet', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.selecteer('Kosten', 'C7');
    await controller.selecteer('FTE', '');
    expect(host.callsOf('selectCell').map((c) => c.args)).toEqual([['Kosten', 'C7'], ['FTE', 'A1']]);
  });

  it('keeps a written result grid in the fake host that matches the spec', async () => {
    const host = FakeHost.withVoorbeeld();
    const controller = await started(host);
    await controller.voerUit();
    const toets = (host.callsOf('writeResults')[0].args[0] as SheetSpec[])[0];
    expect(host.sheets.get('Toets')?.values).toEqual(specToGrid(toets));
  });
});
