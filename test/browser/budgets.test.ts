/**
 * Performance budgets (thresholds in support/budgets.ts): the JavaScript a
 * content page loads by itself, the weight of member pages, layout shifts,
 * and on the map page, MapLibre starting only after the page's own content
 * has painted, and not at all on a phone's first screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import {
  EAGER_JS_MAX,
  LAYOUT_SHIFT_MAX,
  MAP_LCP_REGIONS,
  MEMBER_HTML_CSS_MAX,
  PHONE_VIEWPORT,
} from './support/budgets.ts';
import { htmlPages, readPage } from './support/dist.ts';
import {
  distFile,
  eagerScriptsInDist,
  gzipSize,
  recordVitals,
  requestedAt,
  scriptsBeforeLoad,
  stylesheetsOf,
  vitals,
} from './support/weight.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const isMapPage = (path: string) => /^(\/fr)?\/(embed\/)?map\/$/.test(path);
const contentPages = htmlPages().filter((p) => !isMapPage(p));

/** A page's type: its path in English with the slug of a detail page replaced by "*". */
function pageType(path: string): string {
  const english = path.replace(/^\/fr(?=\/)/, '');
  return english.replace(/^\/(members\/area|members\/department|members|areas|stories)\/[^/]+\/$/, '/$1/*/');
}

/** The first page of each type, in each language: what the Chromium checks load. */
const samples = [...new Map(contentPages.map((p) => [`${p.startsWith('/fr/') ? 'fr' : 'en'} ${pageType(p)}`, p]))]
  .map(([, p]) => p)
  .sort();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const list = (items: { name: string; gzip: number }[]) => items.map((i) => `${i.name} ${kb(i.gzip)}`).join(', ');

describe('JavaScript loaded eagerly by content pages', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('samples every page type in both languages', () => {
    for (const type of ['/', '/members/*/', '/members/area/*/', '/members/department/*/', '/areas/*/', '/stories/*/']) {
      expect(samples.filter((p) => pageType(p) === type)).toHaveLength(2);
    }
    for (const path of ['/', '/fr/', '/members/', '/fr/members/', '/figures/', '/fr/figures/', '/search/', '/about/']) {
      expect(samples).toContain(path);
    }
  });

  it.concurrent.each(samples)(
    `%s requests at most ${kb(EAGER_JS_MAX)} gzip of JavaScript before its load event, and does not shift`,
    async (path) => {
      // A plain page (every-page.test.ts checks that no page requests another host); pages load a few at a time.
      const page = await context.newPage();
      try {
        await recordVitals(page, []);
        await page.goto(baseUrl() + path, { waitUntil: 'load' });
        const { files, inline } = await scriptsBeforeLoad(page);
        const scripts = [
          ...(await Promise.all(
            files.map(async (f) => ({ name: new URL(f.url).pathname, gzip: gzipSize(await fetchBytes(f.url)) })),
          )),
          ...inline.map((text) => ({ name: `inline script (${text.trim().slice(0, 40)}…)`, gzip: gzipSize(text) })),
        ];
        const total = scripts.reduce((n, s) => n + s.gzip, 0);
        expect(total, `${path} loads ${kb(total)}: ${list(scripts)}`).toBeLessThanOrEqual(EAGER_JS_MAX);
        // Scripts that run after the load (the search page's, the language switch) must not move the page either.
        await page.waitForLoadState('networkidle');
        expect((await vitals(page)).shift, 'layout shift').toBeLessThanOrEqual(LAYOUT_SHIFT_MAX);
      } finally {
        await page.close();
      }
    },
  );

  it(`no built content page names more than ${kb(EAGER_JS_MAX)} gzip of JavaScript (read from dist, all ${contentPages.length} pages)`, () => {
    const over = contentPages
      .map((path) => {
        const scripts = eagerScriptsInDist(readPage(path));
        return { path, scripts, total: scripts.reduce((n, s) => n + s.gzip, 0) };
      })
      .filter((p) => p.total > EAGER_JS_MAX)
      .map((p) => `${p.path} ${kb(p.total)}: ${list(p.scripts)}`);
    expect(over).toEqual([]);
  });
});

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

describe('member pages', () => {
  const members = contentPages.filter((p) => pageType(p) === '/members/*/');

  it(`every member page, in both languages, stays under ${kb(MEMBER_HTML_CSS_MAX)} gzip of HTML and CSS`, () => {
    expect(members.filter((p) => p.startsWith('/fr/')).length).toBeGreaterThan(0);
    expect(members.filter((p) => !p.startsWith('/fr/')).length).toBeGreaterThan(0);
    const weights = members.map((path) => {
      const html = readPage(path);
      const parts = [
        { name: 'HTML', gzip: gzipSize(html) },
        ...stylesheetsOf(html).map((href) => ({ name: href, gzip: gzipSize(distFile(href)) })),
      ];
      return { path, parts, total: parts.reduce((n, p) => n + p.gzip, 0) };
    });
    const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
    expect(largest.total, `largest: ${largest.path} ${kb(largest.total)} (${list(largest.parts)})`).toBeLessThan(
      MEMBER_HTML_CSS_MAX,
    );
  });
});

