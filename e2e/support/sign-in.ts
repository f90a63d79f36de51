import type { Page } from 'playwright-core';

/** Password of every demo account that `SEED_DEMO_DATA` creates. */
export const DEMO_PASSWORD = 'tripartite-demo';

/** Demo accounts, by the role each test needs (seeded with the demo data). */
export const DEMO_ACCOUNTS = {
  admin: 'admin@tripartite.local',
  director: 'director.hcm@tripartite.local',
  coordinator: 'coordinator.hcm@tripartite.local',
  viewer: 'viewer@tripartite.local',
} as const;

/** Fills in and sends the sign-in form of a page that shows it. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập', exact: true }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/**
 * Opens `url` as a person would: the app sends them to the sign-in page, they sign in there
 * with a demo account, and the app brings them back to `url`.
 */
export async function openSignedIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL((current) => current.pathname !== '/sign-in');
  // Let the signed-in page finish its first requests: a test that navigates again at once cut
  // them off mid-flight and, now and then, landed on the sign-in page (seen under CI load).
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
}
