/**
 * What-if writes: remembers what the result sheets hold and sends the host only the change
 * to the latest specs. Specs that arrive while an update waits replace it (latest wins), so a
 * burst of weight changes costs one or two updates, never a backlog.
 */
import type { HostActions, WriteReport } from '../../core/hostPort';
import type { OwnedSheetKey, SheetSpec } from '../../core/sheetSpec';
import type { HostQueue } from './HostQueue';

export interface ResultUpdaterEvents {
  bezig(bezig: boolean): void;
  bijgewerkt(report: WriteReport): void;
  fout(fout: unknown): void;
}

export class ResultUpdater {
  /** The specs the result sheets hold now; null until the first full run. */
  private geschreven: SheetSpec[] | null = null;
  private wachtend: SheetSpec[] | null = null;
  private gepland = false;

  constructor(private readonly host: HostActions, private readonly rij: HostQueue, private readonly events: ResultUpdaterEvents) {}

  /** After a full run: these specs are what the workbook holds; pending updates are void. */
  setGeschreven(specs: SheetSpec[]): void {
    this.geschreven = specs;
    this.wachtend = null;
  }

  /** True once a full run has written the result sheets. */
  heeftResultaten(): boolean {
    return this.geschreven !== null;
  }

  /** Queues an update to `specs`. */
  plan(specs: SheetSpec[]): void {
    this.wachtend = specs;
    if (this.gepland) return;
    this.gepland = true;
    void this.rij.enqueue(async () => {
      this.gepland = false;
      const volgende = this.wachtend;
      const vorige = this.geschreven;
      this.wachtend = null;
      if (!volgende || !vorige) return;
      this.events.bezig(true);
      try {
        const report = await this.host.updateResults(vorige, volgende);
        this.geschreven = volgende;
        this.events.bijgewerkt(report);
      } catch (fout) {
        this.events.fout(fout);
      } finally {
        this.events.bezig(false);
      }
    });
  }
}

/** Owned key → actual sheet name, from a report that lists sheets in spec order. */
export function mapGeschreven(specs: SheetSpec[], report: WriteReport): Partial<Record<OwnedSheetKey, string>> {
  const uit: Partial<Record<OwnedSheetKey, string>> = {};
  specs.forEach((spec, i) => {
    const blad = report.written[i];
    if (blad) uit[spec.key] = blad;
  });
  return uit;
}
