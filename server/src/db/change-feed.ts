import type { EventArgs, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/sql';
import pg from 'pg';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';

/**
 * What changed, as ids only: whoever hears of it re-reads what it may see. Agreements are told
 * by their province; access changes (a sign-out, a revoked token, a disabled account) by the
 * account, so live connections re-check their credentials at once.
 */
export type Change =
  | { kind: 'agreement'; agreementId: string; provinceId: string | null }
  | { kind: 'access'; accountId: string | null }
  /** The PostgreSQL listener reconnected: changes may have been missed, so re-read everything. */
  | { kind: 'resync' };

export type ChangeListener = (change: Change) => void;

/** The PostgreSQL channel every instance listens on. */
export const CHANGE_CHANNEL = 'tripartite_changes';

const ACCESS_ACTIONS = new Set(['session.signOut', 'apiToken.revoke', 'account.disable']);

/**
 * Every write appends an audit record in its own transaction (modules/audit), so the audit trail
 * is the change feed: whatever writes an agreement (the API, an import, the command line) is
 * heard, and nothing that rolls back is. A change is published only once its transaction commits:
 * on PostgreSQL by `pg_notify` inside the transaction (PostgreSQL delivers it on commit, to every
 * instance, and drops it on rollback, a savepoint's included); on SQLite, which is one process,
 * to this process's listeners after the commit.
 */
export class ChangeFeed implements EventSubscriber<AuditRecord> {
  private readonly listeners = new Set<ChangeListener>();
  /** SQLite: the changes of the open transaction (one at a time on its single connection), with savepoint marks. */
  private pending: Change[] = [];
  private readonly savepoints: number[] = [];
  private listener: PostgresListener | null = null;

  constructor(private readonly postgresUrl: string | null) {}

  getSubscribedEntities() {
    return [AuditRecord];
  }

  async afterCreate({ entity, em }: EventArgs<AuditRecord>): Promise<void> {
    const change = changeOf(entity);
    if (!change) return;
    if (this.postgresUrl) {
      const transaction = em.getTransactionContext();
      // NOTIFY waits for the commit of the transaction it runs in; the record is inserted in it.
      await em
        .getConnection()
        .execute('select pg_notify(?, ?)', [CHANGE_CHANNEL, JSON.stringify(change)], 'run', transaction);
    } else {
      this.pending.push(change);
    }
  }

  afterTransactionStart({ transaction }: TransactionEventArgs): void {
    if (transaction?.savepointName) this.savepoints.push(this.pending.length);
  }

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (transaction?.savepointName) {
      this.savepoints.pop();
      return;
    }
    const committed = this.pending;
    this.pending = [];
    for (const change of committed) this.emit(change);
  }

  afterTransactionRollback({ transaction }: TransactionEventArgs): void {
    if (transaction?.savepointName) {
      this.pending.length = this.savepoints.pop() ?? 0;
      return;
    }
    this.pending = [];
  }

  /**
   * Hears every committed change, from any instance. On PostgreSQL the first listener opens this
   * process's one LISTEN connection. Returns the way to stop hearing.
   */
  async subscribe(listener: ChangeListener): Promise<() => void> {
    this.listeners.add(listener);
    if (this.postgresUrl && !this.listener) {
      this.listener = new PostgresListener(this.postgresUrl, (change) => this.emit(change));
      await this.listener.start();
    }
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.listener?.stop();
    this.listener = null;
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }
}

function changeOf(record: AuditRecord): Change | null {
  if (record.entityType === 'Agreement') {
    return { kind: 'agreement', agreementId: record.entityId, provinceId: record.province?.id ?? null };
  }
  if (ACCESS_ACTIONS.has(record.action)) {
    const accountId = record.entityType === 'Account' ? record.entityId : (record.account?.id ?? null);
    return { kind: 'access', accountId: accountIdOf(record) ?? accountId };
  }
  return null;
}

/** Whose access ended: the account in the record's before-values (a session, a token), else the record's own. */
function accountIdOf(record: AuditRecord): string | null {
  if (record.entityType === 'Account') return record.entityId;
  const before = record.before as { accountId?: unknown } | null;
  return typeof before?.accountId === 'string' ? before.accountId : null;
}

/** The feed of `orm` (registered by orm-options.ts). */
export function changeFeedOf(orm: MikroORM): ChangeFeed {
  const feed = [...orm.em.getEventManager().getSubscribers()].find(
    (subscriber: unknown) => subscriber instanceof ChangeFeed,
  );
  if (!feed) throw new Error('The ORM was opened without its change feed (db/orm-options.ts)');
  return feed as ChangeFeed;
}

/**
 * One dedicated connection per process that LISTENs (a pooled one cannot: the pool would hand
 * it to a query). It reconnects with a growing pause after a drop and then says `resync`, since
 * notifications sent while it was away are gone.
 */
class PostgresListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = 250;

  constructor(
    private readonly url: string,
    private readonly deliver: (change: Change) => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      try {
        this.deliver(JSON.parse(message.payload) as Change);
      } catch {
        // Not ours: ignore.
      }
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
    } catch (error) {
      client.removeAllListeners('end');
      throw error;
    }
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnect(dropped: pg.Client): void {
    if (this.stopped || this.client !== dropped) return;
    this.client = null;
    const retry = () => {
      setTimeout(() => {
        if (this.stopped) return;
        this.start().then(
          () => this.deliver({ kind: 'resync' }),
          () => {
            this.retryMs = Math.min(this.retryMs * 2, 10_000);
            retry();
          },
        );
      }, this.retryMs).unref();
    };
    retry();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
