import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import type { EntityManager } from '@mikro-orm/sql';
import WebSocket from 'ws';
import type { DatabaseTarget } from '../config.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { createRoleAccounts, type RoleAccounts } from './access-fixtures.js';
import { startTestServer, type TestServer } from './test-server.js';

/** graphql-ws clients of a test server, for the live subscription tests. */

/** The subscriptions the live tests listen with: an agreement's changes, as the app asks for them. */
export const AGREEMENT_CHANGED = `subscription ($code: String!) {
  agreementChanged(provinceCode: $code) { id status version viewerCanChange signatories { party name } }
}`;
export const PROGRESS_CHANGED = `subscription ($code: String!) { signingProgressChanged(provinceCode: $code) { totalWards drafting } }`;

export type Live = {
  client: Client;
  events: Record<string, unknown>[];
  errors: unknown[];
  closed: Promise<{ code: number; reason: string }>;
};

/** A graphql-ws client as a script (token) or as the app in a browser (cookie and Origin) would be. */
export function connect(
  api: TestServer,
  how: { token?: string; cookie?: string; origin?: string; headers?: Record<string, string> },
): Live {
  const host = new URL(api.url).host;
  const headers: Record<string, string> = { ...how.headers };
  if (how.cookie) headers['cookie'] = how.cookie;
  if (how.origin) headers['origin'] = how.origin;
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  let closedWith: (event: { code: number; reason: string }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `ws://${host}/graphql`,
    webSocketImpl: WithHeaders,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
    connectionParams: how.token ? { authorization: `Bearer ${how.token}` } : {},
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closedWith({ code, reason: String(reason) });
      },
    },
  });
  return { client, events: [], errors: [], closed };
}

export function subscribe(live: Live, query: string, variables: Record<string, unknown> = {}): void {
  live.client.subscribe(
    { query, variables },
    {
      next: (result) => live.events.push((result.data ?? { errors: result.errors }) as Record<string, unknown>),
      error: (error) => live.errors.push(error),
      complete: () => {},
    },
  );
}

export async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Open subscriptions on the server, as its /metrics says (every field summed). */
export async function openSubscriptions(api: TestServer): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('tripartite_live_subscriptions'))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/**
 * Subscribes, and waits until the server has the subscription: a change made before that is not
 * the subscriber's to hear (a fixed pause was too short on a loaded machine).
 */
export async function subscribeNow(api: TestServer, live: Live, query: string, variables: Record<string, unknown>) {
  const before = await openSubscriptions(api);
  subscribe(live, query, variables);
  const deadline = Date.now() + 10_000;
  while ((await openSubscriptions(api)) <= before) {
    if (Date.now() > deadline) throw new Error('The server did not register the subscription within 10 s');
    await sleep(20);
  }
}

export type LiveTestServer = {
  api: TestServer;
  accounts: RoleAccounts;
  /** A client of `api` (see `connect`), disposed of by `close`. */
  open: (how: Parameters<typeof connect>[1]) => Live;
  /** Disposes of every client `open` made, then stops the server. */
  close: () => Promise<void>;
};

/**
 * A test server (demo data, one account of each role) for the live tests. Credentials are
 * re-checked only once a minute, so that a test that ends a credential sees the server react to
 * the change itself, not to the timer.
 */
export async function startLiveTestServer(
  dialect: DatabaseTarget['dialect'],
  options: { statementSink?: (statement: string) => void } = {},
): Promise<LiveTestServer> {
  const api = await startTestServer(dialect, { ...options, liveRecheckMs: 60_000 });
  const accounts = await createRoleAccounts(api);
  const opened: Live[] = [];
  return {
    api,
    accounts,
    open: (how) => {
      const live = connect(api, how);
      opened.push(live);
      return live;
    },
    close: async () => {
      for (const live of opened) await live.client.dispose();
      await api.close();
    },
  };
}

/**
 * An audit record about an agreement (what every write leaves), made in `em` and written by its
 * flush: an event for everyone who watches the province, without the agreement being read.
 */
export function recordAgreementEvent(em: EntityManager, agreementId: string, provinceId: string): AuditRecord {
  return em.create(AuditRecord, {
    action: 'agreement.test',
    entityType: 'Agreement',
    entityId: agreementId,
    province: provinceId,
    actor: 'test',
    requestId: crypto.randomUUID(),
    account: null,
    clientRequestId: null,
    before: null,
    after: null,
  });
}
