/**
 * Department profiles and their comparison, in both languages: every count a
 * department page and /members/department/ show equals the count made here
 * from the content files (an organization counts in every department of the
 * region where it has a site, once); every number links to the directory
 * filtered to it; every chart has its table with the same values; the pages
 * are axe clean and nothing is wider than a 390 px phone outside a scroll frame.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { axeFindings, describeFindings, installAxe } from './support/axe.ts';
import { baseUrl, browserForFile } from './support/browser.ts';
import { ROOT } from './support/dist.ts';

const { newPage } = browserForFile();
const content = loadContent(ROOT);
const CODES = Object.keys(content.departments).sort();
const AREAS = [...content.areas].sort((a, b) => a.data.order - b.data.order).map((a) => a.slug);
const LOCALES = ['', '/fr'] as const;

/** Counted here from the content files, independently of the site's modules. */
interface Expected {
  total: number;
  counts: Map<string, number>;
  towns: Map<string, number>;
}
const expected = new Map<string, Expected>(CODES.map((c) => [c, { total: 0, counts: new Map(), towns: new Map() }]));
const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
for (const { data } of content.organizations) {
  for (const code of new Set(data.sites.map((s) => s.department))) {
    const e = expected.get(code);
    if (!e) continue;
    e.total += 1;
    add(e.counts, `kind:${data.kind}`);
    add(e.counts, `relation:${data.relation}`);
    for (const area of new Set(data.areas)) add(e.counts, `area:${area}`);
    const towns = new Set(data.sites.filter((s) => s.department === code).map((s) => s.city));
    for (const town of towns) add(e.towns, town);
  }
}
const count = (code: string, key: string) =>
  key === 'total' ? expected.get(code)!.total : (expected.get(code)!.counts.get(key) ?? 0);

/** The filters a directory link carries, checked against what the number counts. */
function expectDirectoryLink(href: string | null, prefix: string, code: string, key: string) {
  const url = new URL(href ?? '', baseUrl());
  expect(url.pathname, href ?? '').toBe(`${prefix}/members/`);
  const params = Object.fromEntries(url.searchParams);
  const [name, value] = key.split(':');
  expect(params, href ?? '').toEqual(key === 'total' ? { dept: code } : { dept: code, [name!]: value });
}

/** Every [data-value] cell or mark in a scope, as key -> value. */
const valuesIn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key') ?? '', Number(e.getAttribute('data-value'))]));

