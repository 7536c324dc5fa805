/**
 * Live mode's listening half: watches the input sheets through the host and calls back once,
 * a short debounce after the last change, so typing a column of figures costs one re-score.
 */
import type { HostActions } from '../../core/hostPort';

export class LiveWatch {
  private stopWatch: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly host: HostActions, private readonly debounceMs: number) {}

  /** Starts watching `sheets` (stopping any earlier watch); `onChange` runs after the debounce. */
  async start(sheets: string[], onChange: () => void): Promise<void> {
    this.stop();
    this.stopWatch = await this.host.watchSheets(sheets, () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = null;
        onChange();
      }, this.debounceMs);
    });
  }

  /** Stops watching and drops a pending call. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopWatch?.();
    this.stopWatch = null;
  }
}
