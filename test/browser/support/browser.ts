/**
 * Chromium for the browser tests: Debian's build driven by playwright-core,
 * with background networking off. Every page opened through `open()` records
 * console errors and any request that would leave localhost (which is
 * blocked, and fails the test that made it).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/lib/chromium.mjs';

export { CHROMIUM_ARGS };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const baseUrl = (): string => inject('baseUrl');

export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  offsiteRequests: string[];
  failedRequests: string[];
}

/**
 * Blocks every request of a context to another host than `local` (host:port); returns the list
 * the blocked addresses are written to.
 */
export async function blockOffsite(context: BrowserContext, local: string): Promise<string[]> {
  const offsiteRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== local) {
      offsiteRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return offsiteRequests;
}

/** A new page (own context) that records console errors, page errors and off-localhost requests. */
export async function watchedPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const offsiteRequests = await blockOffsite(context, new URL(baseUrl()).host);
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/404-probe/')) failedRequests.push(`${res.status()} ${res.url()}`);
  });
  return { page, context, consoleErrors, offsiteRequests, failedRequests };
}

/**
 * One Chromium for a test file: `newPage()` opens watched pages, and after the
 * file's tests every page opened must have logged no console error, made no
 * off-site request and had no failed request.
 */
export function browserForFile(): { newPage: (options?: { javaScriptEnabled?: boolean }) => Promise<Page> } {
  let browser: Browser | undefined;
  const opened: Watched[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const w of opened) {
      expect(w.consoleErrors, 'console errors').toEqual([]);
      expect(w.offsiteRequests, 'off-site requests').toEqual([]);
      expect(w.failedRequests, 'failed requests').toEqual([]);
    }
    await browser?.close();
  });
  return {
    async newPage(options = {}) {
      if (!browser) throw new Error('newPage() is for use inside tests, after beforeAll');
      const w = await watchedPage(browser, options);
      opened.push(w);
      return w.page;
    },
  };
}
