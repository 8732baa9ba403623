/**
 * What the end-to-end tests (and scripts/screenshots.ts) share: where things are, the real
 * server started in-process, headless Chromium, and a page that records every console error
 * and uncaught exception (a CSP violation shows up as a console error).
 *
 * Compiled to dist/e2e/, so the repository root is two levels up from this file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../src/server/index.js';

const ROOT_URL = new URL('../../', import.meta.url);
/** A path from the repository root. */
export const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, ROOT_URL));
/** The seed article lives beside the repository, in the project's shared folder. */
export const SEED_PATH = fromRoot('../shared/seed/article-ar.txt');

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** `false` when the browser tests can run, else the reason they are skipped. */
export const browserSkip: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `no Chromium at ${CHROMIUM_PATH}: the web page's end-to-end tests are skipped`;

export const seedSkip: string | false = existsSync(SEED_PATH) ? false : `the seed article ${SEED_PATH} is absent: skipped`;

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface Session {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The real server on a free port and one browser, shared by a test file. */
export async function openSession(): Promise<Session> {
  const server = await startServer({ host: '127.0.0.1', port: 0 });
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
    return {
      url: server.url,
      browser,
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and requests to any other origin, seen so far. */
  problems: string[];
}

/** A fresh context (no stored language, downloads accepted) and a page recording problems. */
export async function openPage(session: Session, viewport = { width: 1280, height: 900 }): Promise<TestPage> {
  const context = await session.browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // The page is offline by design: every request goes back to the server that served it.
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${session.url}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
  });
  await page.goto(session.url);
  return { page, context, problems };
}
