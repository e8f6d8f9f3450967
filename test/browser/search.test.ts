/**
 * Site search on the built site, in Chromium: accent-insensitive matching,
 * facets that narrow results and live in the address, the back button, the
 * header box with and without JavaScript, the index holding every
 * organization with its filters, and names, towns, areas and story titles
 * finding their page at the top. Expected values come from content/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { isRegionDepartment } from '../../src/model/directory.ts';
import { foldForCompare } from '../../src/util/text.ts';
import { baseUrl, browserForFile } from './support/browser.ts';
import { DIST, ROOT, readPage } from './support/dist.ts';

const content = loadContent(ROOT);
const orgUrl = (slug: string) => `/members/${slug}/`;
/** Region departments an organization has a site in: what its "dept" filter must hold. */
const departmentsOf = (sites: readonly { department: string }[]) =>
  [...new Set(sites.map((s) => s.department).filter(isRegionDepartment))].sort();

const browser = browserForFile();
const newPage = (javaScriptEnabled = true): Promise<Page> => browser.newPage({ javaScriptEnabled });

/** Waits until the search page has finished a search (status no longer "Searching…"). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

const resultUrls = (page: Page) =>
  page
    .locator('[data-search-results] h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The number at the start of the status line ("12 results for …"). */
const statusCount = async (page: Page) => Number((await settled(page)).match(/^[\d,]+/)?.[0].replace(/,/g, ''));

describe('search page', () => {
  it('finds Généthon first for "genethon", accents ignored, with the match highlighted', async () => {
    const genethon = content.organizations.find((o) => o.slug === 'genethon');
    expect(genethon, 'content/organizations/en/genethon.md').toBeDefined();
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/?q=genethon`);
    await settled(page);
    const first = page.locator('[data-search-results] > li').first();
    await expect(first.locator('h3 a').getAttribute('href')).resolves.toBe(orgUrl('genethon'));
    await expect(first.locator('h3').textContent()).resolves.toBe(genethon!.data.name);
    await expect(first.locator('.tag').textContent()).resolves.toBe('Organization');
    const marks = await first.locator('.result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(foldForCompare(m)).toContain('genethon');
    // Excerpts are built from text: nothing in them is an element but the highlights.
    const tags = await page.locator('.result-excerpt *').evaluateAll((els) => els.map((e) => e.tagName));
    expect(new Set(tags)).toEqual(new Set(['MARK']));
  });

  it('finds Île-de-France for "ile de france"', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/?q=ile+de+france`);
    expect(await statusCount(page)).toBeGreaterThan(0);
    const marks = await page.locator('[data-search-results] > li').first().locator('mark').allTextContents();
    expect(marks.map((m) => foldForCompare(m))).toContainEqual(expect.stringContaining('ile-de-france'));
  });

  it('runs the search in the address on load: query and facets', async () => {
    const inEssonne = content.organizations.filter((o) => departmentsOf(o.data.sites).includes('91'));
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/?q=genopole&dept=91`);
    const count = await statusCount(page);
    await expect(page.inputValue('#search-q')).resolves.toBe('genopole');
    expect(await page.isChecked('input[name="dept"][value="91"]')).toBe(true);
    expect(await page.isChecked('input[name="dept"][value="92"]')).toBe(false);
    const urls = await resultUrls(page);
    expect(urls.length).toBe(Math.min(count, 20));
    expect(count).toBeGreaterThan(0);
    const allowed = new Set([...inEssonne.map((o) => orgUrl(o.slug)), '/members/department/91/']);
    for (const url of urls) expect(allowed, url).toContain(url);
    if (content.organizations.some((o) => o.slug === 'genopole')) expect(urls[0]).toBe(orgUrl('genopole'));
    await expect(page.title()).resolves.toMatch(/^Search: genopole \|/);
  });

  it('narrows to a department with its facet, keeps it in the address, and goes back', async () => {
    const inEssonne = content.organizations.filter((o) => departmentsOf(o.data.sites).includes('91'));
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/?type=organization`);
    expect(await statusCount(page)).toBe(content.organizations.length);
    await expect(page.locator('label[data-value="91"] [data-count]').textContent()).resolves.toBe(
      String(inEssonne.length),
    );

    await page.check('input[name="dept"][value="91"]');
    await page.waitForURL((url) => url.searchParams.getAll('dept').includes('91'));
    await page.waitForFunction(
      (n) => document.querySelector('[data-search-status]')?.textContent?.startsWith(`${n} `),
      inEssonne.length,
    );
    expect(new URL(page.url()).search).toBe('?type=organization&dept=91');
    // Filter-only results are listed by name, as the directory lists them.
    const urls = await resultUrls(page);
    expect(urls).toEqual(
      inEssonne
        .map((o) => ({ url: orgUrl(o.slug), name: foldForCompare(o.data.name) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(0, 20)
        .map((o) => o.url),
    );

    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('dept'));
    expect(await page.isChecked('input[name="dept"][value="91"]')).toBe(false);
    expect(await statusCount(page)).toBe(content.organizations.length);
  });

  it('shows results 20 at a time; "Show more" adds the next ones and moves focus to the first of them', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/?type=organization`);
    expect(await statusCount(page)).toBe(content.organizations.length);
    const shown = Math.min(20, content.organizations.length);
    expect(await page.locator('[data-search-results] > li').count()).toBe(shown);
    expect(await page.isVisible('[data-search-more]')).toBe(content.organizations.length > 20);
    if (content.organizations.length <= 20) return;
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, shown);
    const index = await page.evaluate(() =>
      [...document.querySelectorAll('[data-search-results] > li')].indexOf(document.activeElement!.closest('li')!),
    );
    expect(index).toBe(shown);
  });

  it('typing a query updates the address without a history entry per letter', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/`);
    await settled(page);
    const before = await page.evaluate(() => history.length);
    await page.locator('#search-q').pressSequentially('genethon', { delay: 20 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'genethon');
    await settled(page);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect((await resultUrls(page))[0]).toBe(orgUrl('genethon'));
  });
});

