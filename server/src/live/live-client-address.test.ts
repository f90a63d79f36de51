import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../http/logger.js';
import { connect, until, type Live } from '../test-support/live-clients.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** The client addresses the server logged for the live connections it opened. */
function openedLog() {
  const addresses: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const entry = JSON.parse(line) as { msg?: string; clientAddress?: string };
        if (entry.msg === 'live connection opened') addresses.push(entry.clientAddress!);
      }
      done();
    },
  });
  return { logger: createLogger('info', sink), addresses };
}

// The address is not the database's business: SQLite alone is enough.
describe('the live WebSocket’s client address follows TRUST_PROXY, as HTTP requests’ does', () => {
  let api: TestServer | undefined;
  let live: Live | undefined;
  afterEach(async () => {
    await live?.client.dispose();
    await api?.close();
    api = live = undefined;
  });

  async function addressSeen(trustProxy: false | string): Promise<string> {
    const log = openedLog();
    api = await startTestServer('sqlite', { seedDemoData: false, trustProxy, logger: log.logger });
    live = connect(api, { token: api.admin.token, headers: { 'x-forwarded-for': '203.0.113.9' } });
    await until(() => log.addresses.length > 0, 'the live connection');
    return log.addresses[0]!;
  }

  it('behind a trusted proxy (loopback here), the address it forwards', async () => {
    expect(await addressSeen('loopback')).toBe('203.0.113.9');
  });

  it('without a trusted proxy, the connection’s own address: a client cannot name its own', async () => {
    expect(await addressSeen(false)).toBe('127.0.0.1');
  });
});
