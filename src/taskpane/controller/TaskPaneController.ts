/**
 * The task pane's behaviour without React: it reads the workbook through `HostActions`, runs the
 * core, and writes results, what-if updates, settings and scenarios back. Components only read
 * its state and call its actions, so the same logic runs in Excel, in the browser preview and
 * in tests. Host calls are serialised: a what-if update never interleaves with a full run.
 */
import type { Invoer, ToetsRun } from '../../core/analyse';
import type { HostActions } from '../../core/hostPort';
import { rescoreInvoer, runToets } from '../../core/runToets';
import { buildSheetSpecs } from '../../core/sheets';
import type { OwnedSheetKey } from '../../core/sheetSpec';
import { buildTemplate } from '../../core/template';
import type { Role, SheetGrid } from '../../core/types';
import type { PaneelInstellingen } from './editInstellingen';
import { importIv3, isIv3Fout } from './importIv3';
import type { Iv3Bestandstekst } from './importIv3';
import { describeRollen, keepBestaandeRollen, listRolBladen, readWerkboek } from './readWerkboek';
import { ScenarioActions } from './ScenarioActions';
import type { ScenarioContext } from './ScenarioActions';
import { HostQueue } from './HostQueue';
import { LiveWatch } from './LiveWatch';
import { mapGeschreven, ResultUpdater } from './ResultUpdater';
import { findRolOntbreekt } from './summarizeResult';
import { toHostFout, toMelding } from './toHostFout';
import type { TaskPaneState } from './taskPaneState';
import { createInitialState } from './taskPaneState';

export interface TaskPaneControllerOptions {
  /** Wait after the last input-sheet change before a live re-score. */
  liveDebounceMs?: number;
  /** Wait after the last settings change before storing them in the workbook. */
  saveDebounceMs?: number;
}

type Listener = () => void;

