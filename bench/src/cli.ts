/**
 * `pnpm bench`: generates the country into fresh SQLite and PostgreSQL databases, starts
 * Tripartite, the raw-SQL floor and PostGraphile on them, checks that all give the same answers,
 * then loads each read operation with autocannon, alternating the servers round by round so that
 * drift on a shared machine hits all of them alike. Writes bench/results/latest.json and
 * bench/RESULTS.md. `--help` lists the options.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { connect, type DatabaseClient } from './dataset/database-client.js';
import { createAndLoad, type BenchDatabase, type LoadReport } from './dataset/load.js';
import { readReferenceLists } from './dataset/reference-lists.js';
import type { GenerateSummary } from './dataset/generate.js';
import { loadTest, merge, percentile, type LoadPlan, type Sample } from './load-test.js';
import { readOperations, requestOf, scalingOperation, type Operation } from './operations.js';
import { changeStatusOperation } from './operations-write.js';
import { noisyNeighbour, type NoisyNeighbourResult } from './noisy-neighbour.js';
import { HELP, parseOptions, type Options } from './options.js';
import { POSTGRAPHILE_FUNCTIONS } from './postgraphile/functions.sql.js';
import { renderResults, type BenchResults, type Check, type Measurement } from './report.js';
import {
  startFloor,
  startPostgraphile,
  startTripartite,
  usePortsFrom,
  type Dialect,
  type RunningServer,
} from './servers/processes.js';

const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..');
const NOTES_MARKER = '<!-- Notes below this line are written by hand; pnpm bench keeps them. -->';
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
const log = (message: string) => console.log(message);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');

async function postRequest(server: RunningServer, operation: Operation): Promise<unknown> {
  const request = requestOf(operation, server)!;
  const body = request.dynamic ? request.dynamic.nextBody() : request.body;
  const response = await fetch(`${server.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body,
  });
  const text = await response.text();
  request.dynamic?.accept(text);
  try {
    const answer = JSON.parse(text) as unknown;
    return server.kind === 'postgraphile' && operation.fromPostgraphile ? operation.fromPostgraphile(answer) : answer;
  } catch {
    return { httpStatus: response.status, body: text.slice(0, 500) };
  }
}

/** Where two answers first differ, as a path, for the check report. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (found) return found;
  }
  return `${path}: differs`;
}

function machine(postgresVersion: string | null) {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    postgres: postgresVersion,
    sqlite: process.versions.sqlite ?? null,
  };
}

async function main(): Promise<void> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(HELP);
    return;
  }
  const options: Options = parsed;
  usePortsFrom(options.portBase);
  const startedAt = new Date();
  const today = vietnamDay.format(startedAt);
  const year = Number(today.slice(0, 4));
  log(`Tripartite benchmarks${options.smoke ? ' (smoke)' : ''}, ${startedAt.toISOString()}, today in Vietnam ${today}`);

  const lists = readReferenceLists();
  const provinces =
    options.provinces === 'all' ? lists.provinces : lists.provinces.filter((p) => options.provinces.includes(p.code));
  const communes = lists.communes.filter((c) => provinces.some((p) => p.code === c.provinceCode));
  log(
    `Generating ${provinces.length} provinces, ${communes.length} communes, ${options.months} months of figures, seed ${options.seed}`,
  );

  const databases: BenchDatabase[] = [];
  const servers: RunningServer[] = [];
  const loads: LoadReport[] = [];
  let summary: GenerateSummary | null = null;
  let postgresVersion: string | null = null;
  const clients: DatabaseClient[] = [];
  const cleanUp = async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    for (const database of databases.splice(0)) {
      if (options.keep) log(`Kept ${database.url}`);
      else await database.drop();
    }
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    for (const dialect of options.databases) {
      const {
        database,
        report,
        summary: generated,
      } = await createAndLoad(dialect, {
        postgresUrl: options.postgresUrl,
        databasePrefix: options.databasePrefix,
        sqliteFile: resolve(REPOSITORY_ROOT, 'bench', '.data', 'bench.sqlite'),
        generate: {
          seed: options.seed,
          today,
          provinces,
          communes,
          months: options.months,
          targetYears: 5,
          scalingSizes: options.scaling,
          onProgress: (done, total) => {
            if (done === total || done % 10 === 0) process.stdout.write(`  ${dialect}: ${done}/${total} provinces\r`);
          },
        },
      });
      databases.push(database);
      loads.push(report);
      summary = generated;
      log(
        `Loaded ${report.totalRows.toLocaleString('en')} rows into ${dialect} in ${report.seconds.toFixed(1)} s ` +
          `(participation figures ${report.rows.participation_figure?.toLocaleString('en')}; peak memory of the loader so far ${report.peakRssMiB.toFixed(0)} MiB)`,
      );
      if (dialect === 'postgresql') {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        postgresVersion = ((await client.query('show server_version')).rows[0] as { server_version: string })
          .server_version;
        if (options.targets.includes('postgraphile')) await client.query(POSTGRAPHILE_FUNCTIONS);
        await client.end();
      }
    }

    // Servers: measured instances, and a Tripartite per database that logs SQL, only to count statements.
    const counters = new Map<Dialect, RunningServer>();
    const baselineCounters = new Map<Dialect, RunningServer>();
    for (const database of databases) {
      const dialect = database.dialect;
      if (options.targets.includes('tripartite')) {
        servers.push(
          await startTripartite(dialect, database.url, {
            nodeOptions: [
              ...options.nodeFlags,
              ...(options.cpuProf
                ? ['--cpu-prof', `--cpu-prof-dir=${resolve(REPOSITORY_ROOT, 'bench', '.profiles')}`]
                : []),
            ],
          }),
        );
        const counter = await startTripartite(dialect, database.url, { countStatements: true });
        counters.set(dialect, counter);
        servers.push(counter);
        if (options.baseline) {
          const name = 'tripartite-baseline';
          servers.push(await startTripartite(dialect, database.url, { main: options.baseline, name }));
          const baselineCounter = await startTripartite(dialect, database.url, {
            main: options.baseline,
            name,
            countStatements: true,
          });
          baselineCounters.set(dialect, baselineCounter);
          servers.push(baselineCounter);
        }
      }
      if (options.targets.includes('floor')) servers.push(await startFloor(dialect, database.url));
      if (dialect === 'postgresql' && options.targets.includes('postgraphile'))
        servers.push(await startPostgraphile(database.url));
    }
    const measured = servers.filter((server) => ![...counters.values(), ...baselineCounters.values()].includes(server));
    log(`Servers: ${measured.map((s) => `${s.label} (pid ${s.pid})`).join(', ')}`);

    // Reads as the director of the province asked about (any signed-in person may read); writes as the admin.
    const token = summary?.tokens.directors[options.province];
    const operations: Operation[] = readOperations({
      provinceCode: options.province,
      year,
      pageSize: 50,
      ...(token ? { token } : {}),
    }).filter((op) => options.operations.includes(op.name));
    const scaling = (summary?.scalingProvinces ?? []).map(({ code, wards }) => scalingOperation(code, wards, token));
    // The write comes last: it changes agreements the reads show.
    if (options.operations.includes('changeStatus')) {
      clients.push(...(await Promise.all(databases.map((database) => connect(database)))));
      operations.push(await changeStatusOperation(clients, summary?.tokens.admin ?? null));
    }
    const skipped = operations
      .filter((op) => op.skipReason)
      .map((op) => ({ operation: op.name, reason: op.skipReason! }));
    for (const { operation, reason } of skipped) log(`Skipping ${operation}: ${reason}`);
    const active = [
      ...operations.filter((op) => !op.skipReason && op.kind === 'read'),
      ...scaling,
      ...operations.filter((op) => !op.skipReason && op.kind === 'write'),
    ];

    // Answers and SQL statements per request, three sequential requests per server and operation.
    const checks: Check[] = [];
    const statementsPerRequest = new Map<string, number | null>();
    const latencyEstimateMs = new Map<string, number>();
    for (const operation of active) {
      const targets = measured.filter((server) => requestOf(operation, server));
      const reference = targets.find((server) => server.kind === 'floor') ?? targets[0]!;
      const answers = new Map<RunningServer, unknown>();
      for (const server of targets) {
        // Tripartite's statements are counted on its logging twin; the others count their own.
        const counter =
          server.kind !== 'tripartite'
            ? server
            : server.label.startsWith('tripartite-baseline/')
              ? baselineCounters.get(server.dialect)!
              : counters.get(server.dialect)!;
        if (counter !== server) await postRequest(counter, operation); // warm the counting instance
        const before = await counter.statements();
        for (let i = 0; i < 3; i++) await postRequest(counter, operation);
        await new Promise((done) => setTimeout(done, 150)); // let the log lines arrive
        const after = await counter.statements();
        statementsPerRequest.set(
          `${operation.name}|${server.label}`,
          before === null || after === null ? null : (after - before) / 3,
        );
        const started = performance.now();
        answers.set(server, await postRequest(server, operation));
        latencyEstimateMs.set(`${operation.name}|${server.label}`, performance.now() - started);
      }
      const compared = operation.kind === 'write' ? targets : targets.filter((target) => target !== reference);
      for (const server of compared) {
        const answer = answers.get(server);
        const errors = (answer as { errors?: unknown })?.errors;
        const problem = errors
          ? JSON.stringify(errors).slice(0, 300)
          : operation.verify
            ? await operation.verify(server, answer)
            : firstDifference(answer, answers.get(reference));
        checks.push({
          operation: operation.name,
          target: server.label,
          reference: operation.verify ? 'its database' : reference.label,
          passed: problem === null,
          detail: problem,
        });
        const agreed = operation.verify
          ? 'made the change, its history step and audit record'
          : `same answer as ${reference.label}`;
        log(
          `  check ${operation.name.padEnd(16)} ${server.label.padEnd(24)} ${problem === null ? agreed : `DIFFERS: ${problem}`}`,
        );
      }
    }

    // Load: per operation and concurrency, warm-up then rounds; within a round every server in turn,
    // starting one further along each round.
    const measurements: Measurement[] = [];
    const cells = active.flatMap((operation) =>
      (scaling.includes(operation) ? options.scalingConnections : options.connections).map((connections) => ({
        operation,
        connections,
      })),
    );
    for (const [index, { operation, connections }] of cells.entries()) {
      const targets = measured.filter((server) => requestOf(operation, server));
      log(
        `[${index + 1}/${cells.length}] ${operation.name}, ${connections} connection(s): ${targets.map((t) => t.label).join(', ')}`,
      );
      const planFor = (server: RunningServer, seconds: number): LoadPlan => {
        const estimate = latencyEstimateMs.get(`${operation.name}|${server.label}`) ?? 0;
        return estimate * 3 > seconds * 1000
          ? { connections, seconds, amount: 2 * connections }
          : { connections, seconds };
      };
      if (options.warmup > 0) {
        for (const server of targets)
          await loadTest(server.url, requestOf(operation, server)!, planFor(server, options.warmup));
      }
      const samples = new Map<RunningServer, Sample[]>(targets.map((server) => [server, []]));
      const cpuUsed = new Map<RunningServer, number>(targets.map((server) => [server, 0]));
      for (let round = 0; round < options.rounds; round++) {
        const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
        for (const server of order) {
          const cpuBefore = server.cpuMs();
          samples
            .get(server)!
            .push(await loadTest(server.url, requestOf(operation, server)!, planFor(server, options.duration)));
          cpuUsed.set(server, cpuUsed.get(server)! + server.cpuMs() - cpuBefore);
        }
      }
      for (const server of targets) {
        const sample = merge(samples.get(server)!);
        const sorted = Float64Array.from(sample.latenciesMs).sort();
        const memory = server.memory();
        const measurement: Measurement = {
          operation: operation.name,
          scalingWards: scaling.includes(operation) ? Number(operation.name.split('-')[1]) : null,
          connections,
          target: server.label,
          kind: server.kind,
          dialect: server.dialect,
          requests: sample.responses,
          seconds: sample.seconds,
          requestsPerSecond: sample.responses / sample.seconds,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
          meanMs: sample.latenciesMs.reduce((a, b) => a + b, 0) / Math.max(1, sample.responses),
          failed: sample.failed,
          errors: sample.errors,
          bytesPerResponse: sample.bytes / Math.max(1, sample.responses),
          statementsPerRequest: statementsPerRequest.get(`${operation.name}|${server.label}`) ?? null,
          cpuMsPerRequest: cpuUsed.get(server)! / Math.max(1, sample.responses),
          rssMiB: memory.rssMiB,
          peakRssMiB: memory.peakRssMiB,
        };
        measurements.push(measurement);
        log(
          `    ${server.label.padEnd(24)} ${measurement.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(measurement.p50Ms).padStart(7)} ms  p99 ${ms(measurement.p99Ms).padStart(7)} ms  ` +
            `CPU ${ms(measurement.cpuMsPerRequest)} ms/req  ${measurement.statementsPerRequest ?? '?'} SQL/req  RSS ${measurement.rssMiB.toFixed(0)} MiB${measurement.failed + measurement.errors > 0 ? `  ${measurement.failed} failed, ${measurement.errors} errors` : ''}`,
        );
      }
    }
    const noisy: NoisyNeighbourResult[] = [];
    if (options.noisyNeighbour) {
      for (const server of measured.filter((target) => target.kind === 'tripartite')) {
        log(`Noisy neighbour: ${server.label}`);
        const result = await noisyNeighbour(server, {
          provinceCode: options.province,
          seconds: options.smoke ? 2 : 20,
          ...(token ? { token } : {}),
        });
        noisy.push(result);
        log(
          `    ${result.aliases} aliases accepted; cheap query alone p50 ${ms(result.cheapAlone.p50Ms)} p95 ${ms(result.cheapAlone.p95Ms)} ms, ` +
            `beside 20 clients p50 ${ms(result.cheapBeside.p50Ms)} p95 ${ms(result.cheapBeside.p95Ms)} ms; ${result.noisyAnswered} expensive answered${result.noisyFailed > 0 ? `, ${result.noisyFailed} of them refused or failed` : ''}`,
        );
      }
    }
    const memory = measured.map((server) => ({ target: server.label, ...server.memory() }));
    await cleanUp();

    const command = `pnpm ${options.smoke ? 'bench:smoke' : 'bench'}${process.argv
      .slice(2)
      .filter((a) => a !== '--smoke')
      .map((a) => ` ${a}`)
      .join('')}`;
    const results: BenchResults = {
      date: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      command,
      today,
      options,
      machine: machine(postgresVersion),
      dataset: {
        rows: summary?.rows ?? {},
        provinces: provinces.length,
        communes: communes.length,
        scalingProvinces: summary?.scalingProvinces ?? [],
      },
      loads,
      skipped,
      checks,
      measurements,
      memory,
      noisyNeighbour: noisy,
    };
    const output = resolve(REPOSITORY_ROOT, options.output);
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
    log(`Raw results: ${options.output}`);
    if (options.report) {
      // Notes written by hand below the marker (what was changed and why) survive each new run.
      const reportFile = resolve(REPOSITORY_ROOT, options.report);
      const previous = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
      const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : '';
      writeFileSync(reportFile, `${renderResults(results)}${notes ? `\n${notes}` : ''}`);
      log(`Table: ${options.report}`);
    }
    const failedChecks = checks.filter((check) => !check.passed);
    const failedRuns = measurements.filter((m) => !runWasClean(m));
    if (options.checkReport) writeCheckReport(resolve(REPOSITORY_ROOT, options.checkReport), checks, measurements);
    log(
      `${checks.length - failedChecks.length} of ${checks.length} answers matched; ${measurements.length - failedRuns.length} of ${measurements.length} runs clean`,
    );
    if (failedChecks.length > 0 || failedRuns.length > 0) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

/**
 * A run is clean when nothing failed; at one connection it must also have completed a request.
 * (At 16 connections a 1-second smoke run of a slow operation may end before any of the 16
 * concurrent requests completes; that says nothing about correctness.)
 */
