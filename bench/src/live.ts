/**
 * `pnpm bench:live`: live delivery across instances. Two built API instances on one fresh
 * PostgreSQL database (the demo data), 1,000 graphql-ws subscribers to `agreementChanged` spread
 * evenly over them, then N writes (a signature recorded on one agreement, through A and B in
 * turn); for every write and subscriber, the time from the write's commit to the event's arrival.
 * Writes to bench/results/live-latest.json and a section of bench/RESULTS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { deployedNodeFlags } from './servers/processes.js';

const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..');
const SERVER_MAIN = resolve(REPOSITORY_ROOT, 'server', 'dist', 'main.js');
const RESULTS_JSON = resolve(REPOSITORY_ROOT, 'bench', 'results', 'live-latest.json');
const RESULTS_MD = resolve(REPOSITORY_ROOT, 'bench', 'RESULTS.md');
const SECTION_START = '<!-- bench:live start (written by pnpm bench:live) -->';
const SECTION_END = '<!-- bench:live end -->';

const { values: options } = parseArgs({
  allowNegative: true,
  options: {
    subscribers: { type: 'string', default: '1000' },
    writes: { type: 'string', default: '30' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'port-base': { type: 'string', default: '0' },
    'database-prefix': { type: 'string', default: 'tripartite_bench_live' },
    report: { type: 'boolean', default: true },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(`pnpm bench:live [--subscribers 1000] [--writes 30] [--postgres-url URL] [--port-base 0] [--database-prefix P] [--no-report]
  Two instances on one fresh PostgreSQL database, subscribers spread over both, N writes through
  both in turn: commit → delivery p50/p99 and delivered/expected. --no-report leaves RESULTS.md alone.`);
  process.exit(0);
}
const SUBSCRIBERS = Number(options.subscribers);
const WRITES = Number(options.writes);
const log = (message: string) => console.log(`[bench:live] ${message}`);

type Instance = { url: string; child: ChildProcess; stop: () => Promise<void> };

async function startInstance(databaseUrl: string, port: number, seed: boolean): Promise<Instance> {
  const child = spawn(process.execPath, [...deployedNodeFlags(SERVER_MAIN), SERVER_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      // Development mode only because production never seeds the demo data used here.
      NODE_ENV: 'development',
      SEED_DEMO_DATA: String(seed),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 120 s:\n${output}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolveUrl(match[1]);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return { data: body.data, setCookie: response.headers.get('set-cookie') };
}

async function openSubscribersOn(url: string, cookie: string, count: number, onEvent: (data: Changed) => void) {
  const { host, origin } = new URL(url);
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin } });
    }
  }
  const clients: Client[] = [];
  for (let i = 0; i < count; i += 1) {
    const client = createClient({ url: `ws://${host}/graphql`, webSocketImpl: WithHeaders, retryAttempts: 0 });
    client.subscribe<{ agreementChanged: Changed }>(
      { query: `subscription { agreementChanged(provinceCode: "79") { id version updatedAt } }` },
      {
        next: (result) => result.data && onEvent(result.data.agreementChanged),
        error: (error) => log(`subscriber error: ${JSON.stringify(error)}`),
        complete: () => {},
      },
    );
    clients.push(client);
  }
  return clients;
}

type Changed = { id: string; version: number; updatedAt: string };

/** A metric of the instance, every label summed. */
async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

