import { rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startTripartite } from '../servers/processes.js';
import { generateCountry, type GenerateOptions, type GenerateSummary } from './generate.js';
import { TABLES, type Row, type RowSink, type TableName } from './tables.js';

export type BenchDatabase =
  | { dialect: 'sqlite'; file: string; url: string; drop: () => Promise<void> }
  | { dialect: 'postgresql'; url: string; drop: () => Promise<void> };

export type LoadReport = {
  dialect: 'sqlite' | 'postgresql';
  seconds: number;
  /** Peak resident memory of the loading process so far (maxRSS), in MiB. */
  peakRssMiB: number;
  rows: Record<TableName, number>;
  totalRows: number;
};

/** Rows into SQLite: one prepared INSERT per table, inside one transaction per chunk. */
class SqliteSink implements RowSink {
  private readonly statements = new Map<TableName, ReturnType<DatabaseSync['prepare']>>();
  constructor(private readonly db: DatabaseSync) {}
  async insert(table: TableName, rows: Row[]): Promise<void> {
    let statement = this.statements.get(table);
    if (!statement) {
      const columns = Object.keys(TABLES[table]);
      statement = this.db.prepare(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      this.statements.set(table, statement);
    }
    this.db.exec('begin');
    // SQLite keeps booleans as 0 and 1.
    for (const row of rows) statement.run(...row.map((value) => (typeof value === 'boolean' ? Number(value) : value)));
    this.db.exec('commit');
  }
}

/** Rows into PostgreSQL: one `insert … select from unnest(arrays)` per chunk of up to 20,000 rows. */
class PostgresSink implements RowSink {
  constructor(private readonly client: pg.Client) {}
  async insert(table: TableName, rows: Row[]): Promise<void> {
    const columns = Object.entries(TABLES[table]);
    const arrays = columns.map(([, type], index) =>
      rows.map((row) => {
        const value = row[index]!;
        return type === 'timestamptz' && value !== null ? new Date(value as number).toISOString() : value;
      }),
    );
    const sql = `insert into "${table}" (${columns.map(([c]) => `"${c}"`).join(', ')}) select * from unnest(${columns
      .map(([, type], index) => `$${index + 1}::${type}[]`)
      .join(', ')})`;
    await this.client.query(sql, arrays);
  }
}

/**
 * Creates a fresh database, builds its schema with the server's own migrations (through the
 * server's `openDatabase`, as the server itself would at start-up), then bulk-loads the
 * generated country and refreshes the planner's statistics.
 */
export async function createAndLoad(
  dialect: 'sqlite' | 'postgresql',
  options: { postgresUrl: string; databasePrefix: string; sqliteFile: string; generate: GenerateOptions },
): Promise<{ database: BenchDatabase; report: LoadReport; summary: GenerateSummary }> {
  const started = performance.now();
  let database: BenchDatabase;
  if (dialect === 'sqlite') {
    const file = options.sqliteFile;
    // The database file and its write-ahead log.
    const remove = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true }));
    remove();
    database = { dialect, file, url: `sqlite:${file}`, drop: async () => remove() };
  } else {
    database = await createPostgresDatabase(options.postgresUrl, options.databasePrefix);
  }
  // The schema is the server's own: Tripartite applies its migrations when it starts.
  const server = await startTripartite(dialect, database.url);
  await server.stop();

  let summary: GenerateSummary;
  if (database.dialect === 'sqlite') {
    const db = new DatabaseSync(database.file);
    try {
      // WAL lets the servers read side by side; no fsync per chunk while loading (the file is rebuilt if lost).
      db.exec('pragma journal_mode = wal; pragma synchronous = off;');
      summary = await generateCountry(new SqliteSink(db), options.generate);
      db.exec('analyze');
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      summary = await generateCountry(new PostgresSink(client), options.generate);
      await client.query('analyze');
    } finally {
      await client.end();
    }
  }
  const totalRows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  return {
    database,
    summary,
    report: {
      dialect,
      seconds: (performance.now() - started) / 1000,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      rows: summary.rows,
      totalRows,
    },
  };
}

/** A new, empty database named <prefix>_… (tripartite_bench_… unless told), dropped by `drop()`. */
async function createPostgresDatabase(serverUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgresql',
    url: url.toString(),
    drop: () => admin(`drop database if exists "${name}" with (force)`),
  };
}