describe('search results that read well', () => {
  const typesOf = (page: Page) =>
    page
      .locator('[data-search-results] > li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.type));

  it('lists pages about one thing before list pages', async () => {
    const page = await newPage();
    // A department name: its organizations' pages and its list page all match.
    await page.goto(`${baseUrl()}/search/?q=Essonne`);
    await settled(page);
    const types = await typesOf(page);
    expect(types).toContain('page');
    expect(types.some((t) => t !== 'page')).toBe(true);
    const firstList = types.indexOf('page');
    expect(
      types.slice(firstList).every((t) => t === 'page'),
      types.join(' '),
    ).toBe(true);
  });

  it('takes a short word as a word: pages with "AI" as a word come before "Air Liquide"', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/?q=AI`);
    await settled(page);
    const urls = await resultUrls(page);
    /** Whether the page's own text (its indexed part) has AI as a word. */
    const hasWord = (url: string) => {
      const body = /data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(readPage(url))?.[1] ?? '';
      const text = body.replace(/<[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/[a-z0-9]+>/g, ' ').replace(/<[^>]+>/g, ' ');
      return /(^|[^\p{L}\p{N}])ai($|[^\p{L}\p{N}])/iu.test(text);
    };
    expect(urls.length).toBeGreaterThan(0);
    expect(hasWord(urls[0]!), `first result ${urls[0]}`).toBe(true);
    const air = urls.indexOf('/members/air-liquide-healthcare/');
    if (air >= 0) expect(urls.slice(0, air).every(hasWord), urls.slice(0, air + 1).join(' ')).toBe(true);
  });

  it("quotes the page's own text in excerpts, without its headings and labels", async () => {
    const labels = new Set(content.organizations.flatMap((o) => o.data.sites.map((s) => s.label)));
    const page = await newPage();
    for (const query of ['paris', 'gene therapy']) {
      await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      const excerpts = await page.locator('.result-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt).not.toMatch(/\b(Sites|Sources|Success stories)\b\.?/);
        for (const label of labels) expect(excerpt).not.toContain(`${label}:`);
      }
    }
  });

  it('does not move while results load on a phone', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl()}/search/?q=imaging`);
    await settled(page);
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThanOrEqual(0.05);
  });
});

