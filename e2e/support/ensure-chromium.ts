import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser.js';

/**
 * Vitest global setup for the end-to-end project: makes sure Debian's Chromium is there, so the
 * README's test command is enough on a fresh machine. It installs it with apt when it can (as
 * root); otherwise it stops with the command to run. No browser is ever downloaded by a test tool.
 */
export default function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || process.env['CHROMIUM_PATH']) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install Debian's package (sudo apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  console.log('[e2e] Chromium is missing: installing Debian’s chromium package with apt-get (about a minute)…');
  const apt = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing`);
}
