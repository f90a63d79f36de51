import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE, staticApp } from './static-app.js';

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A GET with exactly these headers, the body as sent (fetch would decompress it and add its own). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const SCRIPT = `console.log(${JSON.stringify('Thỏa thuận ba bên '.repeat(200))});`;
const INDEX = '<!doctype html><title>Tripartite</title><script type="module" src="/assets/index-AbC123xy.js"></script>';

describe('the built app as static files', () => {
  let dist: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tripartite-static-'));
    mkdirSync(join(dist, 'assets'));
    // As `vite build` leaves them: each compressible file with its .br and .gz beside it.
    const files = { 'index.html': INDEX, 'assets/index-AbC123xy.js': SCRIPT, 'sw.js': 'self.skipWaiting();' };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dist, name), content);
      writeFileSync(join(dist, `${name}.br`), brotliCompressSync(content));
      writeFileSync(join(dist, `${name}.gz`), gzipSync(content));
    }
    // Already compressed formats get no copies.
    writeFileSync(join(dist, 'assets', 'font-Zz9Yy8Xx.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    const app = express();
    app.use(staticApp(dist));
    app.post('/graphql', (_request, response) => response.json({ data: null }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli copy to browsers that accept it, gzip to those that take only gzip, plain to the rest', async () => {
    const brotli = await get(`${url}/assets/index-AbC123xy.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    expect(brotli.body.length).toBeLessThan(SCRIPT.length / 5);

    const gzip = await get(`${url}/assets/index-AbC123xy.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await get(`${url}/assets/index-AbC123xy.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('caches hashed assets for a year, immutable; index.html and the service worker are revalidated each time', async () => {
    expect((await get(`${url}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br' })).headers['cache-control']).toBe(
      IMMUTABLE,
    );
    expect((await get(`${url}/assets/font-Zz9Yy8Xx.woff2`)).headers['cache-control']).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/workspace']) {
      const response = await get(`${url}${path}`, { 'accept-encoding': 'br' });
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(REVALIDATE);
    }
  });

  it('answers a matching ETag with 304 and no body, per encoding', async () => {
    const first = await get(`${url}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br' });
    const etag = first.headers['etag'];
    expect(etag).toBeTruthy();
    const again = await get(`${url}/assets/index-AbC123xy.js`, { 'accept-encoding': 'br', 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip copy is another representation, with its own ETag: the brotli one must not match it.
    const gzip = await get(`${url}/assets/index-AbC123xy.js`, { 'accept-encoding': 'gzip', 'if-none-match': etag! });
    expect(gzip.status).toBe(200);
    expect(gzip.headers['etag']).not.toBe(etag);

    const index = await get(`${url}/workspace`, { 'accept-encoding': 'br' });
    const revalidated = await get(`${url}/workspace`, {
      'accept-encoding': 'br',
      'if-none-match': index.headers.etag!,
    });
    expect(revalidated.status).toBe(304);
  });

  it('answers client-side routes with index.html, compressed, and a missing asset with 404, not the page', async () => {
    const route = await get(`${url}/agreements/abc-123`, { 'accept-encoding': 'br' });
    expect(route.status).toBe(200);
    expect(route.headers['content-type']).toMatch(/^text\/html/);
    expect(route.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(route.body).toString()).toBe(INDEX);

    const stale = await get(`${url}/assets/index-Old00000.js`, { 'accept-encoding': 'br' });
    expect(stale.status).toBe(404);
    expect(stale.body.toString()).not.toContain('<title>Tripartite</title>');
    // The API and files with an extension are not routes of the app.
    expect((await get(`${url}/graphql`)).status).toBe(404);
    expect((await get(`${url}/missing.png`)).status).toBe(404);
  });
});
