import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/app-in-chromium.js';
import { VIEWPORTS } from './support/browser.js';
import { transitionsEnded } from './support/screenshots.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, submitSignIn } from './support/sign-in.js';

/** axe-core's browser build, injected as a script into each page (never shipped in the app). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const GO_VAP = '26884';

/**
 * Third-party widgets excluded rule by rule, each with its reason. Everything else on every page
 * is ours and must pass every rule.
 */
const THIRD_PARTY_EXCLUSIONS: { path: string; rule: string; selector: string; reason: string }[] = [
  {
    path: '/developers',
    rule: 'color-contrast',
    selector: '.graphiql-logo-link',
    reason: "GraphiQL's own logo text, coloured by graphiql's stylesheet (4.26:1); not our markup",
  },
  {
    path: '/developers',
    rule: 'color-contrast',
    selector: '.graphiql-container .line-numbers',
    reason: "the line-number gutter of GraphiQL's code editor, coloured by its editor theme",
  },
  {
    path: '/developers',
    rule: 'nested-interactive',
    selector: '.graphiql-tab',
    reason: "GraphiQL's query tab is a tab that holds its own close button: graphiql's markup",
  },
];

/** axe's own words on why the element fails (for contrast: the two colours and the ratio). */
function detail(node: Result['nodes'][number]): string {
  const message = [...node.any, ...node.all, ...node.none].find((check) => check.message)?.message;
  return message ? ` (${message})` : '';
}