describe('header search box', () => {
  it('works without JavaScript: a plain form that lands on the search page with the query', async () => {
    const page = await newPage(false);
    await page.goto(`${baseUrl()}/members/`);
    await page.fill('header form[role="search"] input[name="q"]', 'généthon');
    await Promise.all([page.waitForURL(/\/search\//), page.press('header input[name="q"]', 'Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/search/');
    expect(url.searchParams.get('q')).toBe('généthon');
    await expect(page.locator('h1').textContent()).resolves.toBe('Search');
    await expect(page.locator('noscript').first().count()).resolves.toBe(1);
  });

  it('"/" focuses it; the search code loads only once it is used; results show as you type', async () => {
    const w = { page: await newPage() };
    const requested: string[] = [];
    w.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await w.page.goto(`${baseUrl()}/stories/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.includes('live-results'))).toEqual([]);

    await w.page.keyboard.press('/');
    await expect(w.page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await w.page.keyboard.type('genethon');
    const first = w.page.locator('#site-search-panel li a').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe(orgUrl('genethon'));
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    expect(await w.page.isVisible('#site-search-panel')).toBe(true);
    await expect(w.page.locator('[data-search-announce]').textContent()).resolves.toMatch(/^\d+ results?$/);

    // Arrow Down enters the list; Escape closes it and returns to the box.
    await w.page.keyboard.press('ArrowDown');
    await expect(w.page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(orgUrl('genethon'));
    await w.page.keyboard.press('Escape');
    await expect(w.page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    expect(await w.page.isHidden('#site-search-panel')).toBe(true);

    // The last entry leads to every result on the search page.
    await w.page.keyboard.type(' ');
    const all = w.page.locator('#site-search-panel a.all');
    await all.waitFor();
    await expect(all.getAttribute('href')).resolves.toBe('/search/?q=genethon');
  });

  it('content pages load only a few KB of eager JavaScript, and no Pagefind', () => {
    for (const path of ['/', '/members/genethon/', '/stories/']) {
      const html = readPage(path);
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.some((s) => s.includes('pagefind'))).toBe(false);
      const bytes = scripts.reduce((sum, src) => sum + statSync(join(DIST, src)).size, 0);
      expect(bytes, `${path}: ${scripts.join(', ')}`).toBeLessThan(5000);
    }
  });
});

describe('the index', () => {
  it('holds every organization page with its kind, relation, departments and areas', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/`);
    await settled(page);
    // Pagefind's own browser API reads the index. A string, so the import is not rewritten by Vitest.
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(null, { filters: { type: { any: ['organization'] } } });
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, filters: d.filters, title: d.meta.title }));
    })()`)) as { url: string; filters: Record<string, string[]>; title: string }[];
    expect(indexed).toHaveLength(content.organizations.length);
    const byUrl = new Map(indexed.map((d) => [d.url, d]));
    for (const org of content.organizations) {
      const entry = byUrl.get(orgUrl(org.slug));
      expect(entry, orgUrl(org.slug)).toBeDefined();
      expect(entry!.title).toBe(org.data.name);
      const f = entry!.filters;
      expect(f.type).toEqual(['organization']);
      expect(f.kind).toEqual([org.data.kind]);
      expect(f.relation).toEqual([org.data.relation]);
      expect([...(f.area ?? [])].sort()).toEqual([...new Set(org.data.areas)].sort());
      expect([...(f.dept ?? [])].sort()).toEqual(departmentsOf(org.data.sites));
    }
  });

  it('leaves out the header, navigation, footer, and pages that are not content', () => {
    const pagefindDir = join(DIST, 'pagefind');
    expect(statSync(join(pagefindDir, 'pagefind.js')).isFile()).toBe(true);
    const html = readPage('/members/genethon/');
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(body).toContain('data-pagefind-body');
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(readPage('/search/')).not.toContain('data-pagefind-body');
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).not.toContain('data-pagefind-body');
  });

  it('finds each organization, area and story by its name, at the top; each town near the top', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/search/`);
    await settled(page);
    const named: [string, string][] = [
      ...content.organizations.map((o): [string, string] => [o.data.name, orgUrl(o.slug)]),
      ...content.areas.map((a): [string, string] => [a.data.title, `/areas/${a.slug}/`]),
      ...content.stories.map((s): [string, string] => [s.data.title, `/stories/${s.slug}/`]),
    ];
    const towns = new Map<string, Set<string>>();
    for (const o of content.organizations)
      for (const s of o.data.sites) towns.set(s.city, (towns.get(s.city) ?? new Set()).add(orgUrl(o.slug)));
    const misses: string[] = [];
    for (const [query, want] of named) {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await settled(page);
      const results = await resultUrls(page);
      // A story named after an organization (e.g. "Seqens Lab") may come first: the organization must then be second.
      const sharedName = content.stories.some((s) => s.data.title.includes(query) && s.data.title !== query);
      if (!results.slice(0, sharedName ? 2 : 1).includes(want))
        misses.push(`"${query}" -> ${results[0]}, expected ${want}`);
    }
    for (const [town, urls] of towns) {
      await page.fill('#search-q', town);
      await page.press('#search-q', 'Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === town);
      await settled(page);
      const top = (await resultUrls(page)).slice(0, 3);
      if (!top.some((u) => urls.has(u))) misses.push(`"${town}" -> ${top.join(', ')}, expected one of ${[...urls]}`);
    }
    expect(misses).toEqual([]);
  }, 180_000);
});
