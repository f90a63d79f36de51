import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { coldVisitHoldingCode } from './support/held-code.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn } from './support/sign-in.js';

/** The twelve demo wards of Ho Chi Minh City without a signed agreement in effect (demo seed). */
const LACKING = [
  'Bến Thành',
  'Bình Châu',
  'Bình Khánh',
  'Cần Giờ',
  'Côn Đảo',
  'Củ Chi',
  'Dầu Tiếng',
  'Dĩ An',
  'Gò Vấp',
  'Hiệp Phước',
  'Thạnh An',
  'Vũng Tàu',
];

const lackingTable = (page: Page) =>
  page.getByRole('table', { name: /chưa có thỏa thuận ba bên đã ký|without a signed/ });
const wardNames = (page: Page) => lackingTable(page).locator('tbody tr td:nth-child(2)').allTextContents();
const shownCount = (page: Page) => page.getByTestId('lacking-count').textContent();

/** Scrolls to the end, again as the sections below the fold load when near (WhenNear) and grow the page. */
async function scrollToEnd(page: Page): Promise<void> {
  for (let pass = 0; pass < 4; pass++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(250);
  }
}

/** The lacking list's first row starts within the first screen, below the one-sentence answer (issue 17). */
async function expectListInFirstScreen(page: Page): Promise<void> {
  const firstRow = await lackingTable(page).locator('tbody tr').first().boundingBox();
  const answer = await page.getByTestId('signing-summary').boundingBox();
  const screenHeight = page.viewportSize()!.height;
  expect(answer!.y).toBeLessThan(firstRow!.y);
  expect(firstRow!.y + firstRow!.height).toBeLessThanOrEqual(screenHeight);
}

