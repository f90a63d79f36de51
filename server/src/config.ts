import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from './db/database-target.js';
import { LOG_LEVELS, type LogLevel } from './http/logger.js';
import { parseAllowList } from './http/metrics-access.js';
import { DEFAULT_QUERY_LIMITS, type GraphQLGuards } from './http/query-limits.js';

/**
 * Every environment variable the server reads, parsed and validated once at start-up.
 * A bad value stops the server with a message naming the variable, rather than surfacing
 * later as an odd failure.
 */

/** Repository root: `src/` in development and `dist/` when built sit at the same depth. */
const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The embedded default: a SQLite file in the server's own `data/` folder (ignored by git). The
 * repository's top level holds only the workspace's agreed folders and files, nothing the app
 * writes while it runs.
 */
export const DEFAULT_SQLITE_FILE = resolve(REPOSITORY_ROOT, 'server', 'data', 'tripartite.sqlite');

/** Where versions before 2026-12-05 kept the default SQLite file: `data/` at the repository root. */
export const EARLIER_DEFAULT_SQLITE_FILE = resolve(REPOSITORY_ROOT, 'data', 'tripartite.sqlite');

/**
 * The default SQLite file; a checkout that already has one where earlier versions kept it, and
 * none in the new place, goes on using it, so an update never starts on an empty database while
 * the data sits elsewhere (the server says how to move it).
 */
export function defaultSqliteFile(fileExists: (file: string) => boolean = existsSync): string {
  return !fileExists(DEFAULT_SQLITE_FILE) && fileExists(EARLIER_DEFAULT_SQLITE_FILE)
    ? EARLIER_DEFAULT_SQLITE_FILE
    : DEFAULT_SQLITE_FILE;
}

/**
 * What the server says at start-up when it opened the default SQLite file where earlier versions
 * kept it (nothing otherwise): how to move it, or how to keep it there on purpose.
 */
export function earlierSqliteLocationWarning(database: DatabaseTarget): string | undefined {
  if (database.dialect !== 'sqlite' || database.file !== EARLIER_DEFAULT_SQLITE_FILE) return undefined;
  return (
    'Using the database where earlier versions kept it. Stop the server and move it (with any -wal and ' +
    `-shm files beside it) to ${DEFAULT_SQLITE_FILE}, or set DATABASE_URL=sqlite:${EARLIER_DEFAULT_SQLITE_FILE} ` +
    'to keep it where it is.'
  );
}

/** Where the built admin app is served from. */
export const DEFAULT_CLIENT_DIST = resolve(REPOSITORY_ROOT, 'client', 'dist');

export type { DatabaseTarget };

/**
 * `DATABASE_URL` selects the database: `postgres://…` (or `postgresql://…`) for PostgreSQL,
 * `sqlite:PATH` or a bare path for a SQLite file, `sqlite::memory:` for a throw-away one.
 */
export function parseDatabaseUrl(value: string | undefined): DatabaseTarget {
  if (value === undefined || value.trim() === '') {
    return { dialect: 'sqlite', file: defaultSqliteFile() };
  }
  const url = value.trim();
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgresql', url };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '') throw new Error('DATABASE_URL: `sqlite:` needs a file path, e.g. sqlite:./data/app.sqlite');
    return { dialect: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`DATABASE_URL: unsupported scheme in "${url.split('://')[0]}://…"; use postgres:// or sqlite:`);
  }
  return { dialect: 'sqlite', file: resolve(url) };
}

