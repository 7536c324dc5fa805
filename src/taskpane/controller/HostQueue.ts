/**
 * Host work one job at a time: a what-if update never interleaves with a full run, and a
 * failing job does not block the ones after it.
 */
export class HostQueue {
  private rij: Promise<void> = Promise.resolve();

  /** Runs `job` after everything queued before it; its result or error goes to the caller. */
  enqueue<T>(job: () => Promise<T>): Promise<T> {
    const uitkomst = this.rij.then(job);
    this.rij = uitkomst.then(() => undefined, () => undefined);
    return uitkomst;
  }

  /** Resolves when the queue is empty, including jobs queued by jobs. */
  async idle(): Promise<void> {
    let vorige: Promise<void> | null = null;
    while (vorige !== this.rij) {
      vorige = this.rij;
      await vorige;
    }
  }
}
