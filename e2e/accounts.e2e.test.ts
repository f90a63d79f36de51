import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { saveScreenshots } from './support/screenshots.js';
import { DEMO_ACCOUNTS, openSignedIn, submitSignIn } from './support/sign-in.js';

const NEW_COORDINATOR = {
  name: 'Trần Thị Thu',
  email: 'thu.tran@tripartite.local',
  password: 'mat-khau-ban-dau-2026',
};

const REFUSED = 'Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.';

/** Signs in as the new coordinator in a browser of their own; answers the page, on the address reached or with the refusal. */
async function coordinatorSignsIn(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone });
  const page = await context.newPage();
  await page.goto(`${url}/sign-in`);
  await submitSignIn(page, NEW_COORDINATOR.email, NEW_COORDINATOR.password);
  return { page, close: () => context.close() };
}

/** Picks `option` in the Mantine select labelled `label` (typing narrows the list, as a person would). */
async function choose(page: Page, label: string, typed: string, option: string): Promise<void> {
  const input = page.getByTestId('create-account-form').getByLabel(label).first();
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

describe('accounts: an admin creates, disables and enables a coordinator', () => {
  const running = appInChromium();

  it('creates a coordinator for a post office, who signs in; disabled, refused; enabled, in again', async () => {
    const { url } = running.app;
    const admin = await running.browser.newPage({ viewport: VIEWPORTS.desktop });
    await openSignedIn(admin, `${url}/accounts`, DEMO_ACCOUNTS.admin);
    await admin.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    await admin.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).waitFor();

    const table = admin.getByTestId('account-table');
    const row = (email: string) => table.locator(`[data-testid="account-row"][data-email="${email}"]`);
    // The four demo accounts; the admin has just signed in, the viewer never has in this database.
    await expect.poll(() => table.getByTestId('account-row').count()).toBe(4);
    expect(await row(DEMO_ACCOUNTS.admin).getByTestId('account-last-sign-in').textContent()).toMatch(
      /\d{2}\/\d{2}\/\d{4}/,
    );
    expect(await row(DEMO_ACCOUNTS.viewer).getByTestId('account-last-sign-in').textContent()).toBe('Chưa đăng nhập');
    expect(await row(DEMO_ACCOUNTS.coordinator).textContent()).toContain('Bưu điện Thành phố Hồ Chí Minh');
    // No one disables their own account: the admin's row has no action.
    expect(await row(DEMO_ACCOUNTS.admin).getByRole('button').count()).toBe(0);

    // Sent empty, the shared rules answer in Vietnamese at each field.
    const form = admin.getByTestId('create-account-form');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Hãy nhập tên.').waitFor();
    await form.getByText('Đây không phải là địa chỉ email.').waitFor();
    await form.getByText('Tối thiểu 12 ký tự.').waitFor();
    await form.getByText('Chọn tỉnh, thành phố trước', { exact: true }).first().waitFor();
    await saveScreenshots(admin, 'accounts-form-errors');

    await form.getByLabel('Họ tên').fill(NEW_COORDINATOR.name);
    await form.getByLabel('Email').fill(NEW_COORDINATOR.email);
    await form.getByLabel('Mật khẩu ban đầu').fill(NEW_COORDINATOR.password);
    await choose(admin, 'Tỉnh, thành phố', 'Hồ Chí', 'Hồ Chí Minh');
    await choose(admin, 'Đơn vị bưu điện', 'Bưu điện', 'Bưu điện Thành phố Hồ Chí Minh (BD-79)');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await admin.getByTestId('account-created').getByText(`Đã tạo tài khoản cho ${NEW_COORDINATOR.name}.`).waitFor();
    const created = row(NEW_COORDINATOR.email);
    await created.waitFor();
    expect(await created.locator('th').textContent()).toContain(NEW_COORDINATOR.name);
    expect(await created.getByTestId('account-email').textContent()).toBe(NEW_COORDINATOR.email);
    expect(await created.textContent()).toContain('Điều phối viên');
    expect(await created.textContent()).toContain('Bưu điện Thành phố Hồ Chí Minh');
    expect(await created.getByTestId('account-state').textContent()).toBe('Đang hoạt động');
    expect(await created.getByTestId('account-last-sign-in').textContent()).toBe('Chưa đăng nhập');

    // The same email again: a sentence at the field, not the server's English.
    await form.getByLabel('Họ tên').fill('Người khác');
    await form.getByLabel('Email').fill(NEW_COORDINATOR.email.toUpperCase());
    await form.getByLabel('Mật khẩu ban đầu').fill(NEW_COORDINATOR.password);
    await choose(admin, 'Tỉnh, thành phố', 'Hồ Chí', 'Hồ Chí Minh');
    await choose(admin, 'Đơn vị bưu điện', 'Bưu điện', 'Bưu điện Thành phố Hồ Chí Minh (BD-79)');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Đã có tài khoản dùng email này.').waitFor();
    await expect.poll(() => table.getByTestId('account-row').count()).toBe(5);

    // The new coordinator signs in and lands in their workspace.
    const first = await coordinatorSignsIn(running.browser, url);
    await first.page.waitForURL((current) => current.pathname === '/workspace');

    // Disabled, after a confirmation: their open session ends and a new sign-in is refused.
    await created.getByRole('button', { name: `Vô hiệu hóa tài khoản của ${NEW_COORDINATOR.name}` }).click();
    const disableDialog = admin.getByRole('dialog', { name: `Vô hiệu hóa tài khoản của ${NEW_COORDINATOR.name}?` });
    await disableDialog.getByText('bị thu hồi vĩnh viễn', { exact: false }).waitFor();
    await saveScreenshots(admin, 'accounts-disable-dialog');
    await disableDialog.getByRole('button', { name: 'Vô hiệu hóa' }).click();
    await disableDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => created.getByTestId('account-state').textContent()).toBe('Đã vô hiệu hóa');
    await first.page.reload();
    await first.page.waitForURL((current) => current.pathname === '/sign-in');
    await first.close();
    const refused = await coordinatorSignsIn(running.browser, url);
    await expect.poll(() => refused.page.getByRole('alert').textContent()).toBe(REFUSED);
    await refused.close();

    // Enabled again: they sign in with the same password; the admin sees when.
    await created.getByRole('button', { name: `Kích hoạt lại tài khoản của ${NEW_COORDINATOR.name}` }).click();
    const enableDialog = admin.getByRole('dialog', { name: `Kích hoạt lại tài khoản của ${NEW_COORDINATOR.name}?` });
    await enableDialog.getByRole('button', { name: 'Kích hoạt lại' }).click();
    await enableDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => created.getByTestId('account-state').textContent()).toBe('Đang hoạt động');
    const again = await coordinatorSignsIn(running.browser, url);
    await again.page.waitForURL((current) => current.pathname === '/workspace');
    await again.close();
    await admin.reload();
    await expect
      .poll(() => row(NEW_COORDINATOR.email).getByTestId('account-last-sign-in').textContent())
      .toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await saveScreenshots(admin, 'accounts-vietnamese');

    // In English: the same page, every word translated.
    await admin.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    expect(await row(DEMO_ACCOUNTS.viewer).getByTestId('account-last-sign-in').textContent()).toBe('Never');
    expect(await row(NEW_COORDINATOR.email).getByTestId('account-state').textContent()).toBe('Active');
    await form.getByRole('button', { name: 'Create the account' }).click();
    await form.getByText('Give a name.').waitFor();
    await saveScreenshots(admin, 'accounts-english');
    await admin.close();
  });

  it('is not offered to a director, and says “not allowed” at its address', async () => {
    const page = await running.browser.newPage({ viewport: VIEWPORTS.phone });
    await openSignedIn(page, `${running.app.url}/accounts`, DEMO_ACCOUNTS.director);
    await page.getByTestId('not-allowed').getByRole('heading', { level: 1, name: 'Không được phép' }).waitFor();
    expect(await page.getByTestId('account-table').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Tài khoản', exact: true }).count()).toBe(0);
    await saveScreenshots(page, 'accounts-not-allowed');
    await page.close();
  });
});
