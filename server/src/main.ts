import type { AddressInfo } from 'node:net';
import { earlierSqliteLocationWarning, loadConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { buildApiSchema } from './graphql/build-schema.js';
import { createHttpApp } from './http/create-http-app.js';
import { createLogger, lifecycleLogger } from './http/logger.js';

/** node:sqlite and MikroORM 7 need Node.js 22.17 or later; say so rather than fail obscurely. */
function assertNodeVersion(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 17)) {
    throw new Error(
      `Node.js ${process.versions.node} is too old; Tripartite needs 22.17 or later. ` +
        'Start it with `npx pnpm@12.21.0 start`, which runs the project’s own Node.js 24.',
    );
  }
}

/** Composition root: read the configuration, open the database, serve HTTP. */
async function main(): Promise<void> {
  assertNodeVersion();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const lifecycle = lifecycleLogger(logger);
  const log = (message: string) => lifecycle.info(message);
  const where = config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  log(`Opening ${where}`);
  const locationWarning = earlierSqliteLocationWarning(config.database);
  if (locationWarning !== undefined) lifecycle.warn(locationWarning);

  const orm = await openDatabase(config.database, { logSql: config.logSql, seedDemoData: config.seedDemoData, log });
  const schema = await buildApiSchema();
  const { server, stop } = await createHttpApp({
    orm,
    schema,
    clientDistDir: config.clientDistDir,
    exposeInternals: config.environment === 'development',
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    guards: config.graphql,
    logger,
    metricsAllow: config.metricsAllow,
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log(`Tripartite is running at http://${host}:${port}/ (GraphQL API at http://${host}:${port}/graphql)`);

  // Graceful: readiness fails at once (the proxy stops sending), no new connections are taken,
  // live subscribers are told to reconnect elsewhere (1012), requests and live work in flight
  // end (at most DRAIN_LIMIT_MS); only then does the database close, which they may still need.
  const shutDown = async (signal: string) => {
    lifecycle.info({ signal }, 'shutting down: finishing requests in flight');
    await stop();
    await orm.close();
    lifecycle.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutDown('SIGINT'));
  process.once('SIGTERM', () => void shutDown('SIGTERM'));
}

/** Start-up failures users can fix themselves, said in their words rather than as a stack. */
function explainStartFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return 'the port is already in use: stop the other server or set PORT to another port';
  if (code === 'EACCES') return 'no permission to listen on that port: use a port above 1024 (PORT)';
  if (code === 'ECONNREFUSED') return 'the database refused the connection: is it running, and is DATABASE_URL right?';
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  console.error(`[tripartite] Could not start: ${explainStartFailure(error)}`);
  process.exit(1);
});
