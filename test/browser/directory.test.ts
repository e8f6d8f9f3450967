/**
 * The directory's tools (/members/, /fr/members/) and the map's share box, in
 * Chromium: filters, search and order that change the list and the address
 * and survive a reload; the count; the CSV and JSON downloads holding exactly
 * the organizations shown; the links between the directory and the map with
 * the same filters and the same count; the links and embed code to copy; the
 * filtering code loaded only when used; the page without JavaScript. Expected
 * lists are computed from the content files, not written here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { byName, departmentsOf } from '../../src/model/directory.ts';
import { homeOf } from '../../src/map/sites.ts';
import { EMPTY_FILTERS, filterOrgs, sortOrgs, type FilterState, type SortKey } from '../../src/map/filters.ts';
import { parseCsv } from '../../src/util/csv.ts';
import { axeFindings, describeFindings } from './support/axe.ts';
import { baseUrl, browserForFile } from './support/browser.ts';
import { ROOT } from './support/dist.ts';

const content = loadContent(ROOT);
const orgs = content.organizations
  .map((e) => ({ ...e.data, slug: e.slug }))
  .map((o) => ({ ...o, departments: departmentsOf(o) as string[], home: homeOf(o) }))
  .sort(byName);

/** What the directory should list for filters and an order, from the content files. */
const expected = (state: FilterState, sort: SortKey = 'name') =>
  sortOrgs(filterOrgs(orgs, state), sort).map((o) => o.slug);

/** The area and region department shared by the most organizations: a filtered view that is not empty. */
function busiestPair(): { area: string; dept: string } {
  const pairs = new Map<string, number>();
  for (const o of orgs)
    for (const area of o.areas)
      for (const d of o.departments) pairs.set(`${area}|${d}`, (pairs.get(`${area}|${d}`) ?? 0) + 1);
  const [area, dept] = [...pairs].sort((a, b) => b[1] - a[1])[0]![0].split('|') as [string, string];
  return { area, dept };
}
const { area, dept } = busiestPair();
const commonKind = [...new Set(orgs.map((o) => o.kind))].sort(
  (a, b) => orgs.filter((o) => o.kind === b).length - orgs.filter((o) => o.kind === a).length,
)[0]!;

const pages = browserForFile();

async function open(path: string, options: { javaScriptEnabled?: boolean; phone?: boolean } = {}): Promise<Page> {
  const page = await pages.newPage(options);
  if (options.phone) await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(baseUrl() + path);
  return page;
}

/** Waits until the directory's filtering code has run. */
const ready = (page: Page) =>
  page.waitForSelector('[data-directory][data-directory-state="ready"]', { state: 'attached' });

/** The organizations the directory shows, in the order shown. */
const shownSlugs = (page: Page) =>
  page.locator('[data-org-list="all"] > li:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-org')!));

const shownCount = async (page: Page) => Number(await page.getAttribute('[data-count-shown]', 'data-count-shown'));

/** The map's list, once its script has applied the address: the organizations it shows, each once. */
async function mapCount(page: Page): Promise<number> {
  await page.waitForSelector('[data-filters-box]:not([hidden])', { state: 'attached' });
  return Number(await page.getAttribute('[data-count-orgs]', 'data-count-orgs'));
}

