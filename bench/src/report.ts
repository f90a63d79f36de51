import type { LoadReport } from './dataset/load.js';
import type { ScalingProvince } from './dataset/generate.js';
import type { NoisyNeighbourResult } from './noisy-neighbour.js';
import type { Options } from './options.js';

export type Check = { operation: string; target: string; reference: string; passed: boolean; detail: string | null };
export type Measurement = {
  operation: string;
  scalingWards: number | null;
  connections: number;
  target: string;
  kind: string;
  dialect: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Responses outside 2xx, or refused by the operation's own check (a write's GraphQL error). */
  failed: number;
  errors: number;
  bytesPerResponse: number;
  statementsPerRequest: number | null;
  /** CPU time of the server process per response (user + system; not the database's). */
  cpuMsPerRequest: number;
  rssMiB: number;
  peakRssMiB: number;
};
export type BenchResults = {
  date: string;
  finishedAt: string;
  command: string;
  today: string;
  options: Options;
  machine: Record<string, unknown>;
  dataset: { rows: Record<string, number>; provinces: number; communes: number; scalingProvinces: ScalingProvince[] };
  loads: LoadReport[];
  skipped: { operation: string; reason: string }[];
  checks: Check[];
  measurements: Measurement[];
  memory: { target: string; rssMiB: number; peakRssMiB: number }[];
  noisyNeighbour?: NoisyNeighbourResult[];
};

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const latency = (value: number) => fixed(value, value < 10 ? 2 : 1);
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** Ratios within one database, one operation and one concurrency: measured in the same rounds. */
export function ratios(measurements: Measurement[]) {
  const rows: {
    operation: string;
    connections: number;
    dialect: string;
    target: string;
    versus: 'floor' | 'postgraphile';
    p50: number;
    p99: number;
    throughput: number;
    cpu: number;
  }[] = [];
  for (const tripartite of measurements.filter((m) => m.kind === 'tripartite')) {
    for (const versus of ['floor', 'postgraphile'] as const) {
      const other = measurements.find(
        (m) =>
          m.kind === versus &&
          m.dialect === tripartite.dialect &&
          m.operation === tripartite.operation &&
          m.connections === tripartite.connections,
      );
      if (!other) continue;
      rows.push({
        operation: tripartite.operation,
        connections: tripartite.connections,
        dialect: tripartite.dialect,
        target: tripartite.target.split('/')[0]!,
        versus,
        p50: tripartite.p50Ms / other.p50Ms,
        p99: tripartite.p99Ms / other.p99Ms,
        throughput: tripartite.requestsPerSecond / other.requestsPerSecond,
        cpu: tripartite.cpuMsPerRequest / other.cpuMsPerRequest,
      });
    }
  }
  return rows;
}