/** The reminder emails' sender when SMTP_FROM is unset; a real server wants its own domain here. */
export const DEFAULT_SMTP_FROM = 'Tripartite <tripartite@localhost>';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  DATABASE_URL: z.string().optional(),
  /** Seed the demo data into an empty database. Defaults to on for SQLite, off for PostgreSQL. */
  SEED_DEMO_DATA: booleanFromEnv.optional(),
  /** Log every SQL statement (useful when chasing N+1 queries). */
  LOG_SQL: booleanFromEnv.default(false),
  CLIENT_DIST_DIR: z.string().default(DEFAULT_CLIENT_DIST),
  /** Mark the session cookie Secure (HTTPS only). Defaults to on in production. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /**
   * Behind a reverse proxy: how many hops (or which addresses) to trust for the client address.
   * Not `true`: trusting every hop lets a client name its own address and slip the sign-in limits.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|\d+|[\d.:/a-f, ]+|loopback|linklocal|uniquelocal)$/i,
      'false, a hop count (such as 1) or the proxies’ addresses; not true, which would trust any X-Forwarded-For',
    )
    .optional(),
  // GraphQL hardening (http/query-limits.ts): the size of an operation, and what the schema tells
  // strangers. Introspection and "Did you mean …?" suggestions default to off in production.
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(DEFAULT_QUERY_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_QUERY_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(DEFAULT_QUERY_LIMITS.maxTokens),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(DEFAULT_QUERY_LIMITS.maxCost),
  GRAPHQL_COSTLY_QUERY_COST: z.coerce.number().int().min(0).default(DEFAULT_QUERY_LIMITS.costlyQueryCost),
  GRAPHQL_COSTLY_QUERY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(DEFAULT_QUERY_LIMITS.costlyQueryConcurrency),
  GRAPHQL_COSTLY_QUERY_QUEUE: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_QUERY_LIMITS.costlyQueryQueue),
  GRAPHQL_COSTLY_QUERY_WAIT_MS: z.coerce
    .number()
    .int()
    .min(1)
    .max(600_000)
    .default(DEFAULT_QUERY_LIMITS.costlyQueryWaitMs),
  GRAPHQL_INTROSPECTION: booleanFromEnv.optional(),
  /** How much the JSON log says: info by default; warn keeps only problems (tests, benchmarks). */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Who may read /metrics: `loopback`, addresses and CIDR ranges, comma-separated. */
  METRICS_ALLOW: z
    .string()
    .default('loopback')
    .refine((value) => {
      try {
        parseAllowList(value);
        return true;
      } catch {
        return false;
      }
    }, 'loopback, addresses or CIDR ranges, comma-separated (such as loopback,10.0.0.0/8)'),
  GRAPHQL_FIELD_SUGGESTIONS: booleanFromEnv.optional(),
  /** Where `pnpm tripartite remind` hands its emails: `smtp://` or `smtps://`, user and password in it. */
  SMTP_URL: z
    .string()
    .regex(/^$|^smtps?:\/\/[^/?#\s]+/i, 'an SMTP server as smtp://host:port or smtps://user:password@host:465')
    .optional(),
  /** The sender of those emails, `address` or `Name <address>`. */
  SMTP_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]+$/, 'an email address, alone or as Name <address>, on one line')
    .default(DEFAULT_SMTP_FROM),
});

export type Config = {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseTarget;
  seedDemoData: boolean;
  logSql: boolean;
  clientDistDir: string;
  secureCookies: boolean;
  trustProxy: boolean | number | string;
  graphql: GraphQLGuards;
  logLevel: LogLevel;
  /** `METRICS_ALLOW` as written; http/metrics-access.ts reads it. */
  metricsAllow: string;
  /** The reminder emails: no SMTP server (null) means they cannot be sent, only previewed. */
  mail: { smtpUrl: string | null; from: string };
};

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function parseTrustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  if (environment['NODE_ENV'] === undefined && !isLoopback(env.HOST)) {
    // Development mode shows internals in errors and seeds demo accounts with a published
    // password: never on a network address by accident.
    throw new Error(
      `Invalid configuration:\n  NODE_ENV: must be set when HOST (${env.HOST}) is reachable from other machines; use production, or development on purpose`,
    );
  }
  const database = parseDatabaseUrl(env.DATABASE_URL);
  const seedDemoData = env.SEED_DEMO_DATA ?? (database.dialect === 'sqlite' && env.NODE_ENV !== 'production');
  if (seedDemoData && env.NODE_ENV === 'production') {
    throw new Error('Invalid configuration:\n  SEED_DEMO_DATA: demo data is never seeded in production');
  }
  return {
    environment: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    database,
    seedDemoData,
    logSql: env.LOG_SQL,
    clientDistDir: resolve(env.CLIENT_DIST_DIR),
    secureCookies: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    graphql: {
      limits: {
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
        maxTokens: env.GRAPHQL_MAX_TOKENS,
        maxCost: env.GRAPHQL_MAX_COST,
        costlyQueryCost: env.GRAPHQL_COSTLY_QUERY_COST,
        costlyQueryConcurrency: env.GRAPHQL_COSTLY_QUERY_CONCURRENCY,
        costlyQueryQueue: env.GRAPHQL_COSTLY_QUERY_QUEUE,
        costlyQueryWaitMs: env.GRAPHQL_COSTLY_QUERY_WAIT_MS,
      },
      introspection: env.GRAPHQL_INTROSPECTION ?? env.NODE_ENV !== 'production',
      fieldSuggestions: env.GRAPHQL_FIELD_SUGGESTIONS ?? env.NODE_ENV !== 'production',
    },
    logLevel: env.LOG_LEVEL,
    metricsAllow: env.METRICS_ALLOW,
    mail: { smtpUrl: env.SMTP_URL?.trim() || null, from: env.SMTP_FROM },
  };
}
