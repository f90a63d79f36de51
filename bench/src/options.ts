import { parseArgs } from 'node:util';

export const HELP = `Tripartite benchmarks: the GraphQL API against a raw-SQL floor and PostGraphile, in one run.

Usage: pnpm bench [options]        (full run, about 12 minutes on 2 CPUs)
       pnpm bench:smoke            (tiny data, 1-second runs, checks every answer; for CI)

Options (each also as an environment variable BENCH_<NAME>, e.g. BENCH_DURATION=5):
  --duration <s>        seconds per measured round of one server (default 3; smoke 1)
  --rounds <n>          rounds per operation and concurrency; servers alternate within each (default 3; smoke 1)
  --warmup <s>          warm-up seconds per server before an operation's rounds (default 2; smoke 0.5)
  --connections <list>  concurrent connections, comma-separated (default 1,16)
  --operations <list>   headline,dashboard,agreementsPage,changeStatus (default all)
  --targets <list>      tripartite,floor,postgraphile (default all)
  --databases <list>    sqlite,postgresql (default both)
  --scaling <list>      ward counts of the synthetic provinces for the scaling runs (default 10,100,1000,10000;
                        "none" to skip)
  --scaling-connections <list>  concurrency of the scaling runs (default 1)
  --provinces <list>    official province codes to generate (default all 34; smoke 79,04)
  --months <n>          monthly figures per ward and scheme (default 120; smoke 14)
  --seed <n>            generator seed (default 20250701)
  --province <code>     province of the operations (default 79, Ho Chi Minh City)
  --postgres-url <url>  PostgreSQL server to create the scratch database on
                        (default postgres://postgres@127.0.0.1:5432/postgres)
  --output <file>       raw results (default bench/results/latest.json; smoke bench/results/smoke.json)
  --report <file>       Markdown table (default bench/RESULTS.md; smoke: none)
  --check-report <file> JSON report of the answer checks (smoke default .reports/bench-smoke.json)
  --baseline <main.js>  also measure another build of the server (e.g. an earlier commit's server/dist/main.js)
                        as "tripartite-baseline", alternating with the others: before/after in one run
  --node-flags=<flags>  Node.js/V8 flags of the measured Tripartite servers only, space-separated, after an
                        "=" (--node-flags="--max-semi-space-size=16 --max-old-space-size=1024"); with --baseline
                        the same build, the flags' before/after in one run (docs/deployment.md, Memory)
  --noisy-neighbour     also measure a cheap query while 20 clients send the most expensive query each
                        Tripartite server accepts (20 s; smoke 2 s)
  --cpu-prof            write CPU profiles of the Tripartite servers to bench/.profiles/
  --keep                keep the databases (printed) instead of dropping them
  --port-base <n>       ports of the servers started, from this one up (default 0: any free port); for a
                        machine where each user has a range of ports
  --database-prefix <p> name of the scratch PostgreSQL database: <p>_<time>_<random> (default tripartite_bench)
  --smoke               the CI version: tiny scale, 1-second runs, both databases, answers checked
  --help                this text
`;

export type Options = {
  smoke: boolean;
  duration: number;
  rounds: number;
  warmup: number;
  connections: number[];
  operations: string[];
  targets: string[];
  databases: ('sqlite' | 'postgresql')[];
  scaling: number[];
  scalingConnections: number[];
  provinces: string[] | 'all';
  months: number;
  seed: number;
  province: string;
  postgresUrl: string;
  output: string;
  report: string | null;
  checkReport: string | null;
  cpuProf: boolean;
  noisyNeighbour: boolean;
  keep: boolean;
  baseline: string | null;
  /** Node.js flags of the measured Tripartite servers (not the baseline's, not the statement counters'). */
  nodeFlags: string[];
  portBase: number;
  databasePrefix: string;
};

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const numbers = (value: string) => (value === 'none' ? [] : list(value).map(Number));

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      operations: { type: 'string' },
      targets: { type: 'string' },
      databases: { type: 'string' },
      scaling: { type: 'string' },
      'scaling-connections': { type: 'string' },
      provinces: { type: 'string' },
      months: { type: 'string' },
      seed: { type: 'string' },
      province: { type: 'string' },
      'postgres-url': { type: 'string' },
      output: { type: 'string' },
      report: { type: 'string' },
      'check-report': { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      'noisy-neighbour': { type: 'boolean' },
      baseline: { type: 'string' },
      'node-flags': { type: 'string' },
      'port-base': { type: 'string' },
      'database-prefix': { type: 'string' },
      keep: { type: 'boolean' },
      smoke: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const get = (name: keyof typeof values & string): string | undefined => {
    const value = values[name];
    if (typeof value === 'string') return value;
    return env[`BENCH_${name.replace(/-/g, '_').toUpperCase()}`];
  };
  const smoke = values.smoke === true || env['BENCH_SMOKE'] === 'true';
  const provinces = get('provinces') ?? (smoke ? '79,04' : 'all');
  const options: Options = {
    smoke,
    duration: Number(get('duration') ?? (smoke ? 1 : 3)),
    rounds: Number(get('rounds') ?? (smoke ? 1 : 3)),
    warmup: Number(get('warmup') ?? (smoke ? 0.5 : 2)),
    connections: numbers(get('connections') ?? '1,16'),
    operations: list(get('operations') ?? 'headline,dashboard,agreementsPage,changeStatus'),
    targets: list(get('targets') ?? 'tripartite,floor,postgraphile'),
    databases: list(get('databases') ?? 'sqlite,postgresql') as Options['databases'],
    scaling: numbers(get('scaling') ?? (smoke ? '10,100' : '10,100,1000,10000')),
    scalingConnections: numbers(get('scaling-connections') ?? '1'),
    provinces: provinces === 'all' ? 'all' : list(provinces),
    months: Number(get('months') ?? (smoke ? 14 : 120)),
    seed: Number(get('seed') ?? 20250701),
    province: get('province') ?? '79',
    postgresUrl: get('postgres-url') ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    output: get('output') ?? (smoke ? 'bench/results/smoke.json' : 'bench/results/latest.json'),
    report: get('report') ?? (smoke ? null : 'bench/RESULTS.md'),
    checkReport: get('check-report') ?? (smoke ? '.reports/bench-smoke.json' : null),
    cpuProf: values['cpu-prof'] === true,
    noisyNeighbour: values['noisy-neighbour'] === true || env['BENCH_NOISY_NEIGHBOUR'] === 'true',
    keep: values.keep === true,
    baseline: get('baseline') ?? null,
    nodeFlags: (get('node-flags') ?? '').split(/\s+/).filter((flag) => flag !== ''),
    portBase: Number(get('port-base') ?? 0),
    databasePrefix: get('database-prefix') ?? 'tripartite_bench',
  };
  for (const [name, value] of Object.entries({
    duration: options.duration,
    rounds: options.rounds,
    warmup: options.warmup,
    months: options.months,
    'port-base': options.portBase,
  })) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0`);
  }
  if (!/^[a-z_][a-z0-9_]*$/.test(options.databasePrefix))
    throw new Error('--database-prefix must be lower-case letters, digits and _');
  for (const database of options.databases) {
    if (database !== 'sqlite' && database !== 'postgresql') throw new Error(`Unknown database "${database}"`);
  }
  return options;
}
