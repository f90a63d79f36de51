import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { SqliteDriver, type Options as SqlOptions } from '@mikro-orm/sql';
import { ChangeFeed } from './change-feed.js';
import type { DatabaseTarget } from './database-target.js';
import { entities } from './entities.js';
import { sqliteDialect } from './sqlite-dialect.js';

/** Both databases go through MikroORM's SQL layer, so the query builder is always there. */
type PartialOptions = SqlOptions;

/**
 * Migrations are one dialect's SQL, so each database keeps its own folder. The same folder
 * serves the TypeScript sources in development and the compiled files in `dist/`.
 */
export function migrationsFolder(dialect: DatabaseTarget['dialect']): string {
  return join(import.meta.dirname, 'migrations', dialect);
}

export type OrmLogging = {
  /** Log every SQL statement. */
  logSql?: boolean;
  /** Receives every SQL statement instead of the console (tests count statements with it). */
  statementSink?: (statement: string) => void;
};

export function ormOptions(database: DatabaseTarget, logging: OrmLogging = {}): PartialOptions {
  const migrationsPath = migrationsFolder(database.dialect);
  const common = {
    entities,
    // Committed changes, for live subscriptions (change-feed.ts); one feed per ORM.
    subscribers: [new ChangeFeed(database.dialect === 'postgresql' ? database.url : null)],
    extensions: [Migrator, SeedManager],
    // Batches relation loads (province → wards) into one query per level instead of one per row.
    dataloader: DataloaderType.ALL,
    debug: logging.statementSink || logging.logSql ? ['query'] : false,
    colors: !logging.statementSink,
    ...(logging.statementSink ? { logger: logging.statementSink } : {}),
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d).{js,ts}',
      // No snapshot files: new migrations are diffed against a database migrated from the
      // existing ones (see cli/create-migrations.ts), and nothing is written at run time.
      snapshot: false,
      snapshotOnMigrate: false,
      // openDatabase reports what it applied; the migrator's own chatter is not needed.
      silent: true,
      allOrNothing: true,
      transactional: true,
    },
  } satisfies PartialOptions;

  if (database.dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      // No JIT compilation: PostgreSQL compiles any statement whose estimated cost passes
      // `jit_above_cost`, and the director's dashboard's targets (their wards' figures summed in
      // the database, estimated for every province a merge may bring) pass it at national scale,
      // though they read some 3,500 rows: the compiling took longer than the statement (EXPLAIN
      // ANALYZE on the bench's 34 provinces, bench/RESULTS.md issue 19). A startup parameter of
      // each connection: no statement of its own.
      driverOptions: { options: '-c jit=off' },
    };
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  return {
    ...common,
    driver: SqliteDriver,
    dbName: database.file,
    // node:sqlite is built into Node 24: no native module to compile or download. Our dialect
    // adds a busy timeout and write-ahead logging (sqlite-dialect.ts).
    driverOptions: sqliteDialect(database.file),
  };
}
