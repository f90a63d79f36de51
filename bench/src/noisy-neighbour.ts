/**
 * `--noisy-neighbour`: twenty clients send the most expensive query a server accepts while one
 * client sends a cheap one, and the cheap one's latency is reported beside its latency alone.
 * The expensive query is the one issue 19 found stalling the server: aliases of a province's
 * wards with their signing status, as many as the server's limits let through (30 on a server
 * that counted objects; fewer where the cost counts the rows read).
 */
import { loadTest, percentile, type Sample } from './load-test.js';
import type { Request } from './operations.js';
import type { RunningServer } from './servers/processes.js';

export type NoisyNeighbourResult = {
  target: string;
  /** Aliases in the expensive query: the most (up to 30) the server accepted. */
  aliases: number;
  seconds: number;
  cheapAlone: LatencySummary;
  cheapBeside: LatencySummary;
  /** Expensive queries answered during the run, and how many of those were refused or failed. */
  noisyAnswered: number;
  noisyFailed: number;
};
type LatencySummary = { requests: number; p50Ms: number; p95Ms: number };

const NOISY_CLIENTS = 20;
const MOST_ALIASES = 30;

export function expensiveQuery(provinceCode: string, aliases: number): string {
  const one = (index: number) =>
    `a${index}: province(code: "${provinceCode}") { wards { code name signingStatus currentAgreement { status } } }`;
  return `{ ${Array.from({ length: aliases }, (_, index) => one(index)).join(' ')} }`;
}

export const CHEAP_QUERY = (provinceCode: string) => `{ province(code: "${provinceCode}") { code name } }`;

function request(query: string, token: string | undefined): Request {
  return {
    path: '/graphql',
    body: JSON.stringify({ query }),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  };
}

/** The most aliases of the expensive query the server runs rather than refuses for its cost. */
async function mostAcceptedAliases(server: RunningServer, provinceCode: string, token?: string): Promise<number> {
  for (let aliases = MOST_ALIASES; aliases > 0; aliases--) {
    const { body, headers } = request(expensiveQuery(provinceCode, aliases), token);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const answer = (await response.json()) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] };
    if (answer.errors?.some((error) => error.extensions?.['limit'] === 'cost')) continue;
    // Refused for another reason (not signed in, busy, a failure): the run would measure refusals,
    // so say why instead of counting it as accepted without a word.
    const refusal = answer.errors?.[0];
    if (refusal) {
      const code = typeof refusal.extensions?.['code'] === 'string' ? refusal.extensions['code'] : response.status;
      console.warn(`    the expensive query (${aliases} aliases) was refused: ${code}: ${refusal.message ?? ''}`);
    }
    return aliases;
  }
  return 0;
}

function summary(sample: Sample): LatencySummary {
  const sorted = Float64Array.from(sample.latenciesMs).sort();
  return { requests: sample.responses, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
}

export async function noisyNeighbour(
  server: RunningServer,
  options: { provinceCode: string; seconds: number; token?: string },
): Promise<NoisyNeighbourResult> {
  const aliases = await mostAcceptedAliases(server, options.provinceCode, options.token);
  const cheap = request(CHEAP_QUERY(options.provinceCode), options.token);
  const noisy = request(expensiveQuery(options.provinceCode, Math.max(1, aliases)), options.token);
  const alone = await loadTest(server.url, cheap, { connections: 1, seconds: options.seconds });
  const [beside, crowd] = await Promise.all([
    loadTest(server.url, cheap, { connections: 1, seconds: options.seconds }),
    loadTest(server.url, noisy, { connections: NOISY_CLIENTS, seconds: options.seconds }),
  ]);
  return {
    target: server.label,
    aliases,
    seconds: options.seconds,
    cheapAlone: summary(alone),
    cheapBeside: summary(beside),
    noisyAnswered: crowd.responses,
    noisyFailed: crowd.failed,
  };
}
