/**
 * Writes docs/screenshots/check.png and docs/screenshots/diff.png (1280×900) of the editors'
 * web page: check mode with the seed article analysed (or, without ../shared, the bundled
 * examples/altered-article.txt) and a highlight's popover open; diff mode with
 * examples/wire-original.txt against examples/wire-copy.txt.
 *
 * Runs the real server in-process and headless Chromium (/usr/bin/chromium), as the e2e tests
 * do. Compiled to dist/scripts/screenshots.js by e2e/tsconfig.json; run after the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { browserSkip, fromRoot as path, openSession, SEED_PATH } from '../e2e/support.js';

const VIEWPORT = { width: 1280, height: 900 };

/** Lets smooth scrolling and the popover's delay settle before the picture is taken. */
const settle = (page: Page) => page.waitForTimeout(900);

async function articleForCheck(): Promise<{ text: string; name: string }> {
  if (existsSync(SEED_PATH)) return { text: await readFile(SEED_PATH, 'utf8'), name: 'the seed article' };
  return { text: await readFile(path('examples/altered-article.txt'), 'utf8'), name: 'examples/altered-article.txt' };
}

async function shootCheck(page: Page, out: string): Promise<void> {
  const { text, name } = await articleForCheck();
  await page.getByTestId('check-text').fill(text);
  await page.getByTestId('analyse').click();
  await page.getByTestId('summary-total').waitFor();
  await settle(page);
  // The results at the top of the window, and the first finding's popover open, as a
  // keyboard user would have it.
  await page.locator('#check-results').evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
  await page.locator('[data-testid="highlight"][tabindex="0"]').first().focus({ timeout: 5000 });
  await settle(page);
  await page.screenshot({ path: out });
  console.log(`${out}: check mode, ${name}`);
}

async function shootDiff(page: Page, out: string): Promise<void> {
  await page.getByTestId('tab-diff').click();
  await page.getByTestId('diff-original').fill(await readFile(path('examples/wire-original.txt'), 'utf8'));
  await page.getByTestId('diff-copy').fill(await readFile(path('examples/wire-copy.txt'), 'utf8'));
  await page.getByTestId('compare').click();
  await page.getByTestId('verdict').waitFor();
  await settle(page);
  await page.locator('#diff-results').evaluate((node) => node.scrollIntoView({ block: 'start' }));
  // The pointer away from the texts, so that no highlight's popover is open.
  await page.mouse.move(0, 0);
  await settle(page);
  await page.screenshot({ path: out });
  console.log(`${out}: diff mode, examples/wire-original.txt → examples/wire-copy.txt`);
}

async function main(): Promise<void> {
  if (browserSkip) {
    console.error(`screenshots: ${browserSkip}`);
    process.exit(1);
  }
  await mkdir(path('docs/screenshots'), { recursive: true });
  const session = await openSession();
  try {
    for (const [mode, shoot] of [
      ['check', shootCheck],
      ['diff', shootDiff],
    ] as const) {
      // A fresh context each: no language stored, the Arabic interface.
      const context = await session.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(session.url);
      await shoot(page, path(`docs/screenshots/${mode}.png`));
      await context.close();
    }
  } finally {
    await session.close();
  }
}

await main();