export function renderResults(results: BenchResults, extra = ''): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(
    'Written by `pnpm bench` (bench/src/report.ts) from the run whose raw numbers are in',
    '[`results/latest.json`](results/latest.json). Times drift between runs on a shared machine; the',
    'ratios, measured in the same rounds with the servers alternating, are what to compare.',
    '',
  );
  lines.push(`- **Command**: \`${results.command}\``);
  lines.push(`- **Date**: ${results.date} (today in Vietnam: ${results.today})`);
  lines.push(
    `- **Machine**: ${m['cpus']} × ${m['cpuModel']}, ${m['memoryGiB']} GiB, ${m['os']}; Node.js ${m['node']}, PostgreSQL ${m['postgres'] ?? '–'}, SQLite ${m['sqlite'] ?? '–'}`,
  );
  const o = results.options;
  lines.push(
    `- **Load**: autocannon, ${o.rounds} rounds × ${o.duration} s per server after a ${o.warmup} s warm-up, servers alternating each round; concurrency ${o.connections.join(' and ')}`,
  );
  const rows = results.dataset.rows;
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  lines.push(
    `- **Data** (seed ${o.seed}): ${results.dataset.provinces} provinces, ${results.dataset.communes.toLocaleString('en')} communes plus synthetic provinces of ${results.dataset.scalingProvinces.map((p) => p.wards.toLocaleString('en')).join(', ')} wards; ` +
      `${total.toLocaleString('en')} rows, of which ${(rows['participation_figure'] ?? 0).toLocaleString('en')} monthly participation figures, ${(rows['agreement'] ?? 0).toLocaleString('en')} agreements with ${(rows['agreement_status_change'] ?? 0).toLocaleString('en')} status changes, ${(rows['target'] ?? 0).toLocaleString('en')} targets`,
  );
  for (const load of results.loads) {
    lines.push(
      `- **Load time** ${load.dialect}: ${fixed(load.seconds)} s (schema by the server's migrations, then bulk inserts; loader's peak RSS so far ${fixed(load.peakRssMiB, 0)} MiB)`,
    );
  }
  if (o.baseline) {
    lines.push(
      `- **Baseline**: \`tripartite-baseline\` is another build of the server (\`${o.baseline}\`), measured in the same rounds as the current one, so before and after face the same drift`,
    );
  }
  for (const skip of results.skipped) lines.push(`- **Not measured**: ${skip.operation}: ${skip.reason}`);
  const failed = results.checks.filter((c) => !c.passed);
  lines.push(
    `- **Answers**: ${results.checks.length - failed.length} of ${results.checks.length} identical to the floor's${failed.length ? ` (differing: ${failed.map((c) => `${c.operation} ${c.target}`).join(', ')})` : ''}`,
  );
  lines.push('');

  lines.push('## Ratios', '');
  lines.push(
    'Tripartite divided by the other server, same database, operation and concurrency. Latency: above 1× Tripartite is slower. Throughput: below 1× Tripartite serves fewer requests per second.',
    '',
  );
  lines.push('| operation | conn. | database | server / … | p50 latency | p99 latency | throughput | CPU/req |');
  lines.push('| --- | ---: | --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of ratios(results.measurements)) {
    lines.push(
      `| ${r.operation} | ${r.connections} | ${r.dialect} | ${r.target} / ${r.versus} | ${ratio(r.p50)} | ${ratio(r.p99)} | ${ratio(r.throughput)} | ${ratio(r.cpu)} |`,
    );
  }
  lines.push('');

  const scaled = results.measurements.filter((x) => x.scalingWards !== null);
  if (scaled.length > 0) {
    const servers = [...new Set(scaled.map((x) => x.target))];
    const sizes = [...new Set(scaled.map((x) => x.scalingWards!))].sort((a, b) => a - b);
    lines.push('## Scaling: the headline query on provinces of growing size', '');
    lines.push(
      `p50 latency in ms at ${scaled[0]!.connections} connection(s); the answer holds the wards lacking a signed agreement (about 38% of them).`,
      '',
    );
    lines.push(`| wards | answer KiB | ${servers.join(' | ')} |`);
    lines.push(`| ---: | ---: | ${servers.map(() => '---:').join(' | ')} |`);
    for (const size of sizes) {
      const row = scaled.filter((x) => x.scalingWards === size);
      const floorRow = row.find((x) => x.kind === 'floor') ?? row[0]!;
      lines.push(
        `| ${size.toLocaleString('en')} | ${fixed(floorRow.bytesPerResponse / 1024, 1)} | ${servers.map((server) => latency(row.find((x) => x.target === server)?.p50Ms ?? Number.NaN)).join(' | ')} |`,
      );
    }
    lines.push('');
  }

  if (results.noisyNeighbour?.length) {
    lines.push('## Noisy neighbour: a cheap query beside 20 clients sending an expensive one', '');
    lines.push(
      'The expensive query: aliases of `province { wards { code name signingStatus currentAgreement { status } } }`, as many (up to 30) as the server accepts; the cheap one: `province { code name }`, from one client, alone and then beside the twenty.',
      '',
    );
    lines.push(
      '| server | aliases accepted | cheap alone p50 / p95 ms | cheap beside p50 / p95 ms | expensive answered | seconds |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const x of results.noisyNeighbour) {
      lines.push(
        `| ${x.target} | ${x.aliases} | ${latency(x.cheapAlone.p50Ms)} / ${latency(x.cheapAlone.p95Ms)} | ${latency(x.cheapBeside.p50Ms)} / ${latency(x.cheapBeside.p95Ms)} | ${x.noisyAnswered}${x.noisyFailed ? ` (${x.noisyFailed} refused)` : ''} | ${x.seconds} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Measurements', '');
  lines.push('| operation | conn. | server | req/s | p50 ms | p99 ms | CPU ms/req | SQL/req | bytes/resp | RSS MiB |');
  lines.push('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const x of results.measurements) {
    lines.push(
      `| ${x.operation} | ${x.connections} | ${x.target} | ${fixed(x.requestsPerSecond, 0)} | ${latency(x.p50Ms)} | ${latency(x.p99Ms)} | ${latency(x.cpuMsPerRequest ?? Number.NaN)} | ${x.statementsPerRequest ?? '–'} | ${fixed(x.bytesPerResponse, 0)} | ${fixed(x.rssMiB, 0)} |`,
    );
  }
  lines.push('');
  lines.push('Peak memory of each server over the whole run (VmHWM):', '');
  lines.push('| server | peak RSS MiB | RSS at end MiB |', '| --- | ---: | ---: |');
  for (const x of results.memory) lines.push(`| ${x.target} | ${fixed(x.peakRssMiB, 0)} | ${fixed(x.rssMiB, 0)} |`);
  lines.push('');
  lines.push(
    'CPU ms/req: CPU time (user + system) of the server process per response, from /proc; on a shared machine it says what a request costs better than wall time. It leaves out the database server: PostGraphile, which moves more of its work into SQL, and the floor are flattered by it on PostgreSQL. SQL/req: statements the server sent per request, over three sequential requests. Tripartite: counted from the log lines of a second instance started with `LOG_SQL=true` (never the measured one); floor and PostGraphile: counted by wrapping their database client. bytes/resp: response size including headers.',
  );
  if (extra) lines.push('', extra);
  return `${lines.join('\n')}\n`;
}
