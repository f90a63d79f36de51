import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, openSignedIn, submitSignIn } from './support/sign-in.js';

/** Asks the API directly, with the page's own cookies, as a script in the page could. */
function provincesFromPage(page: Page): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    return response.json();
  });
}

describe('signing in and out of the admin app', () => {
  const running = appInChromium();

  it('sends a visitor who is not signed in to the sign-in page, and back to the page they wanted', async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await page.goto(`${running.app.url}/provinces/79?tab=wards`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/provinces/79?tab=wards');
    await saveScreenshots(page, 'sign-in');

    await submitSignIn(page, DEMO_ACCOUNTS.viewer, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/provinces/79');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thành phố Hồ Chí Minh');
    await page.close();
  });

  it('shows progress while signing in, then the error for a wrong password', async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await page.goto(`${running.app.url}/sign-in`);
    // Hold the answer to the sign-in until the button has been seen showing progress.
    let releaseSignIn = () => {};
    const signInHeld = new Promise<void>((resolve) => (releaseSignIn = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('mutation SignIn')) await signInHeld;
      await route.continue();
    });

    await submitSignIn(page, DEMO_ACCOUNTS.director, 'not-the-password');
    const button = page.getByRole('button', { name: 'Đang đăng nhập…' });
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    releaseSignIn();

    const alert = page.getByRole('alert');
    // A password check takes about a second on a loaded two-core machine: more than poll's default.
    await expect
      .poll(() => alert.textContent(), { timeout: 5_000 })
      .toBe('Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByRole('button', { name: 'Đăng nhập', exact: true }).isEnabled()).toBe(true);
    await saveScreenshots(page, 'sign-in-wrong-password');
    await page.close();
  });

  it('after five wrong passwords, says how many seconds to wait, then lets the right password in', async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await page.goto(`${running.app.url}/sign-in`);
    const alert = page.getByRole('alert');
    const waitMessage = /^Đăng nhập sai quá nhiều lần\. Hãy đợi (\d+) giây rồi thử lại\.$/;
    // Five tries go through at once; after them each try must wait 1, 2, 4 … seconds, so a
    // person typing on gets the wait said in seconds within a few more tries.
    let said = '';
    for (let attempt = 1; attempt <= 10 && !waitMessage.test(said); attempt++) {
      const answered = page.waitForResponse((response) => response.request().postData()?.includes('SignIn') ?? false);
      await submitSignIn(page, DEMO_ACCOUNTS.coordinator, `wrong-${attempt}`);
      await answered;
      await expect.poll(() => alert.textContent()).toMatch(/không đúng|Hãy đợi/);
      said = (await alert.textContent()) ?? '';
      if (attempt <= 5) expect(said).toContain('không đúng');
    }
    const seconds = Number(waitMessage.exec(said)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    await saveScreenshots(page, 'sign-in-wait');
    // A slow-down, not a lockout: after the wait the right password gets in.
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 200));
    await submitSignIn(page, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    await page.close();
  });

  it('a reload after signing in elsewhere (another tab) shows the page, not the sign-in form the device cache remembers', async () => {
    const context = await running.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${running.app.url}/wards/26884`);
    await page.getByRole('heading', { name: 'Đăng nhập', exact: true }).waitFor();
    // The device cache (IndexedDB) now says nobody is signed in: wait until it has been written.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const names = (await indexedDB.databases()).map((database) => database.name);
          return names.some((name) => name?.startsWith('tripartite-graphcache'));
        }),
      )
      .toBe(true);
    await page.waitForTimeout(500);
    // Another tab of the same browser signs in (the cookie is shared, this tab's cache is not told).
    const signedIn = await context.request.post(`${running.app.url}/graphql`, {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: {
        query:
          'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { account { id } } }',
        variables: { email: DEMO_ACCOUNTS.director, password: DEMO_PASSWORD },
      },
    });
    expect(((await signedIn.json()) as { errors?: unknown }).errors).toBeUndefined();
    await page.goto(`${running.app.url}/wards/26884`);
    await page.getByRole('heading', { level: 1, name: 'Phường Gò Vấp' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/wards/26884');
    await context.close();
  });

  it("shows the director's name and role once signed in", async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
    const account = page.getByRole('region', { name: 'Tài khoản' });
    await account.waitFor();
    const text = await account.textContent();
    expect(text).toContain('Giám đốc BHXH TP.HCM (demo)');
    expect(await account.locator('.account-role').textContent()).toMatch(/^Giám đốc( · .+)?$/);
    await saveScreenshots(page, 'signed-in-director');
    await page.close();
  });

  it('keeps the session in an httpOnly, SameSite=Strict cookie that scripts cannot read', async () => {
    const page = await running.browser.newPage();
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.viewer);
    const cookies = await page.context().cookies();
    // One cookie per path the session serves (the API, and the agreements' PDF documents).
    const sessions = cookies.filter((cookie) => cookie.name === 'tripartite_session');
    expect(sessions.map((cookie) => cookie.path).sort()).toEqual(['/agreements', '/graphql']);
    for (const session of sessions) expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('tripartite_session');
    await page.close();
  });

  it('signing out returns to the sign-in page, and the data pages are no longer reachable', async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.viewer);
    await page.getByRole('link', { name: /Thành phố Hồ Chí Minh/ }).click();
    await page.getByRole('heading', { name: 'Thành phố Hồ Chí Minh' }).waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => cookie.name)).not.toContain('tripartite_session');

    // Neither the pages (the back button, or typing an address) nor the API answer any more.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.goto(`${running.app.url}/provinces/79`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.getByRole('table').count()).toBe(0);
    const answer = await provincesFromPage(page);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.close();
  });

  it('a session that ends while the app is open leads to the sign-in page, and back after signing in', async () => {
    const page = await running.browser.newPage({ locale: 'vi-VN' });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.viewer);
    await page.getByRole('link', { name: /Thành phố Hồ Chí Minh/ }).waitFor();
    // As if the session expired: the browser no longer has a cookie the server accepts.
    await page.context().clearCookies();

    await page.getByRole('link', { name: /Thành phố Hồ Chí Minh/ }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/provinces/79');

    await submitSignIn(page, DEMO_ACCOUNTS.viewer, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/provinces/79');
    // The province's dashboard: its table of the 12 wards lacking a signed agreement.
    const lacking = page.getByRole('table', { name: /chưa có thỏa thuận ba bên đã ký/ });
    await expect.poll(() => lacking.locator('tbody tr').count(), { timeout: 10_000 }).toBe(12);
    await page.close();
  });
});
