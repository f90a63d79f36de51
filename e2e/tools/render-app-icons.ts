/**
 * Renders public/icon.svg into the PNG icons the web app manifest and iOS ask for, with Debian's
 * Chromium (no image tool needed). Run after changing the SVG, and commit the PNGs:
 *   pnpm exec tsx e2e/tools/render-app-icons.ts
 * The maskable icon has a full-bleed background and the mark inside the central 80 % safe zone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PUBLIC = resolve(import.meta.dirname, '..', '..', 'client', 'public');
const svg = readFileSync(resolve(PUBLIC, 'icon.svg'), 'utf8');
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const mark = icon.maskable
      ? svg.replace('rx="96"', 'rx="0"').replace('<g ', '<g transform="translate(51 51) scale(0.8)" ')
      : svg;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:100vw;height:100vh}</style>${mark}`,
    );
    await page.screenshot({ path: resolve(PUBLIC, icon.file), omitBackground: !icon.maskable });
    await page.close();
  }
} finally {
  await browser.close();
}
