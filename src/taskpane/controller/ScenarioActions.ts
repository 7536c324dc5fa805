/** Named scenarios: saved in the workbook, applied to the pane, compared side by side in a sheet. */
import type { Invoer } from '../../core/analyse';
import type { HostActions } from '../../core/hostPort';
import { rescoreInvoer } from '../../core/runToets';
import { buildScenarioSheet } from '../scenarios/buildScenarioSheet';
import { copyInstellingen, findScenario, removeScenario, upsertScenario } from '../scenarios/editScenarios';
import type { PaneelInstellingen } from './editInstellingen';
import type { TaskPaneState } from './taskPaneState';
import { toHostFout, toMelding } from './toHostFout';

/** What the scenario actions need from the controller. */
export interface ScenarioContext {
  host: HostActions;
  getState(): TaskPaneState;
  set(patch: Partial<TaskPaneState>): void;
  enqueue<T>(job: () => Promise<T>): Promise<T>;
  getInvoer(): Invoer | null;
  wijzigInstellingen(paneel: PaneelInstellingen): void;
}

export class ScenarioActions {
  constructor(private readonly ctx: ScenarioContext, private readonly now: () => Date = () => new Date()) {}

  private async bewaarLijst(lijst: TaskPaneState['scenarios']): Promise<boolean> {
    try {
      await this.ctx.enqueue(() => this.ctx.host.saveScenarios(lijst));
      this.ctx.set({ scenarios: lijst });
      return true;
    } catch (fout) {
      this.ctx.set({ melding: toHostFout('scenarios', fout) });
      return false;
    }
  }

  /** Saves the pane's current settings under `naam` (replacing a scenario of that name). */
  async bewaar(naam: string): Promise<void> {
    const schoon = naam.trim();
    if (schoon === '') return;
    const scenario = { naam: schoon, instellingen: copyInstellingen(this.ctx.getState().paneel), opgeslagen: this.now().toISOString() };
    if (await this.bewaarLijst(upsertScenario(this.ctx.getState().scenarios, scenario))) {
      this.ctx.set({ melding: { soort: 'scenarioBewaard', naam: schoon } });
    }
  }

  /** Makes a saved scenario the pane's settings (re-scores like any settings change). */
  pasToe(naam: string): void {
    const scenario = findScenario(this.ctx.getState().scenarios, naam);
    if (!scenario) return;
    this.ctx.wijzigInstellingen(copyInstellingen(scenario.instellingen));
    this.ctx.set({ melding: { soort: 'scenarioToegepast', naam: scenario.naam } });
  }

  /** Deletes a saved scenario from the workbook. */
  async verwijder(naam: string): Promise<void> {
    await this.bewaarLijst(removeScenario(this.ctx.getState().scenarios, naam));
  }

  /**
   * Scores the last parsed input with both scenarios and writes the comparison sheet, then
   * shows it. Needs a run (or live update) first: without parsed input there is nothing to compare.
   */
  async vergelijk(naamA: string, naamB: string): Promise<void> {
    const { scenarios } = this.ctx.getState();
    const a = findScenario(scenarios, naamA);
    const b = findScenario(scenarios, naamB);
    const invoer = this.ctx.getInvoer();
    if (!a || !b || !invoer) return;
    try {
      const spec = buildScenarioSheet(
        { naam: a.naam, run: rescoreInvoer(invoer, a.instellingen) },
        { naam: b.naam, run: rescoreInvoer(invoer, b.instellingen) },
      );
      await this.ctx.enqueue(async () => {
        const report = await this.ctx.host.writeResults([spec]);
        const blad = report.written[0] ?? spec.name;
        await this.ctx.host.selectCell(blad, 'A1');
        this.ctx.set({ melding: { soort: 'vergeleken', blad } });
      });
    } catch (fout) {
      this.ctx.set({ melding: toMelding('vergelijken', fout) });
    }
  }
}
