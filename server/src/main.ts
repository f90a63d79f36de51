import type { AddressInfo } from 'node:net';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { buildApiSchema } from './graphql/build-schema.js';
import { createHttpApp } from './http/create-http-app.js';

/** Composition root: read the configuration, open the database, serve HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (message: string) => console.log(`[tripartite] ${message}`);
  const where = config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  log(`Opening ${where}`);

  const orm = await openDatabase(config.database, { logSql: config.logSql, seedDemoData: config.seedDemoData, log });
  const schema = await buildApiSchema();
  const { server, stop } = await createHttpApp({
    orm,
    schema,
    clientDistDir: config.clientDistDir,
    exposeInternals: config.environment === 'development',
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log(`Tripartite is running at http://${host}:${port}/ (GraphQL API at http://${host}:${port}/graphql)`);

  const shutDown = async (signal: string) => {
    log(`${signal} received, shutting down`);
    await stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutDown('SIGINT'));
  process.once('SIGTERM', () => void shutDown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`[tripartite] Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