/** The MapLibre code among a page's responses: its chunk names its worker, the worker and CSS are named after it. */
function watchMapLibre(page: Page): { urls: string[]; ready: Promise<void>[] } {
  const found = { urls: [] as string[], ready: [] as Promise<void>[] };
  page.on('response', (res: Response) => {
    const url = res.url();
    if (/maplibre/i.test(new URL(url).pathname)) found.urls.push(url);
    else if (res.request().resourceType() === 'script') {
      found.ready.push(
        res
          .text()
          .then((body) => void (body.includes('maplibre-gl-worker') && found.urls.push(url)))
          .catch(() => undefined),
      );
    }
  });
  return found;
}

describe('the map page', () => {
  it.each(['/map/', '/fr/map/'])(
    '%s paints its own content first and requests no MapLibre until the mouse goes over the map; the canvas never becomes the LCP',
    async (path) => {
      const w = await watchedPage(browser);
      try {
        await recordVitals(w.page, MAP_LCP_REGIONS);
        const mapLibre = watchMapLibre(w.page);
        await w.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
        // Loaded and idle (the "Explore the map" button shows then), and still nothing of MapLibre.
        await w.page.locator('[data-map-start]').waitFor();
        await Promise.all(mapLibre.ready);
        expect(mapLibre.urls).toEqual([]);
        await w.page.hover('[data-map-frame]');
        await w.page.waitForSelector('[data-map-root][data-map-state="ready"]', { timeout: 30_000 });
        await Promise.all(mapLibre.ready);
        const chunk = mapLibre.urls.find((u) => !/\.(css|mjs)$/.test(new URL(u).pathname));
        expect(chunk, `MapLibre's chunk among ${mapLibre.urls.join(', ')}`).toBeTruthy();
        const requested = await requestedAt(w.page, chunk!);
        const seen = await vitals(w.page);
        expect(seen.fcp).toBeGreaterThan(0);
        expect(seen.lcp.length).toBeGreaterThan(0);
        const last = seen.lcp.at(-1)!;
        expect(requested, `MapLibre requested after the LCP (${last.tag})`).toBeGreaterThan(last.at);
        for (const entry of seen.lcp) {
          expect(entry.tag).not.toMatch(/^canvas/);
          expect(entry.regions, `LCP ${entry.tag} is the page's own content`).not.toEqual([]);
        }
        // Nothing moves, from the first paint to the interactive map in the overview's place.
        expect(seen.shift, 'layout shift').toBeLessThanOrEqual(LAYOUT_SHIFT_MAX);
        expect(w.consoleErrors).toEqual([]);
      } finally {
        await w.context.close();
      }
    },
  );

  // Issue #15 puts the map on a phone's first screen: the overview there, and MapLibre once the
  // visitor taps the map (scrolling over it starts nothing), without shifting the page.
  it('on a phone, the map is on the first screen; a tap on it starts MapLibre, without a shift', async () => {
    const w = await watchedPage(browser);
    const page = w.page;
    try {
      await page.setViewportSize(PHONE_VIEWPORT);
      await recordVitals(page, MAP_LCP_REGIONS);
      const mapLibre = watchMapLibre(page);
      await page.goto(baseUrl() + '/map/', { waitUntil: 'networkidle' });
      const frame = await page.locator('[data-map-frame]').boundingBox();
      expect(frame && frame.y < PHONE_VIEWPORT.height, 'map frame on the first screen').toBe(true);
      await page.locator('[data-map-start]').waitFor();
      await Promise.all(mapLibre.ready);
      expect(mapLibre.urls).toEqual([]);
      await page.locator('[data-map-start]').click();
      await page.waitForSelector('[data-map-root][data-map-state="ready"]', { timeout: 30_000 });
      // The interactive map's canvas takes the overview's place, on the first screen, without a scroll.
      const canvas = await page.locator('.map-canvas canvas').boundingBox();
      expect(canvas && canvas.y < PHONE_VIEWPORT.height - 200, 'map canvas on the first screen').toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await Promise.all(mapLibre.ready);
      const chunk = mapLibre.urls.find((u) => !/\.(css|mjs)$/.test(new URL(u).pathname));
      expect(chunk, `MapLibre's chunk among ${mapLibre.urls.join(', ')}`).toBeTruthy();
      const seen = await vitals(page);
      expect(seen.fcp).toBeGreaterThan(0);
      expect(await requestedAt(page, chunk!), 'MapLibre requested after the first contentful paint').toBeGreaterThan(
        seen.fcp!,
      );
      expect(seen.shift, 'layout shift').toBeLessThanOrEqual(LAYOUT_SHIFT_MAX);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