describe.each(LOCALES)('department profiles (%s)', (prefix) => {
  it('each department opens with counts equal to those of the content, each linking to the filtered directory', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const code of CODES) {
      const res = await page.goto(`${baseUrl()}${prefix}/members/department/${code}/`);
      expect(res?.status()).toBe(200);
      const profile = page.locator(`[data-profile="${code}"]`);
      expect(Number(await profile.getAttribute('data-total')), code).toBe(count(code, 'total'));
      expect(Number(await page.getAttribute('.page-head [data-count]', 'data-count')), code).toBe(count(code, 'total'));
      expect(await page.locator('[data-count-rule]').count()).toBe(1);
      // Breadcrumbs and the profile lead to the comparison page.
      expect(await page.locator(`.breadcrumbs a[href="${prefix}/members/department/"]`).count()).toBe(1);
      expect(await page.locator(`[data-compare-link][href="${prefix}/members/department/"]`).count()).toBe(1);

      // Published figures about the department, none shared out from the region's.
      const name = content.departments[code]!.name;
      const figures = content.figures.filter((f) => [name, code, `${name} (${code})`].includes(f.data.scope));
      const shown = await page
        .locator('[data-department-figures] > li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
      expect(shown.sort(), code).toEqual(figures.map((f) => f.slug).sort());

      if (count(code, 'total') === 0) {
        expect(await page.locator('[data-profile-none]').count(), code).toBe(1);
        expect(await page.locator('[data-profile-chart]').count(), code).toBe(0);
        continue;
      }
      // The headline numbers: all, members, partners.
      for (const key of ['total', 'relation:member', 'relation:partner']) {
        const item = profile.locator(`.profile-numbers [data-key="${key}"]`);
        expect(Number(await item.getAttribute('data-value')), `${code} ${key}`).toBe(count(code, key));
        expectDirectoryLink(await item.locator('a').getAttribute('href'), prefix, code, key);
      }
      // By kind: every kind present, none other; by area: every area.
      const kinds = await valuesIn(page, '[data-profile-table="by-kind"] tbody tr');
      const kindsExpected = [...expected.get(code)!.counts].filter(([k]) => k.startsWith('kind:'));
      expect(new Map(kinds.map(([k, v]) => [`kind:${k}`, v])), code).toEqual(new Map(kindsExpected));
      const areas = await valuesIn(page, '[data-profile-table="by-area"] tbody tr');
      expect(areas.map(([k]) => k)).toEqual(AREAS);
      for (const [k, v] of areas) expect(v, `${code} ${k}`).toBe(count(code, `area:${k}`));
      // Every number of the tables links to the directory with its filters.
      for (const [table, name] of [
        ['by-kind', 'kind'],
        ['by-area', 'area'],
      ] as const) {
        const rows = page.locator(`[data-profile-table="${table}"] tbody tr`);
        for (let i = 0; i < (await rows.count()); i++) {
          const key = await rows.nth(i).getAttribute('data-key');
          expectDirectoryLink(await rows.nth(i).locator('a').getAttribute('href'), prefix, code, `${name}:${key}`);
        }
      }
      // Towns: each listed town's count is that of the content (Paris lists its postcodes).
      const towns = await page
        .locator('[data-towns] > li')
        .evaluateAll((els) =>
          els.map((e) => [
            e.getAttribute('data-town')!,
            e.getAttribute('data-postcode'),
            Number(e.getAttribute('data-value')),
          ]),
        );
      expect(towns.length, code).toBeGreaterThan(0);
      for (const [town, postcode, value] of towns) {
        const sites = content.organizations.filter((o) =>
          o.data.sites.some(
            (s) => s.department === code && s.city === town && (postcode === null || (s.postcode ?? '') === postcode),
          ),
        );
        expect(value, `${code} ${town} ${postcode ?? ''}`).toBe(sites.length);
      }
      if (towns.every(([, postcode]) => postcode === null)) {
        const top = Math.max(...expected.get(code)!.towns.values());
        expect(towns[0]![2], code).toBe(top);
      }
      // The locator map shades this department.
      expect(await page.locator(`.locator image.shaded[data-code="${code}"]`).count(), code).toBe(1);
    }
  });

  it('each chart has a table with the same values', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const path of [...CODES.map((c) => `/members/department/${c}/`), '/members/department/']) {
      await page.goto(`${baseUrl()}${prefix}${path}`);
      const charts = page.locator('[data-profile-chart]');
      for (let i = 0; i < (await charts.count()); i++) {
        const chart = charts.nth(i);
        const id = await chart.getAttribute('data-profile-chart');
        expect(await chart.locator('svg[role="img"]').count(), `${path} ${id}`).toBe(1);
        const marks = await chart
          .locator('svg g.mark')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-value'))]));
        const rows = await chart
          .locator('table tbody tr')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), Number(e.getAttribute('data-value'))]));
        expect(marks.length, `${path} ${id}`).toBeGreaterThan(0);
        expect(rows, `${path} ${id}`).toEqual(marks);
      }
    }
  });

  it('the comparison page has all eight departments in one table equal to the content, every number a directory link', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const res = await page.goto(`${baseUrl()}${prefix}/members/department/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('table[data-compare]').count()).toBe(1);
    const rows = page.locator('table[data-compare] tbody tr');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-dept')))).toEqual(CODES);
    const columns = await page
      .locator('table[data-compare] thead th[data-col]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-col')!));
    // Relations, every area, and every kind some department has.
    for (const col of ['relation:member', 'relation:partner', ...AREAS.map((a) => `area:${a}`)])
      expect(columns).toContain(col);
    for (const code of CODES)
      for (const [key, n] of expected.get(code)!.counts) if (n > 0) expect(columns, key).toContain(key);
    for (const code of CODES) {
      const row = page.locator(`table[data-compare] tr[data-dept="${code}"]`);
      expect(await row.locator(`th a[href="${prefix}/members/department/${code}/"]`).count()).toBe(1);
      const cells = await row
        .locator('td[data-col]')
        .evaluateAll((els) =>
          els.map((e) => [
            e.getAttribute('data-col')!,
            Number(e.getAttribute('data-value')),
            e.querySelector('a')?.getAttribute('href') ?? null,
          ]),
        );
      expect(cells.map(([col]) => col)).toEqual(['total', ...columns]);
      for (const [col, value, href] of cells) {
        expect(value, `${code} ${col}`).toBe(count(code, col as string));
        expectDirectoryLink(href as string | null, prefix, code, col as string);
      }
    }
  });

  it('is axe clean and fits a 390 px phone, the table scrolling in its frame', async () => {
    const page = await newPage();
    await installAxe(page.context());
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/members/department/', '/members/department/91/', '/members/department/75/']) {
      await page.goto(`${baseUrl()}${prefix}${path}`, { waitUntil: 'load' });
      expect(describeFindings(path, await axeFindings(page))).toBe('');
      const layout = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const inScrollFrame = (e: Element) => {
          for (let p = e.parentElement; p; p = p.parentElement)
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
          return false;
        };
        const shown = (e: Element) => e.checkVisibility() && e.getBoundingClientRect().width > 0;
        const tooWide = [...document.querySelectorAll('body *')]
          .filter((e) => shown(e) && !inScrollFrame(e))
          .filter((e) => e.getBoundingClientRect().right > width + 1 || e.getBoundingClientRect().left < -1)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
        const smallText = [...document.querySelectorAll('.profile-chart svg text')]
          .filter((e) => shown(e) && (e.textContent ?? '').trim() !== '')
          .filter((e) => e.getBoundingClientRect().height < 11)
          .map((e) => e.textContent);
        const frame = document.querySelector('.compare-frame');
        return {
          tooWide,
          smallText,
          frame: frame && {
            scrolls: frame.scrollWidth > frame.clientWidth,
            focusable: frame.getAttribute('tabindex') === '0',
            cue: document.querySelector('.scroll-cue')?.checkVisibility() ?? false,
          },
        };
      });
      expect(layout.tooWide, path).toEqual([]);
      expect(layout.smallText, path).toEqual([]);
      if (layout.frame) expect(layout.frame, path).toEqual({ scrolls: true, focusable: true, cue: true });
    }
  });
});