describe.each(['', '/fr'])('the directory%s', (prefix) => {
  const path = `${prefix}/members/`;

  it('filters as the form changes, keeps the filters in the address, and keeps them on reload', async () => {
    const page = await open(path);
    // Nothing filtered, nothing loaded: the page lists every organization.
    expect(await shownSlugs(page)).toEqual(expected(EMPTY_FILTERS));
    await page.selectOption('[data-directory-filters] select[name="area"]', area);
    await ready(page);
    await page.selectOption('[data-directory-filters] select[name="dept"]', dept);
    const state = { ...EMPTY_FILTERS, area, dept };
    expect(new URL(page.url()).search).toBe(`?area=${area}&dept=${dept}`);
    expect(await shownSlugs(page)).toEqual(expected(state));
    expect(expected(state).length).toBeLessThan(orgs.length);
    expect(await shownCount(page)).toBe(expected(state).length);
    const countText = await page.locator('[data-count-shown]').innerText();
    expect(countText).toContain(String(expected(state).length));
    expect(countText).toContain(String(orgs.length));
    expect(countText).toMatch(prefix ? /affichées? sur/ : /of \d+ organizations shown/);

    // The order is part of the address too, and the list follows it.
    await page.selectOption('[data-directory-filters] select[name="sort"]', 'dept');
    await page.selectOption('[data-directory-filters] select[name="area"]', '');
    expect(new URL(page.url()).search).toBe(`?dept=${dept}&sort=dept`);
    expect(await shownSlugs(page)).toEqual(expected({ ...EMPTY_FILTERS, dept }, 'dept'));

    await page.reload();
    await ready(page);
    expect(await shownSlugs(page)).toEqual(expected({ ...EMPTY_FILTERS, dept }, 'dept'));
    expect(await page.inputValue('[data-directory-filters] select[name="dept"]')).toBe(dept);
    expect(await page.inputValue('[data-directory-filters] select[name="sort"]')).toBe('dept');

    // Back returns to the previous filters, and Clear to the whole list.
    await page.goBack();
    expect(await shownSlugs(page)).toEqual(expected(state, 'dept'));
    expect(await page.inputValue('[data-directory-filters] select[name="area"]')).toBe(area);
    await page.click('[data-directory-filters] button[type="reset"]');
    expect(new URL(page.url()).search).toBe('');
    expect(await shownSlugs(page)).toEqual(expected(EMPTY_FILTERS));
  });

  it('searches names with accents and case folded, and sorts by kind', async () => {
    const named = orgs.find((o) => /[À-ÿ]/.test(o.name)) ?? orgs[0]!;
    const word = named.name.split(/\s+/).find((w) => /[À-ÿ]/.test(w)) ?? named.name.split(/\s+/)[0]!;
    const typed = word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toUpperCase();
    const page = await open(`${path}?sort=kind`);
    await ready(page);
    expect(await shownSlugs(page)).toEqual(expected(EMPTY_FILTERS, 'kind'));
    await page.fill('[data-directory-filters] input[name="q"]', typed);
    const state = { ...EMPTY_FILTERS, q: typed };
    expect(await shownSlugs(page)).toContain(named.slug);
    expect(await shownSlugs(page)).toEqual(expected(state, 'kind'));
    expect(new URLSearchParams(new URL(page.url()).search).get('q')).toBe(typed);
  });

  it('downloads as CSV and JSON exactly the organizations shown, in the order shown, with the open-data fields', async () => {
    const page = await open(`${path}?kind=${commonKind}&sort=dept`);
    await ready(page);
    const slugs = await shownSlugs(page);
    expect(slugs).toEqual(expected({ ...EMPTY_FILTERS, kind: commonKind }, 'dept'));
    expect(slugs.length).toBeGreaterThan(1);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="csv"]')]);
    expect(csvDownload.suggestedFilename()).toBe(`medicen-organizations-${commonKind}.csv`);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const fullCsv = await (await page.request.get(baseUrl() + '/data/organizations.csv')).text();
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    const [fullHeader, ...fullRows] = parseCsv(fullCsv.replace(/^\uFEFF/, ''));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual(fullHeader);
    expect(rows.map((r) => r[0])).toEqual(slugs);
    // Each row is the open-data file's own row for that organization.
    const fullBySlug = new Map(fullRows.map((r) => [r[0], r]));
    for (const row of rows) expect(row).toEqual(fullBySlug.get(row[0]));

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="json"]')]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
      count: number;
      source: string;
      organizations: { slug: string }[];
    };
    expect(json.count).toBe(slugs.length);
    expect(json.organizations.map((o) => o.slug)).toEqual(slugs);
    expect(json.source).toContain(`${prefix}/members/?kind=${commonKind}&sort=dept`);
  });

  it('gives the whole open-data files before any filter, and a notice when nothing matches', async () => {
    const page = await open(path);
    expect(await page.getAttribute('a[data-download="csv"]', 'href')).toBe('/data/organizations.csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="csv"]')]);
    expect(parseCsv(readFileSync((await download.path())!, 'utf8')).length - 1).toBe(orgs.length);
    await page.fill('[data-directory-filters] input[name="q"]', 'zzzz-no-such-name');
    await ready(page);
    await page.waitForSelector('[data-list-none]:visible');
    expect(await shownSlugs(page)).toEqual([]);
    expect(await shownCount(page)).toBe(0);
  });

  it('opens the map with the same filters and the same count, and the map leads back with them', async () => {
    const page = await open(`${path}?area=${area}&dept=${dept}&sort=kind`);
    await ready(page);
    const count = await shownCount(page);
    const href = await page.getAttribute('a[data-map-link]', 'href');
    expect(href).toBe(`${prefix}/map/?area=${area}&dept=${dept}`);
    await page.click('a[data-map-link]');
    await page.waitForURL((u) => u.pathname === `${prefix}/map/` && u.search === `?area=${area}&dept=${dept}`);
    expect(await mapCount(page)).toBe(count);
    expect(await page.inputValue('[data-map-filters] select[name="area"]')).toBe(area);

    // The map's link to the directory follows the map's filters.
    await page.selectOption('[data-map-filters] select[name="kind"]', commonKind);
    const onMap = await mapCount(page);
    await page.click('a[data-directory-link]');
    await page.waitForURL(
      (u) => u.pathname === `${prefix}/members/` && u.search === `?kind=${commonKind}&area=${area}&dept=${dept}`,
    );
    expect(new URL(page.url()).hash).toBe('#all');
    await ready(page);
    expect(await shownCount(page)).toBe(onMap);
    expect(await shownSlugs(page)).toEqual(expected({ ...EMPTY_FILTERS, kind: commonKind, area, dept }));
  });

  it('offers the filtered list’s address to copy, and is accessible while filtered', async () => {
    const page = await open(`${path}?dept=${dept}`);
    await ready(page);
    const field = page.locator('[data-copy-name="directory-link"] [data-copy-field]');
    expect(new URL(await field.inputValue()).pathname + new URL(await field.inputValue()).search).toBe(
      `${prefix}/members/?dept=${dept}`,
    );
    expect(await page.locator('[data-copy-name="directory-link"] [data-copy-button]').isVisible()).toBe(true);
    await page.selectOption('[data-directory-filters] select[name="relation"]', 'partner');
    expect(new URL(await field.inputValue()).search).toBe(`?relation=partner&dept=${dept}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(prefix ? 'fr' : 'en');
    const findings = await axeFindings(page);
    expect(findings, describeFindings(path, findings)).toEqual([]);
  });

  it('folds the filters on a phone under a summary that counts them', async () => {
    const page = await open(`${path}?area=${area}&dept=${dept}`, { phone: true });
    await ready(page);
    expect(await page.locator('[data-filters-box]').evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('select[name="dept"]').isVisible()).toBe(false);
    expect(await page.getAttribute('[data-filters-active]', 'data-filters-active')).toBe('2');
    expect(await page.locator('[data-filters-active]').innerText()).toMatch(/^2\s/);
    await page.locator('[data-filters-box] > summary').click();
    expect(await page.locator('select[name="dept"]').isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const findings = await axeFindings(page);
    expect(findings, describeFindings(path, findings)).toEqual([]);
  });

  it('loads its filtering code only when the form is used', async () => {
    const page = await pages.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(baseUrl() + path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const before = scripts.length;
    expect(await page.locator('[data-directory]').getAttribute('data-directory-state')).toBeNull();
    await page.focus('[data-directory-filters] input[name="q"]');
    await ready(page);
    expect(scripts.length).toBeGreaterThan(before);
  });

  it('lists every organization without JavaScript, whatever the address says, with no filter form', async () => {
    const page = await open(`${path}?kind=${commonKind}&dept=${dept}`, { javaScriptEnabled: false });
    expect(await page.locator('[data-org-list="all"] > li').count()).toBe(orgs.length);
    expect(await page.locator('[data-org-list="all"] > li:visible').count()).toBe(orgs.length);
    expect(await page.locator('[data-filters-box]').isHidden()).toBe(true);
    expect(await page.getAttribute('a[data-download="csv"]', 'href')).toBe('/data/organizations.csv');
    expect(await page.locator('[data-count-shown]').innerText()).toContain(String(orgs.length));
  });
});

describe.each(['', '/fr'])('the map’s share box%s', (prefix) => {
  it('holds the link and an embed code with the current filters, and the embed honours them', async () => {
    const page = await open(`${prefix}/map/?area=${area}`);
    const count = await mapCount(page);
    const link = page.locator('[data-copy-name="map-link"] [data-copy-field]');
    const embed = page.locator('[data-copy-name="map-embed"] [data-copy-field]');
    expect(new URL(await link.inputValue()).pathname + new URL(await link.inputValue()).search).toBe(
      `${prefix}/map/?area=${area}`,
    );
    await page.selectOption('[data-map-filters] select[name="dept"]', dept);
    const filtered = await mapCount(page);
    expect(new URL(await link.inputValue()).search).toBe(`?area=${area}&dept=${dept}`);
    const code = await embed.inputValue();
    expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
    expect(code).toMatch(/ title="[^"]+"/);
    expect(code).toMatch(/ width="\d+" height="\d+"/);
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&'));
    expect(src.pathname + src.search).toBe(`${prefix}/embed/map/?area=${area}&dept=${dept}`);
    expect(count).toBeGreaterThanOrEqual(filtered);

    // The embed page, opened at that address here, shows the same organizations.
    await page.goto(baseUrl() + src.pathname + src.search);
    expect(await mapCount(page)).toBe(filtered);
    expect(await page.inputValue('[data-map-filters] select[name="dept"]')).toBe(dept);
    expect(await page.locator('[data-copy-name]').count()).toBe(0);
  });

  it('is accessible, with its copy buttons', async () => {
    const page = await open(`${prefix}/map/?kind=${commonKind}`);
    await mapCount(page);
    expect(await page.locator('.map-share [data-copy-button]:visible').count()).toBe(2);
    const findings = await axeFindings(page);
    expect(findings, describeFindings(`${prefix}/map/`, findings)).toEqual([]);
  });
});
