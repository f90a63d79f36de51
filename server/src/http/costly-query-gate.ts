import { GraphQLError } from 'graphql';

/** How the gate admits queries estimated above `threshold` rows (config.ts reads each). */
export type CostlyQueryAdmission = {
  /** Queries estimated above this many rows go through the gate; cheaper ones never wait. */
  threshold: number;
  /** Costly queries that run at once. */
  concurrency: number;
  /** Costly queries that may wait for a turn; one more is turned away at once. */
  maxWaiting: number;
  /** How long a costly query waits for its turn before it is turned away. */
  maxWaitMs: number;
};

type Waiter = { start: () => void; timer: NodeJS.Timeout };

/**
 * Queries estimated above `threshold` rows run `concurrency` at a time, in order of arrival;
 * cheaper ones never wait. Twenty clients each sending a query just under the cost limit then
 * take turns with one another instead of sharing the CPU twenty ways with everyone, so a cheap
 * query keeps answering in its own time (the bench's `--noisy-neighbour` run measures it).
 *
 * A turn is handed on in a macrotask (`setImmediate`), never straight from the finished query's
 * microtasks. On SQLite every statement runs synchronously and its promise is already settled,
 * so a whole costly query is one run of microtasks; handing the turn on inside that run started
 * the next queued query before the event loop read any socket, and a cheap request that arrived
 * meanwhile waited for the whole queue (noisy neighbour, SQLite: p95 518 ms). With the hand-on
 * after the poll phase it waits for at most the one costly query running.
 *
 * A costly query that finds `maxWaiting` others waiting, or waits longer than `maxWaitMs`, is
 * turned away with 503 `SERVER_BUSY` rather than queued for minutes.
 */
export class CostlyQueryGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly admission: CostlyQueryAdmission) {}

  /** Waits for the query's turn when it is costly; returns what to call once it has answered. */
  async enter(cost: number): Promise<() => void> {
    if (!this.isCostly(cost)) return () => {};
    if (this.running < this.admission.concurrency) this.running += 1;
    else await this.waitForTurn();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The turn stays taken until it is handed on, so no newcomer jumps the queue meanwhile.
      setImmediate(() => this.handOn());
    };
  }

  /** Costly queries waiting for a turn now. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Whether a query of this estimated cost goes through the gate. */
  isCostly(cost: number): boolean {
    return cost > this.admission.threshold;
  }

  private waitForTurn(): Promise<void> {
    if (this.waiting.length >= this.admission.maxWaiting) return Promise.reject(serverBusy('queue'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(serverBusy('wait'));
        }, this.admission.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  private handOn(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running -= 1;
  }
}

function serverBusy(why: 'queue' | 'wait'): GraphQLError {
  const reason =
    why === 'queue' ? 'too many other costly queries are waiting' : 'it waited too long behind other costly queries';
  return new GraphQLError(
    `The server is busy: ${reason}. Try again shortly, or ask for less (fewer aliases, nested lists or computed fields).`,
    {
      extensions: {
        code: 'SERVER_BUSY',
        limit: 'costlyQueries',
        http: { status: 503, headers: new Map([['retry-after', '5']]) },
      },
    },
  );
}
