import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../test-support/test-databases.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { createLogger } from './logger.js';

/** A logger whose JSON lines the test reads back. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('operations: probes, metrics and logs', () => {
  let api: TestServer | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it.each(testDialects)(
    '/healthz answers for the process; /readyz for the database and its migrations (%s)',
    async (dialect) => {
      api = await startTestServer(dialect, { seedDemoData: false });
      expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok' });

      // Forget the newest applied migration: this build now knows one the database lacks.
      const connection = api.database.orm.em.getConnection();
      const [newest] = await connection.execute<{ id: number }[]>(
        'select id from mikro_orm_migrations order by id desc limit 1',
      );
      await connection.execute('delete from mikro_orm_migrations where id = ?', [newest!.id]);
      const notReady = await fetch(`${api.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: '1 migration(s) not applied' });
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    },
  );

  it('serves /metrics to loopback with operations, latency and errors, and to nobody else', async () => {
    api = await startTestServer('sqlite', { seedDemoData: false });
    await api.graphql('query ProvinceCodes { provinces { code } }');
    await api.graphql('query Broken { agreement(id: "nope") { id } }');
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/tripartite_graphql_operations_total\{operation="ProvinceCodes",type="query"\} 1/);
    expect(text).toMatch(
      /tripartite_graphql_operation_duration_seconds_count\{operation="ProvinceCodes",type="query"\} 1/,
    );
    expect(text).toMatch(/tripartite_graphql_errors_total\{operation="Broken",code="[A-Z_]+"\} 1/);
    expect(text).toContain('tripartite_live_subscriptions');

    // Through a proxy (the tests trust loopback as one), the client's own address decides.
    const proxied = await fetch(`${api.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
  });

  it('refuses /metrics to loopback when METRICS_ALLOW names other addresses', async () => {
    api = await startTestServer('sqlite', { seedDemoData: false, metricsAllow: '10.0.0.0/8' });
    expect((await fetch(`${api.url}/metrics`)).status).toBe(403);
    const allowed = await fetch(`${api.url}/metrics`, { headers: { 'x-forwarded-for': '10.1.2.3' } });
    expect(allowed.status).toBe(200);
  });

  it('logs JSON lines with our request id and the client’s, and an unexpected error with its stack', async () => {
    const { logger, lines } = capturedLogger();
    api = await startTestServer('sqlite', { logger });
    await api.database.orm.em.getConnection().execute('drop table agreement_signatory');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${api.admin.token}`,
        'x-request-id': 'client-abc.1',
      },
      body: JSON.stringify({ query: '{ ward(code: "26743") { agreements { signatories { name } } } }' }),
    });
    const ours = response.headers.get('x-request-id');
    expect(ours).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: ours },
    });

    await new Promise((resolve) => setTimeout(resolve, 50));
    const mine = lines.filter((line) => line['requestId'] === ours);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    for (const line of mine) expect(line['clientRequestId']).toBe('client-abc.1');
    const failure = mine.find((line) => line['msg'] === 'unexpected error in a GraphQL operation');
    expect(failure).toMatchObject({ level: 'error' });
    expect((failure!['err'] as { stack: string }).stack).toMatch(/agreement_signatory/);
    const answered = mine.find((line) => line['msg'] === 'request completed');
    expect(answered).toMatchObject({ res: { statusCode: 200 }, req: { method: 'POST', url: '/graphql' } });
    // Credentials never reach the log.
    expect(JSON.stringify(lines)).not.toContain(api.admin.token);
  });
});
