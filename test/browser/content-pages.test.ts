/**
 * The built pages say what the content says: counts on the directory,
 * department and area pages equal the number of content files that match;
 * the home page's headline numbers are the latest values of their series;
 * every member page shows its sources and labels approximate locations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { DEPARTMENT_CODES } from '../../src/model/constants.ts';
import { groupByPlacement, inArea, isRegionDepartment } from '../../src/model/directory.ts';
import { headlineFigures, latest } from '../../src/model/figures.ts';
import { baseUrl, launch, watchedPage, type Watched } from './support/browser.ts';
import { ROOT } from './support/dist.ts';

const content = loadContent(ROOT);
const orgs = content.organizations.map((e) => ({ ...e.data, slug: e.slug }));
const groups = groupByPlacement(orgs);

let browser: Browser;
let w: Watched;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser, { javaScriptEnabled: false });
  page = w.page;
});
afterAll(async () => {
  await browser?.close();
});

const open = async (path: string) => {
  const res = await page.goto(baseUrl() + path);
  expect(res?.status()).toBe(200);
};
const countOn = async (selector: string) => Number(await page.getAttribute(selector, 'data-count'));

describe('directory counts match the content', () => {
  it('the directory lists every organization file once', async () => {
    await open('/members/');
    expect(await countOn('[data-count]')).toBe(content.organizations.length);
    expect(await page.locator('[data-org-list="all"] > li').count()).toBe(content.organizations.length);
    const listed = await page
      .locator('[data-org-list="all"] > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-org')));
    expect(new Set(listed)).toEqual(new Set(content.organizations.map((o) => o.slug)));
  });

  it('counts each organization in every department where it has a site, and says so', async () => {
    await open('/members/');
    expect(await page.locator('[data-count-rule]').count()).toBe(1);
    for (const code of [...DEPARTMENT_CODES, 'outside', 'unknown']) {
      const n = Number(await page.locator(`[data-department-count="${code}"]`).innerText());
      const expected =
        code === 'outside'
          ? groups.outside.length
          : code === 'unknown'
            ? groups.unknown.length
            : groups.present[code as (typeof DEPARTMENT_CODES)[number]].length;
      expect(n, code).toBe(expected);
    }
  });

  it.each(DEPARTMENT_CODES)('department %s lists its organizations', async (code) => {
    await open(`/members/department/${code}/`);
    const expected = groups.byDepartment[code].map((o) => o.slug).sort();
    // The count is of every organization with a site here: those based here and those also present.
    expect(await countOn('.page-head [data-count]')).toBe(groups.present[code].length);
    const listed = await page
      .locator('[data-org-list="department"] > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-org')));
    expect(listed.sort()).toEqual(expected);
  });

  it('each area page lists the organizations that name it', async () => {
    for (const area of content.areas) {
      await open(`/members/area/${area.slug}/`);
      const expected = inArea(orgs, area.slug)
        .map((o) => o.slug)
        .sort();
      expect(await countOn('.page-head [data-count]'), area.slug).toBe(expected.length);
      await open(`/areas/${area.slug}/`);
      const listed = await page
        .locator('[data-org-list="area"] > li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-org')));
      expect(listed.sort(), area.slug).toEqual(expected);
    }
  });
});

describe('figures on the home page', () => {
  it('shows each headline as the latest value of its series, with its date and source', async () => {
    await open('/');
    const marked = headlineFigures(content.figures.map((f) => ({ id: f.slug, data: f.data })));
    expect(marked.length).toBeGreaterThan(2);
    // In the order of headline_order, and only the series marked headline.
    const shown = await page
      .locator('#headlines ~ .stats > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
    expect(shown).toEqual(marked.map((f) => f.id));
    for (const id of shown as string[]) {
      const figure = content.figures.find((f) => f.slug === id);
      expect(figure, id).toBeDefined();
      const last = latest(figure!.data.values);
      const stat = page.locator(`[data-figure="${id}"]`);
      expect(Number(await stat.getAttribute('data-value')), id).toBe(last.value);
      expect(await stat.getAttribute('data-as-of'), id).toBe(last.as_of);
      const source = last.source ?? figure!.data.source;
      expect(await stat.locator(`a[href="${source!.url}"]`).count(), id).toBe(1);
    }
  });
});

describe('member pages', () => {
  it('every member page shows its name, its sources and labels approximate locations', async () => {
    for (const org of content.organizations) {
      await open(`/members/${org.slug}/`);
      expect(await page.locator('h1').innerText()).toBe(org.data.name);
      for (const url of org.data.sources) {
        expect(await page.locator(`main a[href="${url}"]`).count(), `${org.slug} ${url}`).toBeGreaterThan(0);
      }
      const sites = page.locator('.site-list > li');
      expect(await sites.count()).toBe(org.data.sites.length);
      for (const [i, site] of org.data.sites.entries()) {
        const text = await sites.nth(i).innerText();
        // A site outside the region is not on the map: no placement to qualify.
        if (!isRegionDepartment(site.department)) continue;
        if (site.precision === 'town') expect(text).toMatch(/town centre: the exact address is not known/);
        if (site.precision === 'district') expect(text).toMatch(/district: the exact address is not known/);
      }
      if (org.data.sites.length === 0) expect(await page.locator('main').innerText()).toMatch(/Location not known/);
    }
  });
});
