/**
 * Live mode's listening half: watches the input sheets through the host and calls back once,
 * a short debounce after the last change, so typing a column of figures costs one re-score.
 */
import type { HostActions } from '../../core/hostPort';

export class LiveWatch {
  private stopWatch: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped by every start and stop, so a registration that lands after a newer call is undone. */
  private generatie = 0;

  constructor(private readonly host: HostActions, private readonly debounceMs: number) {}

  /**
   * Starts watching `sheets` (stopping any earlier watch); `onChange` runs after the debounce.
   * Resolves true when this watch is the current one, false when a later start or stop came in
   * while Excel was registering it: that watch is removed again, so the user's last choice holds.
   */
  async start(sheets: string[], onChange: () => void): Promise<boolean> {
    this.stop();
    const mijn = this.generatie;
    let stopWatch: () => void;
    try {
      stopWatch = await this.host.watchSheets(sheets, () => {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.timer = null;
          onChange();
        }, this.debounceMs);
      });
    } catch (fout) {
      // A superseded start failing leaves no watch, which is what the later call asked for.
      if (mijn !== this.generatie) return false;
      throw fout;
    }
    if (mijn !== this.generatie) {
      stopWatch();
      return false;
    }
    this.stopWatch = stopWatch;
    return true;
  }

  /** Stops watching and drops a pending call. */
  stop(): void {
    this.generatie += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopWatch?.();
    this.stopWatch = null;
  }
}
