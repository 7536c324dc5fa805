/**
 * Lets watchSheets ignore the adapter's own writes. Excel delivers onChanged events after the
 * sync that caused them, so "writing" lasts until a short quiet period after the last write.
 */
export class WriteGuard {
  private active = 0;
  private quietUntil = 0;

  constructor(
    private readonly quietMs = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `write` with the guard up. */
  async around<T>(write: () => Promise<T>): Promise<T> {
    this.active += 1;
    try {
      return await write();
    } finally {
      this.active -= 1;
      this.quietUntil = this.now() + this.quietMs;
    }
  }

  /** True while the adapter writes, and for `quietMs` after. */
  isWriting(): boolean {
    return this.active > 0 || this.now() < this.quietUntil;
  }
}
