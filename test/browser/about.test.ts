/**
 * /about/ on the real build: it opens with the cluster today, its president
 * and chief executive first, taken from content/cluster.json, then the whole
 * timeline newest first. content/site.json is empty in the real content, so
 * no contact block, no /contact/ or /legal/ page, no link to them and no
 * contact detail in the structured data (test/browser/site-facts.test.ts
 * builds the site with them filled).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { latest } from '../../src/model/figures.ts';
import { t } from '../../src/i18n/index.ts';
import { LOCALES, type Locale } from '../../src/model/constants.ts';
import { baseUrl, browserForFile } from './support/browser.ts';
import { DIST, ROOT } from './support/dist.ts';
import { axeFindings, describeFindings } from './support/axe.ts';

const content = loadContent(ROOT);
const cluster = content.cluster!;
const browser = browserForFile();
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

async function open(page: Page, path: string) {
  const res = await page.goto(baseUrl() + path);
  expect(res?.status(), path).toBe(200);
}

/** The cluster's Organization block of the page, if any. */
async function clusterLd(page: Page): Promise<Record<string, unknown> | undefined> {
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '') as Record<string, unknown>));
  return blocks.find((b) => b['@type'] === 'Organization');
}

describe.each(LOCALES)('/about/ in %s', (locale) => {
  const path = `${prefix(locale)}/about/`;

  it('opens with the cluster today: its president, then its chief executive, from content/cluster.json', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await open(page, path);
    const firstH2 = page.locator('main h2').first();
    expect((await firstH2.textContent())?.trim()).toBe(t(locale, 'about.today'));
    const leaders = page.locator('main .leader');
    expect(await leaders.evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).toEqual([
      'president',
      'chief-executive',
    ]);
    // Nothing but the page head stands between the top of the page and the president's name.
    const firstNames = await page.locator('main .leader .name').allTextContents();
    expect(firstNames[0]).toContain(cluster.president.name);
    expect(firstNames[1]).toContain(cluster.chief_executive.name);
    const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const afterHead = main.slice(main.indexOf(t(locale, 'about.today')));
    expect(afterHead.indexOf(cluster.president.name)).toBeLessThan(80);
    const role = (await leaders.first().locator('.role').textContent())?.trim();
    expect(role?.toLowerCase()).toBe((cluster.president.role[locale] ?? cluster.president.role.en).toLowerCase());
    // Each leader links its sources.
    for (const [i, leader] of [cluster.president, cluster.chief_executive].entries()) {
      const hrefs = await leaders
        .nth(i)
        .locator('.source-note a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(leader.sources);
    }
  });

  it('gives the members count of the members figure with its date and source, and every statement a source', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await open(page, path);
    const figure = content.figures.find((f) => f.data.id === cluster.members_figure)!;
    const value = latest(figure.data.values);
    const count = page.locator('.members-count');
    expect(await count.getAttribute('data-value')).toBe(String(value.value));
    expect(await count.getAttribute('data-as-of')).toBe(value.as_of);
    const today = page.locator('section.today');
    const statements = cluster.labels.length + 1 + cluster.networks.length;
    expect(await today.locator('.facts-list > li').count()).toBe(statements);
    expect(await today.locator('.facts-list > li:not(:has(.source-note a))').count()).toBe(0);
    expect(await today.locator('.priorities > li').count()).toBe(cluster.priorities.items.length);
  });

  it('keeps the whole timeline, newest period first, each period with its summary, all of it in print', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await open(page, path);
    expect(await page.locator('.history .timeline > li').count()).toBe(content.timeline.length);
    const years = await page.locator('.period h3 .years').allTextContents();
    const starts = years.map((y) => y.slice(0, 4));
    expect(starts).toEqual([...starts].sort().reverse());
    expect(await page.locator('.period-summary').count()).toBe(cluster.history_periods.length);
    const dates = await page
      .locator('.history .timeline > li > time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort((a, b) => b.localeCompare(a)));
    // Older periods are folded on screen, and all unfolded on paper.
    const oldest = page.locator('.history .timeline > li').last();
    expect(await oldest.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await oldest.isVisible()).toBe(true);
  });

  it('has no serious accessibility violation, at desktop and phone widths', async () => {
    const page = await browser.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, path);
      expect(describeFindings(`${path} (${width}px)`, await axeFindings(page))).toBe('');
    }
  }, 120_000);

  it('shows no contact block, no link to contact or legal pages and no contact detail while site.json is empty', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const p of [path, `${prefix(locale)}/`, `${prefix(locale)}/members/`]) {
      await open(page, p);
      expect(await page.locator('[data-contact-details], .footer-contact').count(), p).toBe(0);
      expect(
        await page.locator('a[href$="/contact/"], a[href$="/legal/"], a[href^="mailto:"], a[href^="tel:"]').count(),
        p,
      ).toBe(0);
      const footer = await page.locator('footer').innerText();
      expect(footer).not.toContain(t(locale, 'legal.title'));
      expect(footer).not.toMatch(/TODO|example\.org|placeholder/i);
    }
    await open(page, path);
    const ld = await clusterLd(page);
    expect(ld?.name).toBe('Medicen Paris Region');
    for (const field of ['address', 'email', 'telephone', 'sameAs']) expect(ld, field).not.toHaveProperty(field);
  });
});

describe('pages that wait for content/site.json', () => {
  it('builds no /contact/ nor /legal/ page in any language', () => {
    for (const dir of ['contact', 'legal', 'fr/contact', 'fr/legal'])
      expect(existsSync(join(DIST, dir)), dir).toBe(false);
  });
});
