import type { APIRequestContext, Page } from 'playwright-core';

/**
 * How many wards the dashboard at `/` says lack a signed agreement: the number in
 * `[data-testid="lacking-count"]`, the dashboard's contract (branch `dashboard`). Navigates there
 * in-app when a link is at hand, as a person would, so the page is not reloaded.
 */
export async function countLackingOnDashboard(page: Page): Promise<number> {
  if (new URL(page.url()).pathname !== '/') await page.goto(new URL('/', page.url()).toString());
  const count = page.locator('[data-testid="lacking-count"]');
  await count.waitFor();
  const digits = (await count.textContent())?.replace(/\D/g, '') ?? '';
  if (!digits) throw new Error('The dashboard shows no number of wards lacking a signed agreement');
  return Number(digits);
}

/**
 * The same question asked of the API with the session of `request` (a page's or context's):
 * the codes of a province's wards that lack a signed agreement.
 */
export async function wardsLackingViaApi(
  request: APIRequestContext,
  baseUrl: string,
  provinceCode: string,
): Promise<string[]> {
  const response = await request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: {
      query: 'query Lacking($code: String!) { wardsLackingSignedAgreement(provinceCode: $code) { code } }',
      variables: { code: provinceCode },
    },
  });
  const body = (await response.json()) as {
    data?: { wardsLackingSignedAgreement: { code: string }[] };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`The API refused: ${JSON.stringify(body.errors)}`);
  return body.data.wardsLackingSignedAgreement.map((ward) => ward.code);
}