/** Lets the browser paint a progress stage before the synchronous scoring starts. */
function pauze(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class TaskPaneController {
  private state: TaskPaneState = createInitialState();
  private readonly listeners = new Set<Listener>();
  private readonly saveDebounceMs: number;
  private grids = new Map<string, SheetGrid>();
  private invoer: Invoer | null = null;
  private readonly rij = new HostQueue();
  private readonly updater: ResultUpdater;
  private readonly liveWatch: LiveWatch;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  /** Saving, applying and comparing named scenarios. */
  readonly scenarios: ScenarioActions;

  constructor(private readonly host: HostActions, options: TaskPaneControllerOptions = {}) {
    this.liveWatch = new LiveWatch(host, options.liveDebounceMs ?? 600);
    this.saveDebounceMs = options.saveDebounceMs ?? 400;
    this.updater = new ResultUpdater(host, this.rij, {
      bezig: (bijwerken) => this.set({ bijwerken }),
      bijgewerkt: (report) => this.set({ laatsteUpdate: { cellen: report.cellsWritten } }),
      fout: (fout) => this.set({ melding: toHostFout('bijwerken', fout) }),
    });
    this.scenarios = new ScenarioActions(this.context());
  }

  readonly getState = (): TaskPaneState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<TaskPaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    return this.rij.enqueue(job);
  }

  /** Resolves when all queued host work is done (for tests and the preview). */
  idle(): Promise<void> {
    return this.rij.idle();
  }

  /** Reads the workbook, proposes roles, and loads the stored settings and scenarios. */
  async init(): Promise<void> {
    await this.enqueue(async () => {
      this.set({ status: 'laden' });
      try {
        await this.leesWerkboek();
        const paneel = (await this.host.loadInstellingen()) ?? {};
        const scenarios = await this.host.loadScenarios();
        this.set({ paneel, scenarios });
      } catch (fout) {
        this.set({ melding: toHostFout('laden', fout) });
      } finally {
        this.set({ status: 'gereed' });
      }
    });
  }

  private async leesWerkboek(): Promise<void> {
    const inhoud = await readWerkboek(this.host);
    this.grids = inhoud.grids;
    this.set({ bladen: inhoud.bladen, rollen: inhoud.rollen, ...describeRollen(this.grids, inhoud.rollen) });
  }

  /** Reads the sheets again (after the user added or renamed sheets). */
  async herlees(): Promise<void> {
    await this.enqueue(async () => {
      try {
        await this.leesWerkboek();
      } catch (fout) {
        this.set({ melding: toHostFout('laden', fout) });
      }
    });
    if (this.state.live !== 'uit') await this.zetLive(true);
  }

  /** The user points a role at another sheet (null = no sheet). */
  async kiesRol(rol: Role, blad: string | null): Promise<void> {
    const rollen = { ...this.state.rollen };
    if (blad) rollen[rol] = blad;
    else delete rollen[rol];
    this.set({ rollen, ...describeRollen(this.grids, rollen) });
    if (this.state.live !== 'uit') await this.zetLive(true);
  }

  /** Inserts the input template (never over an existing sheet) and reads the workbook again. */
  async voegSjabloonIn(voorbeeld: boolean): Promise<void> {
    await this.enqueue(async () => {
      try {
        const report = await this.host.insertSheets(buildTemplate({ voorbeeld }));
        await this.leesWerkboek();
        this.set({ melding: { soort: 'sjabloon', bladen: report.written } });
      } catch (fout) {
        this.set({ melding: toHostFout('sjabloon', fout) });
      }
    });
  }

  /** Imports CBS Iv3 files for one municipality as input sheets, then reads the workbook again. */
  async leesIv3In(bestanden: Iv3Bestandstekst[], gemeente: string): Promise<void> {
    await this.enqueue(async () => {
      try {
        const uitkomst = await importIv3(this.host, bestanden, gemeente);
        await this.leesWerkboek();
        this.set({
          melding: { soort: 'iv3', gemeente: uitkomst.gemeente, bladen: uitkomst.report.written, meldingen: uitkomst.issues.length },
        });
      } catch (fout) {
        this.set({ melding: isIv3Fout(fout) ? { soort: 'iv3Fout', bericht: fout.message } : toHostFout('sjabloon', fout) });
      }
    });
  }

  /** Full run: read the role sheets, score, and replace the result sheets. */
  async voerUit(): Promise<void> {
    if (this.state.stap !== null) return;
    this.set({ stap: 'lezen', melding: null, laatsteUpdate: null });
    await this.enqueue(async () => {
      try {
        const run = await this.leesEnScoor();
        if (!run) return;
        const specs = buildSheetSpecs(run);
        this.set({ stap: 'schrijven' });
        const report = await this.host.writeResults(specs);
        this.updater.setGeschreven(specs);
        this.set({ geschreven: mapGeschreven(specs, report), melding: { soort: 'klaar', bladen: report.written, backups: report.backups } });
      } catch (fout) {
        this.set({ melding: toMelding('uitvoeren', fout) });
      } finally {
        this.set({ stap: null });
      }
    });
  }

  /** Reads the role sheets and scores them; null (and the result shown) when a required role is missing. */
  private async leesEnScoor(): Promise<ToetsRun | null> {
    const bladen = await this.host.listSheets();
    const rollen = keepBestaandeRollen(this.state.rollen, new Set(bladen.map((b) => b.name)));
    const namen = listRolBladen(rollen);
    const grids = namen.length > 0 ? await this.host.readSheets(namen) : [];
    for (const grid of grids) this.grids.set(grid.name, grid);
    this.set({ bladen, stap: this.state.stap === null ? null : 'berekenen', ...describeRollen(this.grids, this.state.rollen) });
    await pauze();
    const run = runToets(grids, { rollen, instellingen: this.state.paneel });
    this.invoer = run.analyse.invoer;
    this.set({ resultaat: run.result });
    return findRolOntbreekt(run.result) ? null : run;
  }

  /** New settings from the Criteria or What-if tab: stored, and re-scored at once after a run. */
  wijzigInstellingen(paneel: PaneelInstellingen): void {
    this.set({ paneel });
    this.planBewaren();
    this.herbereken();
  }

  private planBewaren(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      const paneel = this.state.paneel;
      void this.enqueue(() => this.host.saveInstellingen(paneel)).catch((fout: unknown) => {
        this.set({ melding: toHostFout('instellingen', fout) });
      });
    }, this.saveDebounceMs);
  }

  /** What-if: re-score the parsed input with the pane's settings and update the sheets in place. */
  private herbereken(): void {
    if (!this.invoer || !this.updater.heeftResultaten()) return;
    let run: ToetsRun;
    try {
      run = rescoreInvoer(this.invoer, this.state.paneel);
    } catch (fout) {
      this.set({ melding: toMelding('bijwerken', fout) });
      return;
    }
    this.set({ resultaat: run.result });
    this.updater.plan(buildSheetSpecs(run));
  }

  /**
   * Live mode on or off. The switch follows the click at once ('starten'); it settles on 'aan'
   * once Excel has registered the watch, or goes back to 'uit' with a message when that fails.
   */
  async zetLive(aan: boolean): Promise<void> {
    if (!aan) {
      this.liveWatch.stop();
      this.set({ live: 'uit' });
      return;
    }
    this.set({ live: 'starten' });
    try {
      const actueel = await this.liveWatch.start(listRolBladen(this.state.rollen), () => void this.liveHerberekenen());
      if (actueel) this.set({ live: 'aan' });
    } catch (fout) {
      this.set({ live: 'uit', melding: toHostFout('live', fout) });
    }
  }

  private async liveHerberekenen(): Promise<void> {
    if (!this.updater.heeftResultaten()) {
      await this.voerUit();
      return;
    }
    await this.enqueue(async () => {
      try {
        const run = await this.leesEnScoor();
        if (run) this.updater.plan(buildSheetSpecs(run));
      } catch (fout) {
        this.set({ melding: toMelding('bijwerken', fout) });
      }
    });
  }

  /** Selects an issue's cell in the workbook. */
  async selecteer(blad: string, cel: string): Promise<void> {
    try {
      await this.host.selectCell(blad, cel || 'A1');
    } catch (fout) {
      this.set({ melding: toHostFout('selecteren', fout) });
    }
  }

  /** Shows the Toets sheet the last run wrote. */
  async toonBlad(key: OwnedSheetKey): Promise<void> {
    const blad = this.state.geschreven[key];
    if (blad) await this.selecteer(blad, 'A1');
  }

  sluitMelding(): void {
    this.set({ melding: null });
  }

  private context(): ScenarioContext {
    return {
      host: this.host,
      getState: this.getState,
      set: (patch) => this.set(patch),
      enqueue: (job) => this.enqueue(job),
      getInvoer: () => this.invoer,
      wijzigInstellingen: (paneel) => this.wijzigInstellingen(paneel),
    };
  }

  /** Stops listening to the workbook and drops pending timers. */
  dispose(): void {
    this.liveWatch.stop();
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }
}
