/**
 * Loads every page of the built site in Chromium: each answers 200, has one
 * h1 and a main landmark, logs no console error, fails no request and sends
 * no request off localhost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import { htmlPages } from './support/dist.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = htmlPages().filter((p) => p !== '/404.html');

describe('every built page', () => {
  it('covers every page type', () => {
    for (const path of ['/', '/members/', '/areas/', '/stories/', '/figures/', '/map/', '/about/']) {
      expect(pages).toContain(path);
    }
    for (const pattern of [
      /^\/members\/[a-z0-9-]+\/$/,
      /^\/members\/area\/[a-z0-9-]+\/$/,
      /^\/members\/department\/\d{2}\/$/,
      /^\/areas\/[a-z0-9-]+\/$/,
      /^\/stories\/[a-z0-9-]+\/$/,
    ]) {
      expect(
        pages.some((p) => pattern.test(p)),
        String(pattern),
      ).toBe(true);
    }
  });

  it.each(pages)('%s renders with no console error and no off-site request', async (path) => {
    const w = await watchedPage(browser);
    try {
      const res = await w.page.goto(baseUrl() + path, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      expect(await w.page.locator('h1').count()).toBe(1);
      expect(await w.page.locator('main').count()).toBe(1);
      expect(await w.page.getAttribute('html', 'lang')).toMatch(/^(en|fr)$/);
      expect((await w.page.locator('h1').innerText()).trim().length).toBeGreaterThan(0);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
      expect(w.offsiteRequests).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('serves the 404 page for an unknown address, with status 404', async () => {
    const w = await watchedPage(browser);
    try {
      const res = await w.page.goto(baseUrl() + '/no-such-page/', { waitUntil: 'load' });
      expect(res?.status()).toBe(404);
      await expect(w.page.locator('h1').innerText()).resolves.toMatch(/not found/i);
      expect(await w.page.locator('main a[href="/members/"]').count()).toBe(1);
    } finally {
      await w.context.close();
    }
  });
});