/** What a finding looks like in the failure message: rule, impact, and each element it names. */
function describeViolations(where: string, violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target.join(' ')} — ${violation.help}${detail(node)}`,
    ),
  );
}

/** Runs axe on what the page shows now; returns its serious and critical findings, described. */
async function seriousFindings(page: Page, where: string, path: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await transitionsEnded(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const exclusions = THIRD_PARTY_EXCLUSIONS.filter((exclusion) => exclusion.path === path);
  const results = await page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    // Drop only a (rule, element) pair named in THIRD_PARTY_EXCLUSIONS, nothing broader.
    for (const violation of results.violations) {
      violation.nodes = violation.nodes.filter(
        (node) =>
          !excluded.some(
            ({ rule, selector }) =>
              rule === violation.id &&
              node.target.some((target) => document.querySelector(String(target))?.closest(selector)),
          ),
      );
    }
    return results;
  }, exclusions);
  const serious = results.violations.filter(
    (violation) => violation.nodes.length > 0 && (violation.impact === 'serious' || violation.impact === 'critical'),
  );
  return describeViolations(where, serious);
}

/** Opens `path` in the already signed-in page and waits until it has rendered and settled. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
}

describe('accessibility: axe-core on every page, desktop and phone', () => {
  const running = appInChromium();

  it('finds no serious or critical violation on any page at 1280 and 360 px', async () => {
    const findings: string[] = [];
    const visited: string[] = [];
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const context = await running.browser.newContext({ viewport, locale: 'vi-VN' });
      const page = await context.newPage();
      const base = running.app.url;

      // Signed out: the sign-in form.
      await page.goto(`${base}/sign-in`);
      await page.getByRole('heading', { name: 'Đăng nhập', exact: true }).waitFor();
      findings.push(...(await seriousFindings(page, `${size} /sign-in`, '/sign-in')));
      visited.push(`${size} /sign-in`);
      await submitSignIn(page, DEMO_ACCOUNTS.director, DEMO_PASSWORD);
      await page.waitForURL((current) => current.pathname !== '/sign-in');

      // The ward's current agreement, found the way a person does: from the ward page.
      await visit(page, `${base}/wards/${GO_VAP}`);
      const agreementHref = await page
        .getByRole('region', { name: /Thỏa thuận hiện tại/ })
        .getByRole('link', { name: /^Mở thỏa thuận/ })
        .getAttribute('href');
      expect(agreementHref).toMatch(/^\/agreements\/.+/);

      const paths = [
        '/',
        '/provinces',
        '/provinces/79',
        `/wards/${GO_VAP}`,
        agreementHref!,
        '/workspace',
        '/campaigns',
        '/developers',
        '/wards/99999', // an unknown ward: the translated error inside the shell
        '/no-such-page', // the not-found page
      ];
      for (const path of paths) {
        await visit(page, `${base}${path}`);
        findings.push(...(await seriousFindings(page, `${size} ${path}`, path)));
        visited.push(`${size} ${path}`);
      }

      // The dashboard's map view (issue 20): its markers, legend and attribution.
      await visit(page, `${base}/`);
      await page.getByRole('group', { name: 'Cách xem' }).getByRole('button', { name: 'Bản đồ' }).click();
      await page.getByTestId('ward-map').locator('a[data-ward-code]').first().waitFor();
      findings.push(...(await seriousFindings(page, `${size} / (map)`, '/')));
      visited.push(`${size} / (map)`);
      await context.close();

      // A coordinator's workspace has the ward cards (with their badges) that a director's lacks.
      const coordinator = await running.browser.newContext({ viewport, locale: 'vi-VN' });
      const coordinatorPage = await coordinator.newPage();
      await coordinatorPage.goto(`${base}/sign-in`);
      await submitSignIn(coordinatorPage, DEMO_ACCOUNTS.coordinator, DEMO_PASSWORD);
      await coordinatorPage.waitForURL((current) => current.pathname === '/workspace');
      await visit(coordinatorPage, `${base}/workspace`);
      await coordinatorPage.getByTestId(`workspace-ward-${GO_VAP}`).waitFor();
      findings.push(...(await seriousFindings(coordinatorPage, `${size} /workspace (coordinator)`, '/workspace')));
      visited.push(`${size} /workspace (coordinator)`);
      await coordinator.close();
    }
    expect(visited).toHaveLength(2 * 13);
    expect(findings, `axe-core found serious or critical violations:\n${findings.join('\n')}`).toEqual([]);
    // 26 page visits, each with axe's full run: 70-110 s for 24 on an idle machine, and over the
    // suite's 120 s at load 25 on the shared two-core machine (a fresh clone's e2e run timed out there).
  }, 480_000);

  // Apart from the walk above, which is near its time limit on a loaded machine.
  it('finds none on the accounts page as an admin sees it, in its confirmation, nor as a director', async () => {
    const findings: string[] = [];
    const visited: string[] = [];
    const base = running.app.url;
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const admin = await running.browser.newContext({ viewport, locale: 'vi-VN' });
      const adminPage = await admin.newPage();
      await adminPage.goto(`${base}/sign-in`);
      await submitSignIn(adminPage, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
      await adminPage.waitForURL((current) => current.pathname !== '/sign-in');
      await visit(adminPage, `${base}/accounts`);
      await adminPage.getByTestId('account-table').waitFor();
      findings.push(...(await seriousFindings(adminPage, `${size} /accounts (admin)`, '/accounts')));
      visited.push(`${size} /accounts (admin)`);
      await adminPage
        .getByRole('button', { name: /^Vô hiệu hóa tài khoản của/ })
        .first()
        .click();
      await adminPage.getByRole('dialog').waitFor();
      findings.push(...(await seriousFindings(adminPage, `${size} /accounts (disable dialog)`, '/accounts')));
      visited.push(`${size} /accounts (disable dialog)`);
      await admin.close();

      // Anyone else is told, inside the shell, that the page is not for them.
      const director = await running.browser.newContext({ viewport, locale: 'vi-VN' });
      const directorPage = await director.newPage();
      await directorPage.goto(`${base}/sign-in`);
      await submitSignIn(directorPage, DEMO_ACCOUNTS.director, DEMO_PASSWORD);
      await directorPage.waitForURL((current) => current.pathname !== '/sign-in');
      await visit(directorPage, `${base}/accounts`);
      await directorPage.getByTestId('not-allowed').waitFor();
      findings.push(...(await seriousFindings(directorPage, `${size} /accounts (director)`, '/accounts')));
      visited.push(`${size} /accounts (director)`);
      await director.close();
    }
    expect(visited).toHaveLength(6);
    expect(findings, `axe-core found serious or critical violations:\n${findings.join('\n')}`).toEqual([]);
    // 6 visits and 4 sign-ins, each visit with axe's full run, on the shared two-core machine.
  }, 240_000);
});
