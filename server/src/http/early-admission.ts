import type { HTTPGraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { CostlyQueryGate } from './costly-query-gate.js';

/** What a GraphQL request asks, as Apollo Server reads it from a POST body. */
type RequestText = { query?: unknown; operationName?: unknown; variables?: unknown };

/**
 * Requests (query text, operation name and variables) remembered at most; past it the memory
 * starts over. With the longest remembered below, at most about 4 MB of text however many
 * different costly requests a client sends (a body may be 100 kB).
 */
export const REMEMBERED_REQUESTS = 500;
/** Longer requests (query and variables, in characters) are not remembered: they wait in Apollo. */
export const LONGEST_REMEMBERED = 8_192;

/**
 * A costly query whose text has been seen before waits for its turn at the costly-query gate
 * before Apollo Server starts on it, in the HTTP handler; the cost plugin (query-cost.ts) tells
 * which texts are costly as it estimates them, and still makes any other costly query wait in the
 * middle of Apollo's request pipeline, as before.
 *
 * Why wait here: memory. Everything a request holds while it waits outlives two young
 * generation collections and is moved to the old generation: under the gate, Apollo's async
 * functions for that request (their suspended frames) and our context. When its turn comes, the
 * request's result, the answer's JSON text (a 210 KB string for the noisy neighbour's 6-alias
 * query) and the loaders' rows are only referenced from those old objects, which V8's scavenger
 * takes for live until the next full collection, so they were moved to the old generation too,
 * after the answer had gone: about 3.5 MB per scavenge, against 0.2 MB with the gate off. Waiting
 * here instead, the only old objects are the HTTP request and the handler's frame, and the answer
 * is made in a function called after the wait (graphql-handler.ts), so none of it is referenced
 * from them. The built server on the bench's SQLite data, 20 clients of the noisy neighbour's
 * 6-alias query for 12 s beside a cheap one, V8's --trace-gc-nvp, alternating with the build
 * before: 3.5 → 0.24 MB moved to the old generation per scavenge, 28–30 → 5–6 full collections,
 * CPU 7.0–7.3 → 5.6 ms per request, the cheap query's p95 19–21 → 7 ms, VmHWM 243–249 → 224 MiB
 * (docs/deployment.md, Memory).
 */
export class EarlyAdmission {
  /** Costly texts: query → operation name and variables (`variablesKey`) → estimated cost. */
  private readonly costly = new Map<string, Map<string, number>>();
  private remembered = 0;
  /** Requests the handler decided on: `null` took their turn, an error was turned away. */
  private readonly decided = new WeakMap<HTTPGraphQLRequest, GraphQLError | null>();

  constructor(private readonly gate: CostlyQueryGate) {}

  /** Called by the cost plugin with every query's estimate: the costly ones wait early next time. */
  remember(request: RequestText, cost: number): void {
    if (!this.gate.isCostly(cost) || typeof request.query !== 'string') return;
    const key = variablesKey(request);
    if (request.query.length + key.length > LONGEST_REMEMBERED) return;
    if (this.costly.get(request.query)?.has(key)) return;
    if (this.remembered >= REMEMBERED_REQUESTS) {
      this.costly.clear();
      this.remembered = 0;
    }
    let byVariables = this.costly.get(request.query);
    if (!byVariables) this.costly.set(request.query, (byVariables = new Map()));
    byVariables.set(key, cost);
    this.remembered += 1;
  }

  /**
   * For a POST whose query is known to be costly: waits for its turn and gives back what to call
   * once it has been answered. Nothing (no promise, no wait) for any other request. A request
   * turned away (a full queue, a long wait) goes on to Apollo all the same, where the cost plugin
   * refuses it with the gate's error, formatted like every other.
   */
  turnFor(http: HTTPGraphQLRequest): Promise<() => void> | undefined {
    const cost = this.knownCost(http);
    return cost === undefined ? undefined : this.waitForTurn(http, cost);
  }

  private async waitForTurn(http: HTTPGraphQLRequest, cost: number): Promise<() => void> {
    try {
      const release = await this.gate.enter(cost);
      this.decided.set(http, null);
      return release;
    } catch (error) {
      this.decided.set(http, error as GraphQLError);
      return () => {};
    }
  }

  /**
   * What the handler decided for this request: `null` if it has had its turn, the error if it was
   * turned away, `undefined` if it did not wait (the cost plugin then makes it wait if costly).
   */
  decision(http: HTTPGraphQLRequest | undefined): GraphQLError | null | undefined {
    return http ? this.decided.get(http) : undefined;
  }

  private knownCost(http: HTTPGraphQLRequest): number | undefined {
    if (http.method !== 'POST' || this.costly.size === 0) return undefined;
    const body = http.body as RequestText | undefined;
    if (typeof body?.query !== 'string') return undefined;
    return this.costly.get(body.query)?.get(variablesKey(body));
  }
}

/** The operation name and variables of a request, as one key: the same for identical requests. */
export function variablesKey(request: RequestText): string {
  const name = typeof request.operationName === 'string' ? request.operationName : '';
  return `${name}\u0000${JSON.stringify(request.variables ?? {})}`;
}
