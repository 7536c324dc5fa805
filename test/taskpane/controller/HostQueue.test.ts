import { HostQueue } from '../../../src/taskpane/controller/HostQueue';

describe('HostQueue', () => {
  it('runs jobs one at a time in order, also when an earlier job takes longer', async () => {
    const rij = new HostQueue();
    const log: string[] = [];
    const traag = rij.enqueue(async () => {
      log.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push('a eind');
      return 1;
    });
    const snel = rij.enqueue(async () => {
      log.push('b');
      return 2;
    });
    expect(await Promise.all([traag, snel])).toEqual([1, 2]);
    expect(log).toEqual(['a start', 'a eind', 'b']);
  });

  it('gives a failure to its caller and goes on with the next job', async () => {
    const rij = new HostQueue();
    const mislukt = rij.enqueue(async () => {
      throw new Error('Excel is bezet');
    });
    const daarna = rij.enqueue(async () => 'gelukt');
    await expect(mislukt).rejects.toThrow('Excel is bezet');
    await expect(daarna).resolves.toBe('gelukt');
  });

  it('is idle only after jobs queued by jobs have run', async () => {
    const rij = new HostQueue();
    const log: string[] = [];
    void rij.enqueue(async () => {
      log.push('eerste');
      void rij.enqueue(async () => {
        log.push('tweede');
      });
    });
    await rij.idle();
    expect(log).toEqual(['eerste', 'tweede']);
  });
});