function runWasClean(m: Measurement): boolean {
  return m.failed === 0 && m.errors === 0 && (m.requests > 0 || m.connections > 1);
}

/**
 * A report in the shape of Vitest's JSON reporter (numPassedTests, numFailedTests, testResults),
 * so CI counts the smoke's checks with the tests: one check per answer compared, and one per
 * server run that must have served requests without errors.
 */
function writeCheckReport(file: string, checks: Check[], measurements: Measurement[]): void {
  const assertions = [
    ...checks.map((check) => ({
      title: `${check.operation}: ${check.target} answers as ${check.reference}`,
      status: check.passed ? 'passed' : 'failed',
      failureMessages: check.detail ? [check.detail] : [],
    })),
    ...measurements.map((m) => {
      const passed = runWasClean(m);
      return {
        title: `${m.operation} at ${m.connections} connection(s): ${m.target} served requests without errors`,
        status: passed ? 'passed' : 'failed',
        failureMessages: passed ? [] : [`${m.requests} responses, ${m.failed} failed, ${m.errors} errors`],
      };
    }),
  ];
  const failed = assertions.filter((a) => a.status === 'failed').length;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      {
        numTotalTests: assertions.length,
        numPassedTests: assertions.length - failed,
        numFailedTests: failed,
        success: failed === 0,
        testResults: [
          { name: 'bench/smoke', status: failed === 0 ? 'passed' : 'failed', assertionResults: assertions },
        ],
      },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
