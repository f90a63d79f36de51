import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import type { TargetKind } from '../operations.js';

export type Dialect = 'sqlite' | 'postgresql';
export type RunningServer = {
  /** Short label, such as `tripartite/postgresql`. */
  label: string;
  kind: TargetKind;
  dialect: Dialect;
  url: string;
  pid: number;
  /** SQL statements the server has sent so far (null when it cannot say). */
  statements: () => Promise<number | null>;
  memory: () => { rssMiB: number; peakRssMiB: number };
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs: () => number;
  stop: () => Promise<void>;
};

const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SERVER_MAIN = resolve(REPOSITORY_ROOT, 'server', 'dist', 'main.js');
const TSX_IMPORT = ['--import', 'tsx'];
/** How long a profiled server may take to exit: writing a profile of minutes of load takes seconds. */
const PROFILE_WRITING_GRACE_MS = 120_000;

/**
 * Ports of the servers started: any free one (0), or each the next free one from `--port-base`,
 * so that on a shared machine a run stays within its user's range of ports. A port of the range
 * can be held by another program's outgoing connection (the kernel's ephemeral ports overlap such
 * ranges), so each is tried before it is handed out.
 */
let nextPort = 0;
export function usePortsFrom(base: number): void {
  nextPort = base;
}
async function portToListenOn(): Promise<string> {
  if (nextPort === 0) return '0';
  for (let tries = 0; tries < 100; tries++) {
    const port = nextPort++;
    if (await isFree(port)) return String(port);
  }
  throw new Error(`No free port in the 100 up to ${nextPort - 1}`);
}
function isFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** VmRSS and VmHWM (peak) of a process, from /proc. */
export function memoryOf(pid: number): { rssMiB: number; peakRssMiB: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
  } catch {
    return { rssMiB: 0, peakRssMiB: 0 };
  }
}

/** Clock ticks per second of /proc's CPU times (100 on Linux almost always). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time of a process, user + system, from /proc/<pid>/stat: on a shared machine this says
 * what a request costs better than wall time, which grows with everyone else's load. It does not
 * include the database server's own processes (PostgreSQL's backends), for any server.
 */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

function launch(
  label: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  onLine?: (line: string) => void,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, {
    cwd: resolve(REPOSITORY_ROOT, 'bench'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePort, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 60 s:\n${output}`)), 60_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        onLine?.(line);
        if (output.length < 20_000) output += `${line}\n`;
        const match = ready.exec(line);
        if (match) {
          clearTimeout(timer);
          resolvePort({ child, port: Number(match[1]) });
        }
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      if (output.length < 20_000) output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * SIGTERM, then SIGKILL after `graceMs`. A server run with `--cpu-prof` writes its profile only as
 * it exits, which on a loaded machine takes longer than 5 s (a killed server writes none), so such
 * servers are given longer.
 */
function stopper(child: ChildProcess, graceMs = 5_000): () => Promise<void> {
  return () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), graceMs).unref();
    });
}

/**
 * The Node.js flags a build of the server is deployed with: those of its package's `start` script
 * (`node <flags> dist/main.js`, in the `package.json` beside its `dist/`). Each build is measured
 * as it starts in production, an earlier one given as `--baseline` with its own flags; the
 * memory flags are part of what a build is (docs/deployment.md, Memory).
 */
export function deployedNodeFlags(main: string): string[] {
  const manifestPath = resolve(dirname(main), '..', 'package.json');
  let start: unknown;
  try {
    start = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { scripts?: { start?: unknown } }).scripts?.start;
  } catch (error) {
    throw new Error(`Cannot read how ${main} is started: ${manifestPath}: ${(error as Error).message}`);
  }
  const flags = typeof start === 'string' ? /^node((?:\s+--\S+)*)\s+dist\/main\.js$/.exec(start) : null;
  if (!flags)
    throw new Error(`${manifestPath}: the start script is not "node <flags> dist/main.js" (${JSON.stringify(start)})`);
  return flags[1]!.split(/\s+/).filter((flag) => flag !== '');
}

/**
 * Tripartite as deployed: the built server (`server/dist/main.js`) in production mode on the
 * benchmark database, started with the flags of its start script (`deployedNodeFlags`), then any
 * of `--node-flags` (which V8 lets override them). With `countStatements`, it runs with LOG_SQL=true and its log lines are
 * counted (a separate instance, so logging never slows the measured one).
 */
export async function startTripartite(
  dialect: Dialect,
  databaseUrl: string,
  options: {
    countStatements?: boolean;
    nodeOptions?: string[];
    /** Another build of the server (an earlier commit's `server/dist/main.js`), measured as a target of its own. */
    main?: string;
    name?: string;
  } = {},
): Promise<RunningServer> {
  let logged = 0;
  const label = `${options.name ?? 'tripartite'}/${dialect}`;
  const { child, port } = await launch(
    label,
    [...deployedNodeFlags(options.main ?? SERVER_MAIN), ...(options.nodeOptions ?? []), options.main ?? SERVER_MAIN],
    {
      DATABASE_URL: databaseUrl,
      PORT: await portToListenOn(),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SEED_DEMO_DATA: 'false',
      LOG_SQL: options.countStatements ? 'true' : 'false',
      // A JSON line per request would cost the server time the benchmark is measuring.
      LOG_LEVEL: 'warn',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    /running at http:\/\/[^:]+:(\d+)\//,
    (line) => {
      if (line.includes('[query]')) logged += 1;
    },
  );
  return {
    label,
    kind: 'tripartite',
    dialect,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    statements: async () => (options.countStatements ? logged : null),
    memory: () => memoryOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    stop: stopper(child, options.nodeOptions?.includes('--cpu-prof') ? PROFILE_WRITING_GRACE_MS : undefined),
  };
}

async function statsOf(url: string): Promise<number> {
  const response = await fetch(`${url}/__stats`);
  return ((await response.json()) as { statements: number }).statements;
}

export async function startFloor(dialect: Dialect, databaseUrl: string): Promise<RunningServer> {
  const label = `floor/${dialect}`;
  const script = resolve(import.meta.dirname, 'floor-server.ts');
  const { child, port } = await launch(
    label,
    [...TSX_IMPORT, script, dialect, databaseUrl, await portToListenOn()],
    {},
    /listening on (\d+)/,
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    label,
    kind: 'floor',
    dialect,
    url,
    pid: child.pid!,
    statements: () => statsOf(url),
    memory: () => memoryOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    stop: stopper(child),
  };
}

export async function startPostgraphile(databaseUrl: string): Promise<RunningServer> {
  const label = 'postgraphile/postgresql';
  const script = resolve(import.meta.dirname, 'postgraphile-server.ts');
  const { child, port } = await launch(
    label,
    [...TSX_IMPORT, script, databaseUrl, await portToListenOn()],
    { GRAPHILE_ENV: 'production', NODE_ENV: 'production' },
    /listening on (\d+)/,
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    label,
    kind: 'postgraphile',
    dialect: 'postgresql',
    url,
    pid: child.pid!,
    statements: () => statsOf(url),
    memory: () => memoryOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    stop: stopper(child),
  };
}
