/**
 * `pnpm --filter @tripartite/bench profile-layers <file.cpuprofile> [--requests <n>]`: where a
 * server's CPU time went, by layer, from a V8 CPU profile written by `pnpm bench --cpu-prof`.
 * Each sample is given to one layer: authentication when it ran under the token or session
 * lookup (its SQL and ORM work included); otherwise by the frame it was in (SQL driver, ORM,
 * GraphQL parse/validate/limits, execution and resolvers, serialisation, HTTP), or by the
 * nearest such frame below it for Node's own internals (a socket write is the SQL driver's under
 * the driver, HTTP's under Express or with no library frame at all). Loading modules at start-up is counted
 * apart and left out of the shares. `--from` and `--to` keep only the samples taken between two
 * instants of the monotonic clock (`process.hrtime.bigint() / 1000n`, the profile's own), such as
 * the measured requests of a run without its start and warm-up. Prints a Markdown table.
 */
import { readFileSync } from 'node:fs';

type CallFrame = { functionName: string; url: string };
type ProfileNode = { id: number; callFrame: CallFrame; parent?: number; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
/** Microseconds on the profile's clock (the monotonic clock of `process.hrtime`), both ends included. */
type Window = { from: number; to: number };

const LAYERS = [
  'HTTP and body parsing',
  'authentication lookup',
  'parse, validate, limits',
  'GraphQL execution and resolvers',
  'ORM (queries, hydration, identity map)',
  'SQL driver',
  'serialisation',
  'garbage collection',
  'other (Node internals, timers)',
  'start-up (loading modules; not per request)',
] as const;
type Layer = (typeof LAYERS)[number];

/** The layer a frame belongs to by its own code, or null for code that only passes through. */
function layerOfFrame({ functionName, url }: CallFrame): Layer | null {
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (/^node:internal\/modules\//.test(url)) return 'start-up (loading modules; not per request)';
  if (/authenticate-request|authentication\.service/.test(url)) return 'authentication lookup';
  if (/\/(pg|pg-protocol|pg-pool|pg-types|kysely|postgres-[a-z]+)\/|node:sqlite|NodeSqliteDialect/.test(url))
    return 'SQL driver';
  if (/@mikro-orm/.test(url)) return 'ORM (queries, hydration, identity map)';
  if (
    /graphql\/(language|validation)\/|graphql-query-complexity|graphql-armor|well-formed-text|query-cost|query-limits|introspection-cost/.test(
      url,
    )
  )
    return 'parse, validate, limits';
  if (/^(stringify|prettyJSONStringify|stringifyResult)$/.test(functionName) || /JSON\.stringify/.test(functionName))
    return 'serialisation';
  if (/graphql\/(execution|type|jsutils)\/|type-graphql|dataloader|\/server\/dist\/(modules|graphql|db)\//.test(url))
    return 'GraphQL execution and resolvers';
  if (/express|body-parser|raw-body|router|compression|on-finished|content-type/.test(url))
    return 'HTTP and body parsing';
  if (/@apollo|@as-integrations/.test(url)) return 'GraphQL execution and resolvers';
  return null;
}

function layersOf(profile: Profile, window: Window): { layer: Layer; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) byId.get(child)!.parent = node.id;
  const cache = new Map<number, Layer | 'idle'>();
  const layerOf = (id: number): Layer | 'idle' => {
    const known = cache.get(id);
    if (known) return known;
    const leaf = byId.get(id)!;
    let layer: Layer | 'idle';
    if (leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') layer = 'idle';
    else {
      // Authentication owns everything under it; otherwise the innermost frame with a layer.
      // Node's own sockets and HTTP code serve whoever called them: a socket write under the
      // PostgreSQL driver is the driver's, so they are HTTP only when no library frame is found.
      let found: Layer | null = null;
      let nodeHttp = false;
      for (let node: ProfileNode | undefined = leaf; node; node = node.parent ? byId.get(node.parent) : undefined) {
        const own = layerOfFrame(node.callFrame);
        if (own === 'authentication lookup' || own === 'start-up (loading modules; not per request)') {
          found = own;
          break;
        }
        found ??= own;
        nodeHttp ||= /^node:(_http|http|net)/.test(node.callFrame.url);
      }
      layer = found ?? (nodeHttp ? 'HTTP and body parsing' : 'other (Node internals, timers)');
    }
    cache.set(id, layer);
    return layer;
  };
  const totals = new Map<Layer, number>(LAYERS.map((layer) => [layer, 0]));
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (at < window.from || at > window.to) return;
    const layer = layerOf(id);
    if (layer !== 'idle') totals.set(layer, totals.get(layer)! + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return LAYERS.map((layer) => ({ layer, ms: totals.get(layer)! }));
}

function main(): void {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) throw new Error('Usage: profile-layers <file.cpuprofile> [--requests <n>] [--from <µs>] [--to <µs>]');
  const option = (name: string) => {
    const at = rest.indexOf(name);
    return at >= 0 ? Number(rest[at + 1]) : null;
  };
  const requests = option('--requests');
  // Only the measured requests: the server's start (schema, migrations check) and its warm-up left out.
  const window = { from: option('--from') ?? -Infinity, to: option('--to') ?? Infinity };
  const layers = layersOf(JSON.parse(readFileSync(file, 'utf8')) as Profile, window);
  const startUp = layers.at(-1)!.ms;
  const busy = layers.reduce((sum, { ms }) => sum + ms, 0) - startUp;
  console.log(`| layer | share of CPU | ${requests ? 'ms per request' : 'ms'} |`);
  console.log('| --- | ---: | ---: |');
  for (const { layer, ms } of layers.slice(0, -1)) {
    const value = requests ? ms / requests : ms;
    console.log(`| ${layer} | ${((100 * ms) / busy).toFixed(1)}% | ${value.toFixed(requests ? 2 : 0)} |`);
  }
  console.log(`| all (not idle) | 100% | ${(requests ? busy / requests : busy).toFixed(requests ? 2 : 0)} |`);
  console.log(`\nStart-up (loading modules), left out above: ${startUp.toFixed(0)} ms.`);
}

main();
