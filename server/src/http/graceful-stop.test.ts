import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchPostgresDatabase } from '../db/scratch-postgres-database.js';
import { testDialects } from '../test-support/test-databases.js';

const SERVER_ROOT = resolve(import.meta.dirname, '..', '..');

type Started = { process: ChildProcess; port: number; output: () => string; exited: Promise<number | null> };

/** main.ts from its sources, as `pnpm start` runs it, on an empty database of its own. */
async function startMain(databaseUrl: string): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/main.ts'], {
    cwd: SERVER_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const deadline = Date.now() + 90_000;
  let match: RegExpExecArray | null = null;
  while (!(match = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start:\n${output}`);
    }
    await sleep(50);
  }
  return { process: child, port: Number(match[1]), output: () => output, exited };
}

/**
 * A request from a slow client: the first part of its headers is sent now, the rest (and the
 * body) by `finish()`. The server has taken the connection and begun reading the request.
 */
function slowRequest(port: number, body: string) {
  const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n`;
  const rest = `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const answer = new Promise<string>((resolveAnswer) => {
    socket.once('close', () => resolveAnswer(received));
    socket.once('error', () => {});
  });
  socket.write(head);
  return { answer, finish: () => socket.write(rest) };
}

describe.each(testDialects)('a graceful stop (SIGTERM), on %s', (dialect) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function database(): Promise<string> {
    if (dialect === 'sqlite') {
      const folder = mkdtempSync(join(tmpdir(), 'tripartite-stop-'));
      cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
      return `sqlite:${join(folder, 'stop.sqlite')}`;
    }
    const scratch = await createScratchPostgresDatabase(process.env['TEST_DATABASE_URL']!, 'tripartite_test');
    cleanups.push(() => scratch.drop());
    return scratch.url;
  }

  it('answers a slow request in flight at SIGTERM, from the database, before it closes the database, and exits 0', async () => {
    const server = await startMain(await database());
    cleanups.push(() => void server.process.kill('SIGKILL'));

    // Signing in reads the database (the account, the sign-in counters): an answer, not a cut
    // connection and not "driver has already been destroyed".
    const inFlight = slowRequest(
      server.port,
      JSON.stringify({
        query: 'mutation { signIn(email: "nobody@tripartite.local", password: "not the password") { expiresAt } }',
      }),
    );
    await sleep(300);
    server.process.kill('SIGTERM');
    await sleep(500);
    expect(server.process.exitCode).toBeNull();
    inFlight.finish();

    const answer = await inFlight.answer;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    // Chunked or not, the answer's one JSON document.
    const body = JSON.parse(/\{.*\}/s.exec(answer)?.[0] ?? 'null') as {
      errors?: { extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/destroyed|unexpected error/i);
  }, 150_000);
});
