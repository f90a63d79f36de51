import type { MikroORM } from '@mikro-orm/sql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What an operator watches (docs/deployment.md): the API's traffic, its errors, the pool, live subscribers. */
export type ApiMetrics = {
  registry: Registry;
  operations: Counter<'operation' | 'type'>;
  duration: Histogram<'operation' | 'type'>;
  errors: Counter<'operation' | 'code'>;
  subscriptions: Gauge<'subscription'>;
  liveDeliveries: Counter<'subscription'>;
  liveReads: Counter<'subscription'>;
  /** The operation name as a label: client-chosen, so only sane names, and not too many. */
  operationLabel: (name: string | null | undefined) => string;
};

/** Operation names are chosen by clients; past this many distinct ones they are counted as `other`. */
const MAX_OPERATION_NAMES = 200;

/**
 * prom-client metrics in a registry of this server's own (tests start several servers in one
 * process, and the default registry is global). The database pool is read when scraped.
 */
export function createMetrics(orm: MikroORM): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tripartite_' });
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (!seen.has(name)) {
      if (seen.size >= MAX_OPERATION_NAMES) return 'other';
      seen.add(name);
    }
    return name;
  };
  const pool = new Gauge({
    name: 'tripartite_db_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting for a connection); absent on SQLite.',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const stats = await poolStats(orm);
      if (!stats) return;
      for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
    },
  });
  void pool;
  return {
    registry,
    operationLabel,
    operations: new Counter({
      name: 'tripartite_graphql_operations_total',
      help: 'GraphQL operations executed, by operation name and type (query, mutation, subscription).',
      labelNames: ['operation', 'type'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'tripartite_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer.',
      labelNames: ['operation', 'type'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'tripartite_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation and code (INTERNAL_SERVER_ERROR is the one to alert on).',
      labelNames: ['operation', 'code'] as const,
      registers: [registry],
    }),
    subscriptions: new Gauge({
      name: 'tripartite_live_subscriptions',
      help: 'Open GraphQL subscriptions on this instance, by field.',
      labelNames: ['subscription'] as const,
      registers: [registry],
    }),
    liveDeliveries: new Counter({
      name: 'tripartite_live_deliveries_total',
      help: 'Changes delivered to subscribers, by subscription field.',
      labelNames: ['subscription'] as const,
      registers: [registry],
    }),
    liveReads: new Counter({
      name: 'tripartite_live_reads_total',
      help: 'Re-reads of changes for subscribers, by subscription field: one per change and view (access scope and document), shared by its subscribers.',
      labelNames: ['subscription'] as const,
      registers: [registry],
    }),
  };
}

/** The pg pool's counts, read through MikroORM's connection; null on SQLite. */
async function poolStats(orm: MikroORM): Promise<Record<string, number> | null> {
  const connection = orm.em.getConnection() as unknown as { getNativeClient?: () => Promise<unknown> };
  if (!/^postgres(ql)?:/.test(orm.config.get('clientUrl') ?? '') || !connection.getNativeClient) return null;
  const pool = (await connection.getNativeClient()) as { totalCount: number; idleCount: number; waitingCount: number };
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}