describe('the city dashboard in Chromium, on the demo data', () => {
  const running = appInChromium();

  it("shows a director Ho Chi Minh City's 12 wards lacking agreements; search, filter, CSV, English", async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
    // A director lands on their own province's dashboard at `/`.
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hồ Chí Minh' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await lackingTable(page).waitFor();
    expect(await shownCount(page)).toBe('12');
    expect((await wardNames(page)).sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(LACKING);
    expect(await page.getByText('12 phường/xã').count()).toBe(1);
    expect(await page.getByTestId('progress-awaitingSignatures').textContent()).toBe('5');
    expect(await page.getByTestId('progress-signed').textContent()).toBe('156');
    // The answer first, in one sentence; the list follows within the first screen (1280×800).
    expect(await page.getByTestId('signing-summary').textContent()).toBe(
      'Còn 12 trên 168 phường, xã chưa có thỏa thuận đã ký có hiệu lực.',
    );
    await expectListInFirstScreen(page);
    // A director reaches the workspace from the dashboard.
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: /Công việc theo từng phường, xã/ })
        .getAttribute('href'),
    ).toBe('/workspace');

    // This year's targets (the demo's 2026 ones) in Vietnamese number format, and the director's
    // latest changes, below the fold.
    await scrollToEnd(page);
    const targets = page.getByTestId('targets-table');
    await targets.waitFor();
    expect(await targets.textContent()).toContain('1.330.000');
    expect(await page.getByRole('combobox', { name: 'Năm', exact: true }).inputValue()).toBe('2026');
    await page.getByRole('heading', { level: 2, name: 'Thay đổi gần đây' }).waitFor();
    // Fresh demo data may hold no change in the director's province yet: the table or the empty text.
    const changes = page.getByTestId('latest-changes').or(page.getByText('Chưa có thay đổi nào.'));
    await changes.waitFor();
    await saveScreenshots(page, 'dashboard-director');

    // Typed without diacritics, in any case.
    const search = page.getByRole('searchbox', { name: /Tìm phường, xã/ });
    await search.fill('BEN thanh');
    await expect.poll(() => wardNames(page)).toEqual(['Bến Thành']);
    expect(await shownCount(page)).toBe('1');
    expect(await lackingTable(page).locator('tbody tr').first().textContent()).toContain('Chờ ký');
    await saveScreenshots(page, 'dashboard-search-ben-thanh');
    // Codes too: people read them off paper lists.
    await search.fill('2674');
    await expect.poll(() => wardNames(page)).toContain('Bến Thành');
    expect(new URL(page.url()).searchParams.get('q')).toBe('2674');
    await search.fill('');

    // Status filter: the five awaiting signatures, then the three being drafted.
    const status = page.getByRole('combobox', { name: 'Tình trạng' });
    await status.selectOption({ label: 'Chờ ký' });
    await expect.poll(() => shownCount(page)).toBe('5');
    expect(await wardNames(page)).toHaveLength(5);
    await status.selectOption({ label: 'Đang soạn thảo' });
    await expect.poll(() => wardNames(page)).toHaveLength(3);
    expect(await shownCount(page)).toBe('3');
    // The filter lives in the address: a reload (or a shared link) shows the same three.
    expect(new URL(page.url()).searchParams.get('status')).toBe('DRAFTING');
    await page.reload();
    await lackingTable(page).waitFor();
    await expect.poll(() => shownCount(page)).toBe('3');
    expect(await page.getByRole('combobox', { name: 'Tình trạng' }).inputValue()).toBe('DRAFTING');
    await status.selectOption({ label: 'Tất cả tình trạng' });
    await expect.poll(() => shownCount(page)).toBe('12');
    expect(new URL(page.url()).search).toBe('');

    // Sorting by a header: its button, and aria-sort on the column header.
    const daysHeader = page.getByRole('columnheader', { name: /Số ngày từ lần thay đổi cuối/ });
    await daysHeader.getByRole('button').click();
    // The sort goes through the address, a navigation: the table re-sorts a moment later.
    await expect.poll(() => daysHeader.getAttribute('aria-sort')).toBe('descending');
    // The two wards without any agreement have no days: they come last.
    const names = await wardNames(page);
    expect(names.slice(-2).sort()).toEqual(['Côn Đảo', 'Thạnh An']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-days');

    // The CSV export: UTF-8 with BOM, Vietnamese headers, the 12 rows as shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^phuong-xa-chua-ky-79-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Mã,Phường/xã,Loại,Tình trạng,Dân số,Cơ quan BHXH,Bưu điện,Số ngày từ lần thay đổi cuối');
    expect(lines).toHaveLength(13);
    expect(lines.find((line) => line.startsWith('26743,'))).toMatch(/^26743,Bến Thành,Phường,Chờ ký,\d+,.+,\d+$/);
    expect(
      lines
        .slice(-2)
        .map((line) => line.split(',')[1])
        .sort(),
    ).toEqual(['Côn Đảo', 'Thạnh An']);

    // English: the texts, the headers and the number formats change.
    await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ho Chi Minh City' }).waitFor();
    await page.getByRole('columnheader', { name: /Ward\/commune/ }).waitFor();
    expect(await lackingTable(page).locator('tbody tr td:nth-child(3)').allTextContents()).toContain('Commune');
    expect(await page.getByText('12 wards/communes').count()).toBe(1);
    await scrollToEnd(page);
    await expect.poll(() => targets.textContent()).toContain('1,330,000');
    expect(await targets.textContent()).not.toContain('1.330.000');
    await page.getByRole('heading', { level: 2, name: 'Latest changes' }).waitFor();
    await saveScreenshots(page, 'dashboard-director-english');
    const [englishDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const english = readFileSync(await englishDownload.path(), 'utf8');
    expect(english.slice(1).split('\r\n')[0]).toBe(
      'Code,Ward/commune,Kind,Status,Population,Social insurance agency,Post office,Days since last change',
    );
    await page.close();
  });

  it('fits the lacking list in a 1,280 px window in Vietnamese and English, names one line each', async () => {
    for (const [locale, language] of [
      ['vi-VN', 'vi'],
      ['en-US', 'en'],
    ] as const) {
      const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop, locale });
      await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
      await lackingTable(page).locator('tbody tr').first().waitFor();
      if (language === 'en') {
        await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
        await page.getByRole('columnheader', { name: /Ward\/commune/ }).waitFor();
      }
      await saveScreenshots(page, `dashboard-lacking-fit-${language}`);
      // The table within its scroller: no sideways scrolling on a desktop.
      const widths = await lackingTable(page).evaluate((table) => ({
        table: table.scrollWidth,
        container: table.closest('[role="region"]')!.clientWidth,
      }));
      expect(widths.table, `${language}: table ${widths.table} px in ${widths.container} px`).toBeLessThanOrEqual(
        widths.container,
      );
      // The agency and the post office, the province's own on every row, are said once above the
      // table instead of in two columns of the same truncated name.
      const headers = (await lackingTable(page).locator('thead th').allTextContents()).join(' | ');
      expect(headers).not.toMatch(/Cơ quan BHXH|Bưu điện|Social insurance agency|Post office/);
      expect(await page.getByTestId('lacking-shared-offices').textContent()).toBe(
        language === 'vi'
          ? 'Mọi thỏa thuận trong danh sách đều ký với Bảo hiểm xã hội Thành phố Hồ Chí Minh và Bưu điện Thành phố Hồ Chí Minh.'
          : 'Every agreement listed is with Bảo hiểm xã hội Thành phố Hồ Chí Minh and Bưu điện Thành phố Hồ Chí Minh.',
      );
      // Every cell on one line (agency and post-office names wrapped to three when they were
      // columns); a shortened name shows in full in its tooltip.
      const cells = await lackingTable(page)
        .locator('tbody td')
        .evaluateAll((tds) =>
          tds.map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            // Taller than one and a half lines: wrapped.
            const lineHeight = parseFloat(getComputedStyle(td).lineHeight);
            const lines = range.getBoundingClientRect().height > lineHeight * 1.5 ? 2 : 1;
            return { text: td.textContent, lines, title: td.querySelector('[title]')?.getAttribute('title') };
          }),
        );
      expect(cells.filter((cell) => cell.lines > 1)).toEqual([]);
      for (const cell of cells.filter((cell) => cell.title !== undefined)) expect(cell.title).toBe(cell.text);
      await page.close();
    }
  });

  it('offers viewers the province picker and a dashboard without the audit trail', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.phone, locale: 'vi-VN' });
    // How many provinces the list first shows: on a phone, the first screen's, the rest a moment later.
    await page.addInitScript(`new MutationObserver((_, observer) => {
      const links = document.querySelectorAll('main ul li a[href^="/provinces/"]').length;
      if (links > 0) (window.__firstProvinces = links), observer.disconnect();
    }).observe(document, { childList: true, subtree: true });`);
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.viewer);
    const provinces = page.locator('main ul li a[href^="/provinces/"]');
    await expect.poll(() => provinces.count()).toBe(34);
    expect(await page.evaluate('window.__firstProvinces')).toBe(12);
    await page.getByRole('link', { name: /Thành phố Hồ Chí Minh/ }).click();
    await page.waitForURL((url) => url.pathname === '/provinces/79');
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hồ Chí Minh' }).waitFor();
    await lackingTable(page).waitFor();
    expect(await shownCount(page)).toBe('12');
    // On a 360-px phone too, the list starts within the first screen.
    await expectListInFirstScreen(page);
    await scrollToEnd(page);
    await page.getByTestId('targets-table').waitFor();
    expect(await page.getByRole('heading', { name: 'Thay đổi gần đây' }).count()).toBe(0);
    // 360 px: the page itself does not scroll sideways; the wide table scrolls in its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshots(page, 'dashboard-viewer');
    await page.close();
  });

  it("shows an admin any province's dashboard with the latest changes in words", async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'vi-VN' });
    await openSignedIn(page, `${running.app.url}/provinces/79`, DEMO_ACCOUNTS.admin);
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hồ Chí Minh' }).waitFor();
    await scrollToEnd(page);
    const changes = page.getByRole('list', { name: 'Các thay đổi gần đây nhất' });
    await changes.waitFor();
    // The admin's own sign-in is the newest record: who, and the action in words, not `session.signIn`.
    const newest = changes.getByRole('listitem').first();
    expect(await newest.textContent()).toContain('Đăng nhập');
    expect(await newest.textContent()).not.toContain('session.signIn');

    // A change to an agreement names the ward and the change, from → to, and who made it.
    const agreementId = await page.evaluate(async () => {
      const ask = (query: string, variables: object) =>
        fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        }).then((response) => response.json() as Promise<{ data: Record<string, { id: string }> }>);
      const created = await ask('mutation { createAgreement(input: { wardCode: "26732" }) { id } }', {});
      const id = created.data['createAgreement']!.id;
      await ask(
        'mutation ($id: ID!) { changeAgreementStatus(input: { agreementId: $id, status: AWAITING_SIGNATURES, expectedVersion: 1 }) { id } }',
        { id },
      );
      return id;
    });
    await page.reload();
    await page.getByTestId('lacking-count').waitFor();
    await scrollToEnd(page);
    const sent = changes.getByRole('listitem').first();
    await expect.poll(() => sent.textContent()).toContain('Côn Đảo');
    expect(await sent.textContent()).toContain('mã 26732');
    expect(await sent.getByTestId('change-status').textContent()).toBe('Đang soạn thảo → Chờ ký');
    expect(await sent.getByRole('link', { name: 'Đổi tình trạng thỏa thuận' }).getAttribute('href')).toBe(
      `/agreements/${agreementId}`,
    );
    expect(await changes.getByRole('listitem').nth(1).getByTestId('change-status').textContent()).toBe(
      'Tạo mới: Đang soạn thảo',
    );
    await saveScreenshots(page, 'dashboard-admin');
    await page.close();
  });

  it('shows a director on a phone the list within the first screen, below the links to the plan and the workspace', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.phone, locale: 'vi-VN' });
    // What the list first shows: on a phone, the first screen's rows; the others a moment later
    // (issue 15, the warm visit).
    await page.addInitScript(`new MutationObserver((_, observer) => {
      const rows = document.querySelectorAll('section[aria-labelledby="lacking-heading"] tbody tr').length;
      if (rows > 0) (window.__firstRows = rows), observer.disconnect();
    }).observe(document, { childList: true, subtree: true });`);
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.director);
    await lackingTable(page).locator('tbody tr').first().waitFor();
    await expect.poll(() => lackingTable(page).locator('tbody tr').count()).toBe(12);
    expect(await page.evaluate('window.__firstRows')).toBe(6);
    await page.getByRole('heading', { name: 'Số phường, xã theo tình trạng ký' }).waitFor();
    await expectListInFirstScreen(page);
    // Only three columns fit a phone: the ward, its status and its days since the last change.
    const headers = await lackingTable(page).locator('thead th').allTextContents();
    expect(headers.slice(0, 3).map((header) => header.replace(/\s*[▲▼↕]$/, ''))).toEqual([
      'Phường/xã',
      'Tình trạng',
      'Số ngày từ lần thay đổi cuối',
    ]);
    // A sort by population is kept in the address, so it survives a reload.
    const populationHeader = page.getByRole('columnheader', { name: /Dân số/ });
    await populationHeader.getByRole('button').click();
    await expect.poll(() => populationHeader.getAttribute('aria-sort')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-population');
    await page.reload();
    await expect.poll(() => populationHeader.getAttribute('aria-sort')).toBe('descending');
    await saveScreenshots(page, 'dashboard-director-phone');
    await page.close();
  });

  it("asks for a director's counts and list while the dashboard's code is still on its way (a cold visit)", async () => {
    // The first visit of the day on a phone (issue 15): the list must not wait for the code.
    const { context, page, operations, askedBeforeCode } = await coldVisitHoldingCode(
      running.browser,
      running.app.url,
      'director',
      '**/assets/province-dashboard-*.js',
      'LackingWards',
    );
    await page.goto(running.app.url);
    await lackingTable(page).locator('tbody tr').first().waitFor();
    expect(askedBeforeCode()).toBe(true);
    expect(operations.slice(0, 3).sort()).toEqual(['LackingWards', 'ProvinceSigning', 'Viewer']);
    // The first answer says whose province it is: no second question about the account, and a
    // director's home never downloads the province picker. (That no page has a second document
    // about the account, even one the cache answers, is viewer-documents.test.ts.)
    expect(operations.filter((operation) => operation === 'Viewer')).toHaveLength(1);
    expect(operations).not.toContain('DashboardViewer');
    expect(operations).not.toContain('Provinces');
    await context.close();
  });

  it("asks who is signed in while a coordinator's workspace code is still on its way, once (a cold visit)", async () => {
    // The workspace is a lazy route: the app's first question must not wait for the page's code.
    const { context, page, operations, askedBeforeCode } = await coldVisitHoldingCode(
      running.browser,
      running.app.url,
      'coordinator',
      '**/assets/workspace-page-*.js',
      'Viewer',
    );
    await page.goto(`${running.app.url}/workspace`);
    await page.locator('[data-testid^="workspace-ward-"]').first().waitFor();
    expect(askedBeforeCode()).toBe(true);
    // The viewer's answer names the office's province: the wards are the second question, and
    // nothing asks for the viewer again.
    expect(operations.slice(0, 2)).toEqual(['Viewer', 'WorkspaceWards']);
    expect(operations.filter((operation) => operation === 'Viewer')).toHaveLength(1);
    expect(operations).not.toContain('WorkspaceViewer');
    await context.close();
  });

  it('sends a coordinator from / to the workspace', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.phone });
    await openSignedIn(page, running.app.url, DEMO_ACCOUNTS.coordinator);
    await page.waitForURL((url) => url.pathname === '/workspace');
    await page.close();
  });
});
