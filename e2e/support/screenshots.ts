import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, VIEWPORTS } from './browser.js';

/**
 * Saves full-page screenshots of what `page` shows at a desktop (1280×800) and a phone (360×740)
 * size into e2e/screenshots/ (git-ignored), as `<name>-desktop.png` and `<name>-phone.png`, for a
 * person to check layout and Vietnamese rendering. Waits for the fonts, and puts the page back to
 * the size it had. Returns the files written.
 */
export async function saveScreenshots(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  const files: string[] = [];
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // From the top: scrolled, the fixed header and navigation are drawn where the window was.
    await page.evaluate(() => window.scrollTo(0, 0));
    // Resizing starts CSS transitions (the shell's padding and navigation drawer slide for 200 ms):
    // a picture taken before they end shows the page half-way between the two layouts.
    await transitionsEnded(page);
    const file = join(SCREENSHOT_DIR, `${name}-${size}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  if (before) await page.setViewportSize(before);
  return files;
}

/**
 * Waits until the page's CSS transitions have ended (a dialog fading in, a drawer sliding): what
 * is seen half-way is neither layout, and its blended colours are not the page's (axe measured a
 * fading dialog's text at 4.29:1). Transitions only: a spinner's animation never finishes. A
 * cancelled one rejects: done too.
 */
export async function transitionsEnded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Two frames first: a dialog that has just mounted starts its transition on the next one.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
}
