import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx (the package `nginx`, which .ci/run installs when it is missing). */
export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** The configuration docs/deployment.md gives operators; the tests run exactly this file. */
export const DOCUMENTED_CONFIG = resolve(import.meta.dirname, '..', '..', 'docs', 'nginx', 'tripartite.conf');

/** The documented file's ports, the only text a test changes in it. */
const DOCUMENTED_UPSTREAMS = ['127.0.0.1:4001', '127.0.0.1:4002'];
const DOCUMENTED_LISTEN = 'listen 8080;';

/**
 * A free TCP port on loopback: the first free one from `E2E_PORT_BASE` when it is set (agents on a
 * shared machine keep to their range), otherwise one the system picks.
 */
export async function freePort(after = 0): Promise<number> {
  const base = Number(process.env['E2E_PORT_BASE'] ?? 0);
  if (!base) return listenOnce(0);
  for (let port = Math.max(base, after + 1); port < base + 100; port += 1) {
    const got = await listenOnce(port).catch(() => null);
    if (got) return got;
  }
  throw new Error(`No free port in ${base}–${base + 99}`);
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => {
      const chosen = (probe.address() as { port: number }).port;
      probe.close(() => resolvePort(chosen));
    });
  });
}

/** docs/nginx/tripartite.conf with only its upstream ports and listen port replaced. */
export function documentedConfigFor(upstreamPorts: number[], listenPort: number): string {
  let config = readFileSync(DOCUMENTED_CONFIG, 'utf8');
  const replace = (from: string, to: string) => {
    const occurrences = config.split(from).length - 1;
    if (occurrences !== 1) throw new Error(`${DOCUMENTED_CONFIG} should name "${from}" once, not ${occurrences} times`);
    config = config.replace(from, to);
  };
  if (upstreamPorts.length !== DOCUMENTED_UPSTREAMS.length) throw new Error('The documented config has two upstreams');
  DOCUMENTED_UPSTREAMS.forEach((upstream, index) => replace(upstream, `127.0.0.1:${upstreamPorts[index]}`));
  replace(DOCUMENTED_LISTEN, `listen 127.0.0.1:${listenPort};`);
  return config;
}

export type RunningNginx = {
  url: string;
  /** nginx's error log so far (warnings and up): what a failing test prints. */
  errorLog: () => string;
  /** One line per request: `msec status upstream_addr upstream_status request_time`, to tell which instance answered. */
  accessLog: () => string;
  stop: () => Promise<void>;
};

/**
 * nginx in the foreground as this test's own process, with its pid file, logs and temporary
 * files in a scratch folder (no root needed), serving the documented config for `upstreamPorts`.
 */
export async function startNginx(upstreamPorts: number[]): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH))
    throw new Error(`nginx is not at ${NGINX_PATH}: apt-get install nginx (or set NGINX_PATH)`);
  const prefix = mkdtempSync(join(tmpdir(), 'tripartite-nginx-'));
  // Workers run as nobody when the tests run as root: they must reach the temporary folders.
  chmodSync(prefix, 0o755);
  const port = await freePort(Math.max(...upstreamPorts));
  writeFileSync(join(prefix, 'tripartite.conf'), documentedConfigFor(upstreamPorts, port));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${join(prefix, `${kind}_temp`)};`)
    .join('\n');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
worker_processes 1;
worker_rlimit_nofile 8192;
events { worker_connections 4096; }
http {
  log_format upstreams '$msec $status $upstream_addr $upstream_status $request_time';
  access_log ${join(prefix, 'access.log')} upstreams;
${temp}
  include ${join(prefix, 'tripartite.conf')};
}
`,
  );
  const readLog = (name: string) => (existsSync(join(prefix, name)) ? readFileSync(join(prefix, name), 'utf8') : '');
  const errorLog = () => readLog('error.log');
  const accessLog = () => readLog('access.log');
  const child: ChildProcess = spawn(
    NGINX_PATH,
    ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}\n${errorLog()}`);
    const answered = await fetch(`${url}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (answered === 200) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer /healthz within 10 s:\n${output}\n${errorLog()}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    url,
    errorLog,
    accessLog,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
