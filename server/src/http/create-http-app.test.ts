import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

describe('the HTTP server', () => {
  let api: TestServer;
  let clientDist: string;

  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'tripartite-client-'));
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>Tripartite app</title>');
    writeFileSync(join(clientDist, 'app.js'), 'console.log("app")');
    api = await startTestServer('sqlite', { clientDistDir: clientDist });
  });

  afterAll(async () => {
    await api.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  it('reports health with the database reachable', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the built app, and its index for client-side routes', async () => {
    expect(await (await fetch(`${api.url}/app.js`)).text()).toContain('console.log');
    const deepLink = await fetch(`${api.url}/provinces/79`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('Tripartite app');
  });

  it('refuses GraphQL GET requests that could be forged across sites (CSRF prevention)', async () => {
    const forged = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`);
    expect(forged.status).toBe(400);
    const allowed = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('compresses GraphQL answers for clients that accept it', async () => {
    const body = JSON.stringify({ query: '{ provinces { code name fullName kind } }' });
    const answer = await new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
      const request = httpRequest(
        `${api.url}/graphql`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'accept-encoding': 'gzip',
            authorization: `Bearer ${api.admin.token}`,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = response.headers['content-encoding'];
            resolve({ encoding, text: (encoding === 'gzip' ? gunzipSync(raw) : raw).toString() });
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    expect(answer.encoding).toBe('gzip');
    expect(JSON.parse(answer.text).data.provinces.length).toBeGreaterThan(30);
  });

  it('sends GraphQL answers with their exact length and no ETag, which no client can use', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      // Uncompressed: a compressed answer is sent in chunks, without a length.
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'identity',
        authorization: `Bearer ${api.admin.token}`,
      },
      body: JSON.stringify({ query: '{ provinces { code name } }' }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    // Hashing each answer for an ETag cost CPU on every request, for nothing (graphql-handler.ts).
    expect(response.headers.get('etag')).toBeNull();
    // Vietnamese names: the length counts UTF-8 bytes, not characters.
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(bytes.toString('utf8').length);
    expect(JSON.parse(bytes.toString('utf8')).data.provinces.length).toBeGreaterThan(30);
  });

  it('keeps the ETag of other answers, such as the import templates', async () => {
    const response = await fetch(`${api.url}/templates/participation-figures.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it('refuses request bodies over 100 kB before parsing them', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ provinces { code } } # ${'x'.repeat(120_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});

describe('the HTTP server without a built app', () => {
  it('says how to build the app instead of a bare 404', async () => {
    const api = await startTestServer('sqlite');
    try {
      const response = await fetch(`${api.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('pnpm build');
    } finally {
      await api.close();
    }
  });
});
