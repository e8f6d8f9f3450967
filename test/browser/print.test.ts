/**
 * The print stylesheet (src/styles/print.css), in Chromium with print media
 * emulated at the width of an A4 page: the site's navigation, search box and
 * skip link are not printed, the page's content is, in black, with the
 * address of each outside source written out and charts within the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import { htmlPages } from './support/dist.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** An A4 page's printable width at 96 dpi, with 14 mm margins either side: about 688 CSS pixels. */
const A4_PRINT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

const firstOf = (pattern: RegExp) => htmlPages().find((p) => pattern.test(p))!;
const pages = [
  firstOf(/^\/members\/[a-z0-9-]+\/$/),
  firstOf(/^\/fr\/members\/[a-z0-9-]+\/$/),
  firstOf(/^\/stories\/[a-z0-9-]+\/$/),
  '/figures/',
  '/fr/figures/',
];

const displayed = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => getComputedStyle(e).display !== 'none'));

describe('printing', () => {
  it.each(pages)('%s prints its content without the navigation, the search box or the skip link', async (path) => {
    const w = await watchedPage(browser);
    try {
      await w.page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
      await w.page.goto(baseUrl() + path, { waitUntil: 'load' });
      // On screen, the navigation and the search box are there.
      expect(await displayed(w.page, '.site-nav')).toEqual([true]);
      expect(await displayed(w.page, 'form.site-search')).toEqual([true]);
      await w.page.emulateMedia({ media: 'print' });
      expect(await displayed(w.page, '.site-nav')).toEqual([false]);
      expect(await displayed(w.page, 'form.site-search')).toEqual([false]);
      expect(await displayed(w.page, '.skip-link')).toEqual([false]);
      expect(await displayed(w.page, '.site-footer nav')).toEqual([false]);
      expect(await w.page.locator('main h1').isVisible()).toBe(true);
      const main = await w.page.locator('main').boundingBox();
      expect(main!.height).toBeGreaterThan(200);

      const print = await w.page.evaluate(() => {
        const outside = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]')];
        return {
          body: getComputedStyle(document.body).color,
          heading: getComputedStyle(document.querySelector('main h1')!).color,
          // Text in a colour lighter than dark grey (any channel above 0x55), outside the charts.
          light: [...document.querySelectorAll<HTMLElement>('body *:not(svg, svg *)')]
            .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
            .filter((e) => e.checkVisibility())
            .map((e) => ({
              tag: e.tagName,
              text: e.textContent!.trim().slice(0, 30),
              color: getComputedStyle(e).color,
            }))
            .filter((e) => (e.color.match(/\d+/g) ?? []).slice(0, 3).some((c) => Number(c) > 0x55)),
          background: getComputedStyle(document.body).backgroundColor,
          outside: outside.map((a) => ({
            href: a.getAttribute('href')!,
            after: getComputedStyle(a, '::after').content,
          })),
          // Every chart and table within the width of the paper, none scrolling sideways.
          tooWide: [...document.querySelectorAll<HTMLElement>('main svg, main table')]
            .filter((e) => e.getBoundingClientRect().width > 0)
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((e) => e.tagName),
        };
      });
      expect(print.body).toBe('rgb(0, 0, 0)');
      expect(print.heading).toBe('rgb(0, 0, 0)');
      expect(print.light).toEqual([]);
      expect(print.background).toMatch(/^rgba?\(255, 255, 255/);
      expect(print.outside.length).toBeGreaterThan(0);
      for (const link of print.outside) expect(link.after).toContain(link.href);
      expect(print.tooWide).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('the figures page prints its data tables, closed on screen', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(baseUrl() + '/figures/', { waitUntil: 'load' });
      const table = w.page.locator('.chart-data table').first();
      expect(await table.isVisible()).toBe(false);
      await w.page.emulateMedia({ media: 'print' });
      expect(await table.isVisible()).toBe(true);
    } finally {
      await w.context.close();
    }
  });
});
