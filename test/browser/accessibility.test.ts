/**
 * axe-core over every page of the sitemap (both languages), the 404 pages
 * and the embeddable frames, in Chromium: no serious or critical violation
 * of WCAG 2.1 A/AA or axe's best practices. One page of each template is
 * checked again on a phone-sized screen (where content scrolls sideways),
 * and the map pages once the interactive map has loaded, with the
 * choropleth legend and a popup open. Pages run a few at a time, in a pool of
 * reused pages of one browser, with axe-core preloaded.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeFindings, describeFindings, installAxe } from './support/axe.ts';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import { htmlPages } from './support/dist.ts';
import { pagePool, type PagePool } from './support/page-pool.ts';
import { readSitemap } from './support/sitemap.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const sitemapPages = readSitemap().urls.map((u) => u.path);
const otherPages = htmlPages().filter((p) => /^\/(fr\/)?(404(\.html|\/)|embed\/)/.test(p));
const allPages = [...sitemapPages, ...otherPages];
const mapPages = sitemapPages.filter((p) => /^\/(fr\/)?map\/$/.test(p));

/** The page's template: its path with the slug of a dynamic route replaced by "*". */
const template = (path: string) =>
  path.replace(/^(\/(?:fr\/)?(?:members\/area|members\/department|members|areas|stories))\/[^/]+\/$/, '$1/*/');
const onePerTemplate = [...new Map(allPages.map((p) => [template(p), p])).values()];

let browser: Browser;
let pool: PagePool;
beforeAll(async () => {
  browser = await launch();
  pool = pagePool(browser, 4, (w) => installAxe(w.context));
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
});

/** A page's time limit: axe takes a second or so a page, much more on a busy machine. */
const SLOW = 120_000;

/** Opens a page and describes its findings ('' when none). */
const check = (path: string, viewport: typeof DESKTOP) =>
  pool.use(async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(baseUrl() + path, { waitUntil: 'load' });
    return describeFindings(`${path} (${viewport.width}px)`, await axeFindings(page));
  });

/** One test a page, a few at a time: no finding allowed. */
const sweep = (paths: string[], viewport: typeof DESKTOP) =>
  it.concurrent.for(paths)('%s', { timeout: SLOW }, async (path, { expect }) => {
    expect(await check(path, viewport)).toBe('');
  });

describe('accessibility (axe-core, serious and critical violations)', () => {
  it('covers the whole sitemap in both languages, the 404 pages and the embeds', ({ expect }) => {
    expect(sitemapPages.length).toBeGreaterThan(100);
    expect(sitemapPages.filter((p) => p.startsWith('/fr/')).length).toBe(sitemapPages.length / 2);
    expect(otherPages).toEqual(expect.arrayContaining(['/404.html', '/fr/404/', '/embed/map/', '/fr/embed/map/']));
    expect([...mapPages].sort()).toEqual(['/fr/map/', '/map/']);
    expect(onePerTemplate).toEqual(expect.arrayContaining(['/members/', '/fr/stories/', '/404.html']));
    expect(onePerTemplate.filter((p) => template(p) !== p).length).toBe(10);
  });

  describe('the map pages, interactive', () => {
    it.for(mapPages)(
      '%s once the map has loaded, with the choropleth legend, then with a popup open',
      { timeout: 180_000 },
      async (path, { expect }) => {
        const w = await watchedPage(browser);
        try {
          await w.page.setViewportSize(DESKTOP);
          await w.page.goto(`${baseUrl()}${path}?layer=departments`, { waitUntil: 'load' });
          // Before the map starts: the overview, the "Explore the map" button.
          await w.page.locator('[data-map-start]').waitFor({ timeout: 60_000 });
          expect(describeFindings(`${path} (overview)`, await axeFindings(w.page))).toBe('');
          await w.page.locator('[data-map-start]').click();
          await w.page.waitForSelector('[data-map-root]:is([data-map-state="ready"], [data-map-state="error"])', {
            timeout: 120_000,
          });
          expect(await w.page.getAttribute('[data-map-root]', 'data-map-state')).toBe('ready');
          expect(describeFindings(`${path} (map loaded)`, await axeFindings(w.page))).toBe('');
          await w.page.locator('button[data-show]').first().click();
          await w.page.locator('.maplibregl-popup .map-popup').waitFor();
          expect(describeFindings(`${path} (popup open)`, await axeFindings(w.page))).toBe('');
        } finally {
          await w.context.close();
        }
      },
    );
  });

  describe('on a phone-sized screen, one page per template', () => sweep(onePerTemplate, PHONE));
  describe('every page', () => sweep(allPages, DESKTOP));
});
