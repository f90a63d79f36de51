import { GraphQLError } from 'graphql';

/**
 * Queries estimated above `threshold` rows run one at a time; cheaper ones never wait. Twenty
 * clients each sending a query just under the cost limit then take turns with one another
 * instead of sharing the CPU twenty ways with everyone, so a cheap query keeps answering in
 * its own time (the bench's `--noisy-neighbour` run measures it). A costly query that finds
 * `maxWaiting` others already waiting is turned away with 503 rather than queued for minutes.
 */
export class CostlyQueryGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly threshold: number,
    private readonly maxWaiting = 100,
  ) {}

  /** Waits for the query's turn when it is costly; returns what to call once it has answered. */
  async enter(cost: number): Promise<() => void> {
    if (cost <= this.threshold) return () => {};
    if (this.running > 0) {
      if (this.waiting.length >= this.maxWaiting) throw serverBusy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The turn passes straight to the next in line; `running` stays 1 while anyone waits.
      if (next) next();
      else this.running -= 1;
    };
  }
}

function serverBusy(): GraphQLError {
  return new GraphQLError(
    'The server is busy with other costly queries: try again shortly, or ask for less (fewer nested lists or computed fields).',
    {
      extensions: {
        code: 'SERVER_BUSY',
        limit: 'costlyQueries',
        http: { status: 503, headers: new Map([['retry-after', '5']]) },
      },
    },
  );
}
