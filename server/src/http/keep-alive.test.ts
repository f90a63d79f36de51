import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_ALIVE_TIMEOUT_MS } from './keep-alive.js';
import { startTestServer } from '../test-support/test-server.js';

/** The nginx configuration operators are given (and the two-instances e2e test runs). */
const nginxConfig = readFileSync(resolve(import.meta.dirname, '../../../docs/nginx/tripartite.conf'), 'utf8');

/** nginx time syntax as the documented file uses it: `4s`, `500ms`, `1m`, or bare seconds. */
function millisecondsOf(value: string): number {
  const match = /^(\d+)(ms|s|m)?$/.exec(value);
  if (!match) throw new Error(`Not an nginx time: ${value}`);
  const unit = { ms: 1, s: 1_000, m: 60_000 }[match[2] ?? 's']!;
  return Number(match[1]) * unit;
}

describe('keep-alive between nginx and an instance', () => {
  it('nginx closes idle upstream connections before the instance does', () => {
    const upstream = /upstream tripartite \{([\s\S]*?)\n\}/.exec(nginxConfig)?.[1] ?? '';
    const setting = /^\s*keepalive_timeout\s+(\S+);/m.exec(upstream)?.[1];
    // Without it nginx keeps idle connections 60 s, far beyond the instance's 5 s.
    expect(setting, 'docs/nginx/tripartite.conf sets keepalive_timeout in its upstream block').toBeDefined();
    // At least a second of margin: an instance under load closes late, never early.
    expect(millisecondsOf(setting!)).toBeLessThanOrEqual(KEEP_ALIVE_TIMEOUT_MS - 1_000);
  });

  it('the running server uses that keep-alive timeout', async () => {
    const api = await startTestServer('sqlite');
    try {
      const response = await fetch(`${api.url}/healthz`);
      await response.text();
      // Node advertises its keep-alive timeout to clients in whole seconds.
      expect(response.headers.get('keep-alive')).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1_000}`);
    } finally {
      await api.close();
    }
  });
});
