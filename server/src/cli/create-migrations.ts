import { MikroORM } from '@mikro-orm/sql';
import type { DatabaseTarget } from '../config.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHandWrittenSchema } from '../db/hand-written-schema.js';
import { migrationsFolder, ormOptions } from '../db/orm-options.js';
import { createScratchPostgresDatabase } from '../db/scratch-postgres-database.js';

/**
 * Writes a migration for each database from the difference between the entities and a scratch
 * database migrated with the existing migrations. Usage: `pnpm --filter @tripartite/server
 * migration:create [name]`. PostgreSQL is reached at MIGRATIONS_POSTGRES_URL (default: the
 * local server as user postgres).
 */
const name = process.argv[2];
const postgresServer = process.env['MIGRATIONS_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Removes from a new migration the statements that would undo hand-written schema (see
 * db/hand-written-schema.ts); deletes the file when nothing else is left. True when kept.
 */
function keepHandWrittenSchema(file: string): boolean {
  const lines = readFileSync(file, 'utf8').split('\n');
  const kept = lines.filter((line) => !(line.includes('addSql(') && isHandWrittenSchema(line)));
  const upBody = kept.join('\n').split('override down()')[0] ?? '';
  if (!upBody.includes('addSql(')) {
    rmSync(file);
    return false;
  }
  writeFileSync(file, kept.join('\n'));
  return true;
}

async function createFor(target: DatabaseTarget): Promise<void> {
  const orm = await MikroORM.init(ormOptions(target));
  try {
    await orm.migrator.up();
    const result = await orm.migrator.create(undefined, false, false, name);
    const written = result.fileName
      ? keepHandWrittenSchema(join(migrationsFolder(target.dialect), result.fileName))
      : false;
    console.log(written ? `${target.dialect}: wrote ${result.fileName}` : `${target.dialect}: schema is current`);
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
