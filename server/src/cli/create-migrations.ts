import { MikroORM } from '@mikro-orm/sql';
import type { DatabaseTarget } from '../config.js';
import { ormOptions } from '../db/orm-options.js';
import { createScratchPostgresDatabase } from '../db/scratch-postgres-database.js';

/**
 * Writes a migration for each database from the difference between the entities and a scratch
 * database migrated with the existing migrations. Usage: `pnpm --filter @tripartite/server
 * migration:create [name]`. PostgreSQL is reached at MIGRATIONS_POSTGRES_URL (default: the
 * local server as user postgres).
 */
const name = process.argv[2];
const postgresServer = process.env['MIGRATIONS_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function createFor(target: DatabaseTarget): Promise<void> {
  const orm = await MikroORM.init(ormOptions(target));
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(undefined, false, false, name);
    console.log(
      result.fileName ? `${target.dialect}: wrote ${result.fileName}` : `${target.dialect}: schema is current`,
    );
  } finally {
    await orm.close();
  }
}

await createFor({ dialect: 'sqlite', file: ':memory:' });
const scratch = await createScratchPostgresDatabase(postgresServer, 'tripartite_migrations');
try {
  await createFor({ dialect: 'postgresql', url: scratch.url });
} finally {
  await scratch.drop();
}
