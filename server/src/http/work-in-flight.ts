/**
 * Work that uses the database on behalf of a client (an HTTP request, a live connection's check or
 * re-read), counted so that a graceful stop closes the database only once none is left: closing
 * it first made a request in flight fail with "driver has already been destroyed".
 */
export class WorkInFlight {
  private count = 0;
  private waiting: (() => void)[] = [];

  /** How many pieces of work are under way. */
  get size(): number {
    return this.count;
  }

  /** Counts `work` until it settles; its outcome is the caller's, unchanged. */
  track<T>(work: () => Promise<T>): Promise<T> {
    const done = this.begin();
    let running: Promise<T>;
    try {
      running = work();
    } catch (error) {
      done();
      throw error;
    }
    return running.finally(done);
  }

  /** Counts work from now until the returned function is called (once; later calls do nothing). */
  begin(): () => void {
    this.count += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    };
  }

  /** Resolves true once nothing is under way, or false when `ms` pass first (a bounded wait). */
  settled(ms: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), Math.max(ms, 0));
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

/** Whether `promise` settles within `ms` (it goes on either way; only the wait is bounded). */
export function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(ms, 0));
    void promise.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });
}
