import type { AddressInfo } from 'node:net';
import type { DatabaseTarget } from '../config.js';
import { buildApiSchema } from '../graphql/build-schema.js';
import { createHttpApp } from '../http/create-http-app.js';
import type { SignInLimits } from '../modules/access/sign-in-limiter.js';
import { createTestAccount, type TestAccount } from './test-accounts.js';
import { DEFAULT_QUERY_LIMITS, type GraphQLGuards } from '../http/query-limits.js';
import { openTestDatabase, type TestDatabase } from './test-databases.js';
import { openDatabase } from '../db/open-database.js';
import type { Logger } from '../http/logger.js';

/** A second ORM on a database another test server made: closing it leaves the database. */
async function openSharedDatabase(target: DatabaseTarget): Promise<TestDatabase> {
  const orm = await openDatabase(target, { seedDemoData: false });
  return { orm, target, close: () => orm.close() };
}

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
};

export type TestServer = {
  url: string;
  database: TestDatabase;
  /** Asks as the server's test admin (an API token), unless `as` names another token or null (anonymous). */
  graphql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: { token: string | null; headers?: Record<string, string> },
  ) => Promise<GraphQLResponse<T>>;
  /** Signs in like the app and returns the session cookie to send as `headers: { cookie }`. */
  signIn: (email: string, password: string) => Promise<string>;
  /** The test admin, created with the server. */
  admin: TestAccount;
  close: () => Promise<void>;
};

/** The real HTTP server on a fresh database, listening on a free loopback port. */
export async function startTestServer(
  dialect: DatabaseTarget['dialect'],
  options: {
    clientDistDir?: string;
    exposeInternals?: boolean;
    seedDemoData?: boolean;
    statementSink?: (statement: string) => void;
    signInLimits?: Partial<SignInLimits>;
    /** Another instance on an existing database (its own ORM and limiter), instead of a new one. */
    sharedDatabase?: DatabaseTarget;
    /** Express's trust proxy; the tests' default trusts the loopback "proxy" they pretend to be. */
    trustProxy?: false | string;
    /** The configured defaults when absent: every limit, introspection and suggestions on. */
    guards?: Partial<GraphQLGuards>;
    /** JSON logs to read (http/logger.ts); silent without. */
    logger?: Logger;
    /** `METRICS_ALLOW`; loopback without. */
    metricsAllow?: string;
    /** How often live connections re-check their credential (ms). */
    liveRecheckMs?: number;
  } = {},
): Promise<TestServer> {
  const database = options.sharedDatabase
    ? await openSharedDatabase(options.sharedDatabase)
    : await openTestDatabase(dialect, {
        seedDemoData: options.seedDemoData ?? true,
        ...(options.statementSink ? { statementSink: options.statementSink } : {}),
      });
  const { server, stop } = await createHttpApp({
    orm: database.orm,
    schema: await buildApiSchema(),
    clientDistDir: options.clientDistDir ?? '/nonexistent-client-dist',
    exposeInternals: options.exposeInternals ?? false,
    secureCookies: false,
    // Tests stand in for clients at many addresses with X-Forwarded-For, as a local proxy would.
    trustProxy: options.trustProxy ?? 'loopback',
    ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}),
    guards: { limits: DEFAULT_QUERY_LIMITS, introspection: true, fieldSuggestions: true, ...options.guards },
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.metricsAllow ? { metricsAllow: options.metricsAllow } : {}),
    ...(options.liveRecheckMs ? { liveRecheckMs: options.liveRecheckMs } : {}),
  });
  const admin = await createTestAccount(database.orm, { role: 'ADMIN' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    database,
    admin,
    graphql: async (query, variables, as) => {
      const token = as ? as.token : admin.token;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...as?.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    signIn: async (email, password) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }',
          variables: { email, password },
        }),
      });
      const cookie = response.headers.get('set-cookie');
      if (!cookie) throw new Error(`Could not sign in as ${email}: ${await response.text()}`);
      return cookie.split(';')[0]!;
    },
    close: async () => {
      await stop();
      await database.close();
    },
  };
}
