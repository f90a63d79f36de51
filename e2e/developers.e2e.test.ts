import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** Every request the page makes that leaves the app's own origin (CDNs, fonts, analytics…). */
function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

describe('the developers page: API tokens and the GraphQL explorer', () => {
  const running = appInChromium();

  it('creates a token shown once with a warning, lists it by prefix, and revokes it after a confirmation', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop });
    const foreign = recordForeignRequests(page, new URL(running.app.url).origin);
    await openSignedIn(page, `${running.app.url}/developers`, DEMO_ACCOUNTS.director);
    await page.getByRole('heading', { level: 1, name: 'Dành cho nhà phát triển' }).waitFor();
    await page.getByText('Bạn chưa có mã truy cập nào.').waitFor();

    // A name is required; the form says so before asking the server.
    await page.getByRole('button', { name: 'Tạo mã', exact: true }).click();
    await page.getByText('Hãy đặt tên cho mã.').waitFor();

    await page.getByRole('textbox', { name: 'Tên mã' }).fill('Báo cáo hằng tháng');
    await page.getByRole('textbox', { name: 'Số ngày hiệu lực' }).fill('30');
    await page.getByRole('button', { name: 'Tạo mã', exact: true }).click();

    const shown = page.getByTestId('new-api-token');
    await shown.waitFor();
    const token = (await shown.textContent())?.trim() ?? '';
    expect(token.length).toBeGreaterThan(20);
    await page.getByText('Mã chỉ hiển thị một lần này.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Sao chép mã' }).waitFor();

    // The list (refreshed by Graphcache, no reload) shows the token by name and first characters only.
    const row = page.getByTestId('api-token-row').filter({ hasText: 'Báo cáo hằng tháng' });
    await row.waitFor();
    const prefix = ((await row.locator('code').textContent()) ?? '').replace('…', '');
    expect(prefix.length).toBeGreaterThan(3);
    expect(token.startsWith(prefix)).toBe(true);
    expect(await row.textContent()).not.toContain(token);
    expect(await row.textContent()).toContain('Đang dùng được');
    await saveScreenshots(page, 'developers-token-created');

    // Once dismissed, the token is nowhere: not on the page, not after a reload.
    await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
    expect(await page.getByTestId('new-api-token').count()).toBe(0);
    await page.reload();
    await row.waitFor();
    expect(await page.locator('body').textContent()).not.toContain(token);

    // The token works for tools until it is revoked.
    const asTool = () =>
      page.evaluate(
        async ({ url, bearer }) => {
          const response = await fetch(url, {
            method: 'POST',
            credentials: 'omit',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
            body: JSON.stringify({ query: '{ viewer { email } }' }),
          });
          return (await response.json()) as { data?: { viewer: { email: string } | null }; errors?: unknown[] };
        },
        { url: `${running.app.url}/graphql`, bearer: token },
      );
    expect((await asTool()).data?.viewer?.email).toBe(DEMO_ACCOUNTS.director);

    await row.getByRole('button', { name: 'Thu hồi mã “Báo cáo hằng tháng”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thu hồi mã “Báo cáo hằng tháng”?' });
    await dialog.getByText('Không thể hoàn tác.', { exact: false }).waitFor();
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.textContent()).toContain('Đang dùng được');

    await row.getByRole('button', { name: 'Thu hồi mã “Báo cáo hằng tháng”' }).click();
    await dialog.getByRole('button', { name: 'Thu hồi mã', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Đã thu hồi', { exact: false }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    expect((await asTool()).data?.viewer ?? null).toBeNull();
    await saveScreenshots(page, 'developers-token-revoked');

    expect(foreign).toEqual([]);
    await page.close();
  });

  it('serves GraphiQL from the app itself and runs the default query with the session', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop });
    const origin = new URL(running.app.url).origin;
    const foreign = recordForeignRequests(page, origin);
    await openSignedIn(page, `${running.app.url}/developers`, DEMO_ACCOUNTS.director);
    await page.getByRole('heading', { level: 2, name: 'Trình khám phá GraphQL' }).waitFor();

    const explorer = page.getByTestId('graphql-explorer');
    const editor = explorer.locator('.graphiql-query-editor');
    await editor.getByText('wardsLackingSignedAgreement', { exact: false }).first().waitFor({ timeout: 30_000 });
    // Monaco renders spaces as no-break spaces.
    expect((await editor.textContent())?.replaceAll('\u00a0', ' ')).toContain('provinceCode: "79"');

    // The editors' font (GraphiQL asks for "Fira Code" by name) has the bundled Vietnamese letters.
    expect(
      await page.evaluate(() =>
        [...document.fonts].some(
          (face) =>
            face.family.replaceAll('"', '') === 'Fira Code' &&
            face.unicodeRange.includes('1EA0') &&
            face.status === 'loaded',
        ),
      ),
    ).toBe(true);

    const answer = page.waitForResponse(
      (response) =>
        response.url() === `${origin}/graphql` &&
        (response.request().postData() ?? '').includes('WardsLackingSignedAgreement'),
    );
    await explorer.getByRole('button', { name: /Execute query/ }).click();
    const response = await answer;
    expect(response.request().headers()['apollo-require-preflight']).toBe('true');
    const body = (await response.json()) as { data?: { wardsLackingSignedAgreement: { code: string }[] } };
    expect(body.data?.wardsLackingSignedAgreement).toHaveLength(12);
    const result = explorer.locator('.graphiql-response');
    await result.getByText('"wardsLackingSignedAgreement"', { exact: false }).waitFor();

    // The schema is bundled: the Docs panel knows the query's field without asking the server.
    await explorer.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await explorer.getByText('wardsLackingSignedAgreement', { exact: false }).first().waitFor();
    await saveScreenshots(page, 'developers-explorer');

    expect(foreign).toEqual([]);
    await page.close();
  });
});
