import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from './logger.js';

/** The `req.remoteAddress` of each request line the server logged. */
function loggedAddresses() {
  const addresses: (string | undefined)[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg?: string; req?: { remoteAddress?: string } };
        if (entry.msg === 'request completed') addresses.push(entry.req?.remoteAddress);
      }
      done();
    },
  });
  return { logger: createLogger('info', sink), addresses };
}

describe.each(testDialects)('the HTTP log line’s client address follows TRUST_PROXY, on %s', (dialect) => {
  let api: TestServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function addressLogged(trustProxy: false | string): Promise<string | undefined> {
    const log = loggedAddresses();
    api = await startTestServer(dialect, { seedDemoData: false, trustProxy, logger: log.logger });
    const answer = await api.graphql(
      '{ __typename }',
      {},
      { token: null, headers: { 'x-forwarded-for': '203.0.113.9' } },
    );
    expect(answer.errors).toBeUndefined();
    expect(log.addresses).toHaveLength(1);
    return log.addresses[0];
  }

  it('behind a trusted proxy (loopback here), the address it forwards, not the proxy’s', async () => {
    expect(await addressLogged('loopback')).toBe('203.0.113.9');
  });

  it('without a trusted proxy, the connection’s own: a client cannot name its own address', async () => {
    expect(await addressLogged(false)).toBe('127.0.0.1');
  });
});
