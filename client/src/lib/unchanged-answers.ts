import { type Exchange, mapExchange, type OperationResult } from 'urql';

/** How long an answer is remembered after it was last delivered (the gap it bridges is a render's). */
const REMEMBERED_MS = 60_000;

/**
 * Context of a query whose page reads its answer and never `stale` (a landing page asking with
 * `cache-and-network`): when the refresh behind the cached answer comes back unchanged, the page
 * is given the cached answer again, still marked stale, so urql's `useQuery` state does not change
 * (it compares `stale` too) and the page is not rendered again for nothing. A module constant:
 * `useQuery` makes a new request when its context object changes.
 *
 * Measured on a warm visit (e2e/perf/react-commits.ts, issue 15): an unchanged refresh rendered
 * the workspace again (230 components) and the director's dashboard (276). Do not use it where
 * `stale` is read (RequireViewer believes "nobody signed in" only once it is false), nor on a
 * document and variables that such a reader also asks for: urql gives one result per operation
 * to everyone holding it.
 */
export const QUIET_UNCHANGED_REFRESH = { quietUnchangedRefresh: true } as const;

type Remembered = {
  /** The data the page was given for this operation. */
  shown: unknown;
  /** Whether what the page was last given was marked stale. */
  stale: boolean;
  /** Graphcache's own object for the same contents, handed over as `shown` without comparing again. */
  sameAs: unknown;
  at: number;
};

/**
 * Gives a query's page the data object it already holds when the cache answers again with the
 * same contents, so urql's `useQuery` (which compares `data` by identity) does not render the page
 * a second time for nothing.
 *
 * Why (issue 15, measured with e2e/perf/react-commits.ts and a log of every result): a page's
 * first render on a warm visit often does not commit. The director's home page renders its
 * dashboard, a lazy chunk, and suspends until the chunk arrives, up to a second later; the
 * workspace and the province list suspend the same way. `useQuery` reads the cached answer during
 * that render by subscribing and unsubscribing at once; with nobody left subscribed, urql tears
 * the operation down and Graphcache forgets the answer it gave (its structural sharing is per
 * active operation). When the page commits, `useQuery` subscribes in an effect and Graphcache reads
 * the same records into new objects; `useQuery` took them for a new answer, and nearly the whole
 * page rendered again (director 186 components, then 141, coordinator 238, viewer 108).
 *
 * Only equal contents are replaced: a changed answer (a live update, a later network answer, a
 * write) passes through as Graphcache made it. Errors and incremental answers pass untouched.
 */
export function keepUnchangedAnswers(now: () => number = Date.now): Exchange {
  const remembered = new Map<number, Remembered>();
  const forgetOld = (time: number) => {
    for (const [key, entry] of remembered) if (time - entry.at > REMEMBERED_MS) remembered.delete(key);
  };
  return mapExchange({
    onResult(result): OperationResult {
      const { operation, data } = result;
      if (operation.kind !== 'query' || data == null || result.error || result.hasNext) return result;
      const time = now();
      forgetOld(time);
      const before = remembered.get(operation.key);
      if (before && (data === before.shown || data === before.sameAs || sameContents(data, before.shown))) {
        const staysStale = before.stale && !result.stale && operation.context['quietUnchangedRefresh'] === true;
        remembered.set(operation.key, {
          shown: before.shown,
          sameAs: data,
          at: time,
          stale: staysStale || !!result.stale,
        });
        if (staysStale) return { ...result, data: before.shown, stale: true };
        return data === before.shown ? result : { ...result, data: before.shown };
      }
      remembered.set(operation.key, { shown: data, sameAs: data, at: time, stale: !!result.stale });
      return result;
    },
  });
}

/** Equal JSON-like contents (GraphQL answers: objects, arrays, strings, numbers, booleans, null). */
export function sameContents(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameContents(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameContents((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
