import type { ExecutionResult } from 'graphql';
import { accessScopeKey } from '../modules/access/access-scope-key.js';
import type { Viewer } from '../modules/access/viewer.js';

/**
 * What a subscriber would be shown: its access scope and what it asked (the document, operation
 * and variables). Subscribers with one view get the same answer to every event.
 */
export function viewOf(
  viewer: Viewer,
  request: { query: string; operationName?: string | null | undefined; variables?: unknown },
): string {
  return JSON.stringify([
    accessScopeKey(viewer),
    request.query,
    request.operationName ?? null,
    request.variables ?? {},
  ]);
}

/**
 * One re-read per event and view, shared by every subscriber with that view. Before, each
 * subscriber re-read the change itself: 1,000 subscribers meant 1,000 re-reads of one agreement
 * per commit, and `pnpm bench:live` measured p50 10.7 s from commit to delivery (bench/RESULTS.md).
 *
 * Keyed by the event object the hub hands every subscriber of a province (live-hub.ts); a slow
 * subscriber's waiting event is replaced by a newer one rather than kept (event-queue.ts), so a
 * shared answer is always read after the commit the subscriber is told of. The answers live as
 * long as some subscriber still holds the event (a WeakMap): nothing to evict by hand.
 */
export class SharedReads {
  private readonly byEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  /** The answer for this event and view: read now by the first subscriber who asks, then shared. */
  answer(event: object, view: string, read: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
    let answers = this.byEvent.get(event);
    if (!answers) this.byEvent.set(event, (answers = new Map()));
    let answer = answers.get(view);
    if (!answer) answers.set(view, (answer = read()));
    return answer;
  }
}
