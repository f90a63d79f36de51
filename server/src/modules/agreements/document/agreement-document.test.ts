import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../db/seeders/demo/accounts.seed.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { testDialects } from '../../../test-support/test-databases.js';

/**
 * The printable agreement, read back with Debian's poppler-utils (pdftotext, pdfinfo, pdffonts)
 * as a person's PDF reader would: the text with its diacritics, A4, and the fonts embedded.
 */
const folder = mkdtempSync(join(tmpdir(), 'agreement-pdf-'));

function poppler(tool: string, file: string, ...args: string[]): string {
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

type Agreement = {
  id: string;
  referenceNumber: string;
  ward: { fullName: string };
  agency: { name: string };
  postOffice: { name: string };
  signatories: { name: string; title: string }[];
};

describe.each(testDialects)('GET /agreements/{id}/document.pdf, on %s', (dialect) => {
  let api: TestServer;
  let signed: Agreement;
  beforeAll(async () => {
    api = await startTestServer(dialect);
    const result = await api.graphql<{ ward: { currentAgreement: Agreement } }>(
      `{ ward(code: "25747") { currentAgreement {
          id referenceNumber ward { fullName } agency { name } postOffice { name } signatories { name title }
        } } }`,
    );
    expect(result.errors).toBeUndefined();
    signed = result.data!.ward.currentAgreement;
  });
  afterAll(async () => {
    await api.close();
  });

  async function download(path: string, headers: Record<string, string>): Promise<{ status: number; file: string }> {
    const response = await fetch(`${api.url}${path}`, { headers });
    const file = join(folder, `${crypto.randomUUID()}.pdf`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return { status: response.status, file };
  }

  it('prints the three parties by their official names, the signatories, the reference and the signing day, in Vietnamese', async () => {
    const { status, file } = await download(`/agreements/${signed.id}/document.pdf`, {
      authorization: `Bearer ${api.admin.token}`,
    });
    expect(status).toBe(200);
    const text = poppler('pdftotext', file, '-layout').replace(/\s+/g, ' ');
    expect(text).toContain('THỎA THUẬN PHỐI HỢP BA BÊN');
    expect(text).toContain(`Ủy ban nhân dân ${signed.ward.fullName}`);
    expect(text).toContain(signed.agency.name);
    expect(text).toContain(signed.postOffice.name);
    expect(text).toContain(`Số: ${signed.referenceNumber}`);
    for (const signatory of signed.signatories) {
      expect(text).toContain(signatory.name);
      expect(text).toContain(signatory.title);
    }
    expect(text).toMatch(/Thành phố Hồ Chí Minh, ngày \d+ tháng \d+ năm 2025/);
    expect(text).not.toContain('BẢN DỰ THẢO');
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\n/);
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    // Every font is Be Vietnam Pro, embedded (the "emb" column).
    for (const font of fonts) {
      expect(font).toMatch(/BeVietnamPro/);
      expect(font.split(/\s+/).slice(-5)[0]).toBe('yes');
    }
  });

  it('prints in English with ?lang=en, keeping the official names, for a session cookie too', async () => {
    const cookie = await api.signIn('viewer@tripartite.local', DEMO_PASSWORD);
    const { status, file } = await download(`/agreements/${signed.id}/document.pdf?lang=en`, { cookie });
    expect(status).toBe(200);
    const text = poppler('pdftotext', file).replace(/\s+/g, ' ');
    expect(text).toContain('THREE-PARTY COOPERATION AGREEMENT');
    expect(text).toContain(`People’s Committee of ${signed.ward.fullName}`);
    expect(text).toContain(signed.signatories[0]!.name);
  });

  it('marks an agreement still awaiting signatures as a draft, with blanks for the signatories not named', async () => {
    const result = await api.graphql<{ ward: { currentAgreement: { id: string } } }>(
      `{ ward(code: "27664") { currentAgreement { id } } }`,
    );
    const { status, file } = await download(`/agreements/${result.data!.ward.currentAgreement.id}/document.pdf`, {
      authorization: `Bearer ${api.admin.token}`,
    });
    expect(status).toBe(200);
    const text = poppler('pdftotext', file).replace(/\s+/g, ' ');
    expect(text).toContain('BẢN DỰ THẢO – CHƯA CÓ HIỆU LỰC');
    expect(text).toContain('Ủy ban nhân dân Xã Cần Giờ');
  });

  it('answers 401 without a sign-in, 404 for an unknown or malformed id, 400 for an unknown language', async () => {
    expect((await fetch(`${api.url}/agreements/${signed.id}/document.pdf`)).status).toBe(401);
    const revoked = await fetch(`${api.url}/agreements/${signed.id}/document.pdf`, {
      headers: { authorization: 'Bearer tp_not-a-token' },
    });
    expect(revoked.status).toBe(401);
    const auth = { authorization: `Bearer ${api.admin.token}` };
    expect((await fetch(`${api.url}/agreements/${crypto.randomUUID()}/document.pdf`, { headers: auth })).status).toBe(
      404,
    );
    expect((await fetch(`${api.url}/agreements/not-an-id/document.pdf`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${api.url}/agreements/${signed.id}/document.pdf?lang=fr`, { headers: auth })).status).toBe(
      400,
    );
  });

  it('page 1 renders to an image (for a person to look at)', async () => {
    const { file } = await download(`/agreements/${signed.id}/document.pdf`, {
      authorization: `Bearer ${api.admin.token}`,
    });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, join(folder, `page-${dialect}`)]);
    const listing = execFileSync('ls', [folder], { encoding: 'utf8' });
    expect(listing).toMatch(new RegExp(`page-${dialect}-1\\.png`));
    console.log(`rendered page 1: ${join(folder, `page-${dialect}-1.png`)}`);
  });
});
