import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** A failure the code does not expect: a table gone from under the ORM, so SQL fails. */
async function serverWithBrokenTable(exposeInternals: boolean): Promise<TestServer> {
  const api = await startTestServer('sqlite', { exposeInternals });
  await api.database.orm.em.getConnection().execute('drop table agreement_signatory');
  return api;
}

const QUERY = '{ ward(code: "26743") { agreements { signatories { name } } } }';

describe('internal errors', () => {
  let api: TestServer | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it('outside development, say nothing of stack traces or SQL', async () => {
    api = await serverWithBrokenTable(false);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.admin.token}` },
      body: JSON.stringify({ query: QUERY }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(body.errors[0]?.extensions).not.toHaveProperty('stacktrace');
    expect(text).not.toMatch(/select|agreement_signatory|no such table|\.ts:\d+|at /i);
  });

  it('in development, show them, so the test above checks a real leak', async () => {
    api = await serverWithBrokenTable(true);
    const result = await api.graphql(QUERY);
    expect(result.errors?.[0]?.message).toMatch(/agreement_signatory/);
    expect(result.errors?.[0]?.extensions?.['stacktrace']).toBeInstanceOf(Array);
  });
});
