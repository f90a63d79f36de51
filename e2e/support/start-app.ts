import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER_ENTRY = join(ROOT, 'server', 'dist', 'main.js');
const CLIENT_INDEX = join(ROOT, 'client', 'dist', 'index.html');

/**
 * How long a server may take to migrate, seed the demo and listen: about 5 s on an idle machine,
 * but over 30 s at load 25 on the shared two-core machine (a fresh clone's e2e run failed there).
 */
const START_LIMIT_MS = 90_000;

export type RunningApp = {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
  /** The server's process, for tests that signal it themselves (SIGTERM, SIGKILL). */
  process: ChildProcess;
  /** Resolves once the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export type StartAppOptions = {
  database?: AppDatabase;
  /** Run on this PostgreSQL database instead of a fresh one (several instances, one database); not dropped. */
  databaseUrl?: string;
  /** Listen on this port (0: any free one). */
  port?: number;
  /** More environment for the server (TRUST_PROXY, NODE_ENV …). */
  env?: Record<string, string>;
};

/** The databases an end-to-end test can run the app on: PostgreSQL too when TEST_DATABASE_URL is set. */
export type AppDatabase = 'sqlite' | 'postgresql';
export const APP_DATABASES: AppDatabase[] = process.env['TEST_DATABASE_URL'] ? ['sqlite', 'postgresql'] : ['sqlite'];

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/** A fresh PostgreSQL database from the server's own helper (built with it), dropped on stop. */
export async function scratchPostgres(prefix = 'tripartite_e2e'): Promise<ScratchDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: the app cannot run on PostgreSQL');
  const helper = pathToFileURL(join(ROOT, 'server', 'dist', 'db', 'scratch-postgres-database.js')).href;
  const { createScratchPostgresDatabase } = (await import(helper)) as {
    createScratchPostgresDatabase: (serverUrl: string, prefix: string) => Promise<ScratchDatabase>;
  };
  return createScratchPostgresDatabase(serverUrl, prefix);
}

/**
 * Starts the built server exactly as `pnpm start` does, on a fresh database (a SQLite file unless
 * told PostgreSQL) that it seeds with the demo data, on a free port. Needs `pnpm build` first
 * (`pnpm test` does it).
 */
export async function startApp({
  database = 'sqlite',
  databaseUrl,
  port = 0,
  env = {},
}: StartAppOptions = {}): Promise<RunningApp> {
  for (const built of [SERVER_ENTRY, CLIENT_INDEX]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`pnpm build\` before the end-to-end tests`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'tripartite-e2e-'));
  const postgres = database === 'postgresql' && !databaseUrl ? await scratchPostgres() : null;
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl ?? postgres?.url ?? `sqlite:${join(dataDir, 'e2e.sqlite')}`,
      SEED_DEMO_DATA: 'true',
      // One JSON line per request would only fill the output a failing test prints.
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const started = new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start within ${START_LIMIT_MS / 1000} s:\n${output}`)),
      START_LIMIT_MS,
    );
    const check = () => {
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with code ${code}:\n${output}`));
    });
  });

  const url = await started.catch(async (error: unknown) => {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
    throw error;
  });

  return {
    url,
    process: child,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        // The server ended before the tests did: say how, so the failures above can be read.
        console.error(
          `The app server had already ended (${child.signalCode ?? `code ${child.exitCode}`}):\n${output.slice(-4000)}`,
        );
      }
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
      await postgres?.drop();
    },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  // A process killed by a signal has a null exitCode but a signalCode, and will never emit 'exit'
  // again: waiting for it then hung the suite's afterAll until its hook timeout.
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
