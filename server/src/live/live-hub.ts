import type { Change, ChangeFeed } from '../db/change-feed.js';
import type { LiveEvents } from '../graphql/request-context.js';
import type { ApiMetrics } from '../http/metrics.js';
import { EventQueue } from './event-queue.js';

/**
 * What one change means to a province's subscriptions: one event object each for every
 * subscriber, so the subscribers who share a view share one re-read of it (live-fanout.ts keys
 * its reads by the event object).
 */
type ProvinceEvents = { agreement: { agreementId: string } | null; progress: { provinceId: string } };
type ProvinceListener = (events: ProvinceEvents) => void;

/**
 * This process's side of the change feed: one listener on it (on PostgreSQL, one LISTEN
 * connection), handing each change to the subscriptions of its province, and access changes to
 * the connections, which then check their credentials again.
 */
export class LiveHub {
  private readonly byProvince = new Map<string, Set<ProvinceListener>>();
  private readonly accessListeners = new Set<(accountId: string | null) => void>();
  private stopListening: (() => void) | null = null;

  constructor(private readonly metrics: ApiMetrics) {}

  async start(feed: ChangeFeed): Promise<void> {
    this.stopListening = await feed.subscribe((change) => this.hear(change));
  }

  stop(): void {
    this.stopListening?.();
    this.stopListening = null;
  }

  onAccessChange(listener: (accountId: string | null) => void): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  /** What subscriptions read through their context. */
  readonly events: LiveEvents = {
    agreementChanges: (provinceId) => {
      const queue: EventQueue<{ agreementId: string }> = new EventQueue(
        this.listen(provinceId, 'agreementChanged', (events) => {
          if (events.agreement) queue.push(events.agreement);
        }),
        (waiting, event) => waiting.findIndex((other) => other.agreementId === event.agreementId),
      );
      return queue;
    },
    progressChanges: (provinceId) => {
      const queue: EventQueue<{ provinceId: string }> = new EventQueue(
        this.listen(provinceId, 'signingProgressChanged', (events) => queue.push(events.progress)),
        (waiting) => waiting.length - 1,
      );
      return queue;
    },
  };

  /** Adds a province listener; returns what removes it. */
  private listen(provinceId: string, subscription: string, listener: ProvinceListener): () => void {
    let listeners = this.byProvince.get(provinceId);
    if (!listeners) this.byProvince.set(provinceId, (listeners = new Set()));
    listeners.add(listener);
    this.metrics.subscriptions.inc({ subscription });
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.byProvince.delete(provinceId);
      this.metrics.subscriptions.dec({ subscription });
    };
  }

  private hear(change: Change): void {
    if (change.kind === 'access') {
      for (const listener of this.accessListeners) listener(change.accountId);
      return;
    }
    if (change.kind === 'resync') {
      // Missed notifications cannot be named: progress is sent again; agreement subscribers
      // re-query when their own connection comes back.
      for (const [provinceId, listeners] of this.byProvince) this.tell(listeners, provinceId, null);
      return;
    }
    if (change.provinceId) {
      const listeners = this.byProvince.get(change.provinceId);
      if (listeners) this.tell(listeners, change.provinceId, change.agreementId);
      return;
    }
    for (const [provinceId, listeners] of this.byProvince) this.tell(listeners, provinceId, change.agreementId);
  }

  /** One event object per subscription kind and province, handed to every listener there. */
  private tell(listeners: Set<ProvinceListener>, provinceId: string, agreementId: string | null): void {
    const events: ProvinceEvents = { agreement: agreementId ? { agreementId } : null, progress: { provinceId } };
    for (const listener of listeners) listener(events);
  }
}
