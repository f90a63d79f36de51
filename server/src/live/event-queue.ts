/** At most this many undelivered events wait for one slow subscriber; past it the oldest go. */
const MAX_WAITING = 1_000;

/**
 * An async iterator fed by `push`: what a subscription's `subscribe` returns. `replaces` may name
 * a waiting event the new one stands in for (the same agreement changed twice, progress asked
 * for again), so a slow subscriber gets the latest state rather than every step. The newer event
 * takes the older one's place rather than being dropped: an event is read once for everyone who
 * shares it (live-fanout.ts), so only the newer one is sure to be read after the later commit.
 * `return()` (the client unsubscribed or went away) ends it at once, even while it waits.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly waiting: T[] = [];
  private taker: ((result: IteratorResult<T>) => void) | null = null;
  private ended = false;

  constructor(
    private readonly onEnd: () => void,
    private readonly replaces: (waiting: readonly T[], event: T) => number = () => -1,
  ) {}

  push(event: T): void {
    if (this.ended) return;
    if (this.taker) {
      const take = this.taker;
      this.taker = null;
      take({ value: event, done: false });
      return;
    }
    const older = this.replaces(this.waiting, event);
    if (older >= 0) {
      this.waiting[older] = event;
      return;
    }
    this.waiting.push(event);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
  }

  next(): Promise<IteratorResult<T>> {
    const event = this.waiting.shift();
    if (event !== undefined) return Promise.resolve({ value: event, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.taker = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.ended) {
      this.ended = true;
      this.waiting.length = 0;
      this.taker?.({ value: undefined, done: true });
      this.taker = null;
      this.onEnd();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