const openSubscriptions = (url: string) => metric(url, 'tripartite_live_subscriptions');
/** Re-reads of changes for subscribers (every instance's, summed); absent before they were shared (0). */
const liveReads = async (urls: string[]) =>
  (await Promise.all(urls.map((url) => metric(url, 'tripartite_live_reads_total')))).reduce((x, y) => x + y, 0);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: build the server first`);
  const loadBefore = loadavg();
  const name = `${options['database-prefix']}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: options['postgres-url'] });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const databaseUrl = new URL(options['postgres-url']);
  databaseUrl.pathname = `/${name}`;
  const instances: Instance[] = [];
  const clients: Client[] = [];
  try {
    const base = Number(options['port-base']);
    log(`database ${name}; starting instance A (seeds the demo data), then B`);
    instances.push(await startInstance(databaseUrl.toString(), base ? base : 0, true));
    instances.push(await startInstance(databaseUrl.toString(), base ? base + 1 : 0, false));
    const [a, b] = instances as [Instance, Instance];
    const signIn = await graphql(
      a.url,
      `
        mutation {
          signIn(email: "director.hcm@tripartite.local", password: "tripartite-demo") {
            expiresAt
          }
        }
      `,
      {},
    );
    const cookie = (signIn.setCookie ?? '').split(';')[0]!;
    const { data } = await graphql<{ agreements: { nodes: { id: string; version: number }[] } }>(
      a.url,
      `
        {
          agreements(first: 1, filter: { provinceCode: "79", statuses: [AWAITING_SIGNATURES] }) {
            nodes {
              id
              version
            }
          }
        }
      `,
      {},
      cookie,
    );
    const agreement = data.agreements.nodes[0];
    if (!agreement) throw new Error('No agreement awaiting signatures in the demo data');

    // Arrival times per version: every subscriber gets each version once.
    const arrivals = new Map<number, number[]>();
    const onEvent = (changed: Changed) => {
      if (changed.id !== agreement.id) return;
      const list = arrivals.get(changed.version) ?? [];
      list.push(Date.now() - Date.parse(changed.updatedAt));
      arrivals.set(changed.version, list);
    };
    const connectStarted = performance.now();
    for (let i = 0; i < SUBSCRIBERS; i += 100) {
      const batch = Math.min(100, SUBSCRIBERS - i);
      clients.push(...(await openSubscribersOn(a.url, cookie, Math.ceil(batch / 2), onEvent)));
      clients.push(...(await openSubscribersOn(b.url, cookie, Math.floor(batch / 2), onEvent)));
      // Let the batch finish its handshakes before the next.
      while ((await openSubscriptions(a.url)) + (await openSubscriptions(b.url)) < clients.length) {
        await new Promise((wait) => setTimeout(wait, 100));
      }
    }
    const perInstance = [await openSubscriptions(a.url), await openSubscriptions(b.url)];
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    log(
      `${clients.length} subscribers open (A ${perInstance[0]}, B ${perInstance[1]}) in ${connectSeconds.toFixed(1)} s`,
    );

    const readsBefore = await liveReads([a.url, b.url]);
    let version = agreement.version;
    const perWrite: { version: number; through: string; delivered: number; p50: number; max: number }[] = [];
    for (let i = 0; i < WRITES; i += 1) {
      const through = i % 2 === 0 ? a : b;
      const answer = await graphql<{ recordSignature: { version: number } }>(
        through.url,
        `
          mutation ($input: RecordSignatureInput!) {
            recordSignature(input: $input) {
              version
            }
          }
        `,
        {
          input: {
            agreementId: agreement.id,
            expectedVersion: version,
            party: 'SOCIAL_INSURANCE_AGENCY',
            name: `Người ký ${i + 1}`,
            title: 'Giám đốc',
          },
        },
        cookie,
      );
      version = answer.data.recordSignature.version;
      // Wait for every subscriber (at most 30 s), so each write is measured on its own.
      const deadline = Date.now() + 30_000;
      while ((arrivals.get(version)?.length ?? 0) < SUBSCRIBERS && Date.now() < deadline) {
        await new Promise((wait) => setTimeout(wait, 20));
      }
      const times = [...(arrivals.get(version) ?? [])].sort((x, y) => x - y);
      perWrite.push({
        version,
        through: through === a ? 'A' : 'B',
        delivered: times.length,
        p50: percentile(times, 50),
        max: times.at(-1) ?? Number.NaN,
      });
      log(
        `write ${i + 1}/${WRITES} through ${through === a ? 'A' : 'B'}: ${times.length} delivered, p50 ${percentile(times, 50)} ms, max ${times.at(-1)} ms`,
      );
      await new Promise((wait) => setTimeout(wait, 200));
    }
    const reads = (await liveReads([a.url, b.url])) - readsBefore;
    const all = perWrite.flatMap((write) => arrivals.get(write.version) ?? []).sort((x, y) => x - y);
    const loadAfter = loadavg();
    const result = {
      date: new Date().toISOString(),
      command: `pnpm bench:live ${process.argv.slice(2).join(' ')}`.trim(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node.js ${process.version}`,
      loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
      loadAverageAfter: loadAfter.map((value) => Number(value.toFixed(2))),
      subscribers: clients.length,
      subscribersPerInstance: perInstance,
      connectSeconds: Number(connectSeconds.toFixed(1)),
      writes: WRITES,
      expected: WRITES * SUBSCRIBERS,
      delivered: all.length,
      commitToDeliveryMs: { p50: percentile(all, 50), p99: percentile(all, 99), max: all.at(-1) ?? null },
      // The servers' own count (tripartite_live_reads_total); null where they do not count them.
      reReadsPerWrite: reads > 0 ? Number((reads / WRITES).toFixed(2)) : null,
      perWrite,
    };
    mkdirSync(dirname(RESULTS_JSON), { recursive: true });
    writeFileSync(RESULTS_JSON, `${JSON.stringify(result, null, 2)}\n`);
    log(
      `delivered ${result.delivered} of ${result.expected}; commit → delivery p50 ${result.commitToDeliveryMs.p50} ms, ` +
        `p99 ${result.commitToDeliveryMs.p99} ms, max ${result.commitToDeliveryMs.max} ms; ` +
        `re-reads per write ${result.reReadsPerWrite ?? 'not counted'}; load ${loadBefore[0]?.toFixed(1)} → ${loadAfter[0]?.toFixed(1)}`,
    );
    if (options.report) writeSection(result);
    if (result.delivered !== result.expected) process.exitCode = 1;
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(instances.map((instance) => instance.stop()));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function writeSection(result: {
  date: string;
  command: string;
  machine: string;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  subscribers: number;
  subscribersPerInstance: number[];
  connectSeconds: number;
  writes: number;
  expected: number;
  delivered: number;
  commitToDeliveryMs: { p50: number; p99: number; max: number | null };
  reReadsPerWrite: number | null;
}): void {
  const section = `${SECTION_START}
## Live delivery across two instances (\`pnpm bench:live\`)

- **Command**: \`${result.command}\`; **date**: ${result.date}
- **Machine**: ${result.machine}; **load average** (1, 5, 15 min) ${result.loadAverageBefore.join(', ')} before, ${result.loadAverageAfter.join(', ')} after
- **Set-up**: two built instances on one fresh PostgreSQL database (demo data); ${result.subscribers} graphql-ws subscribers to \`agreementChanged(provinceCode: "79")\` (A ${result.subscribersPerInstance[0]}, B ${result.subscribersPerInstance[1]}), opened in ${result.connectSeconds} s; ${result.writes} writes (\`recordSignature\` on one agreement), through A and B in turn, each after the last one's deliveries
- **Measured**: per event, arrival time minus the agreement's \`updatedAt\` (stamped on the writing instance just before its transaction commits; same machine clock), so an upper bound of commit → delivery; it includes the re-read each instance makes once per view (access scope and document) and shares with that view's subscribers. Re-reads per write: the instances' \`tripartite_live_reads_total\`, summed over both, divided by the writes

| subscribers | writes | delivered / expected | p50 | p99 | max | re-reads per write |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| ${result.subscribers} | ${result.writes} | ${result.delivered} / ${result.expected} | ${result.commitToDeliveryMs.p50} ms | ${result.commitToDeliveryMs.p99} ms | ${result.commitToDeliveryMs.max} ms | ${result.reReadsPerWrite ?? 'not counted'} |
${SECTION_END}
`;
  const previous = existsSync(RESULTS_MD) ? readFileSync(RESULTS_MD, 'utf8') : '';
  const start = previous.indexOf(SECTION_START);
  const end = previous.indexOf(SECTION_END);
  const next =
    start >= 0 && end > start
      ? `${previous.slice(0, start)}${section}${previous.slice(end + SECTION_END.length + 1)}`
      : `${previous.trimEnd()}\n\n${section}`;
  writeFileSync(RESULTS_MD, next);
  log('section written to bench/RESULTS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
