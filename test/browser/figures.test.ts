/**
 * The key-figures page in Chromium, with JavaScript on and off: every chart
 * shows with its SVG (named and described), data table, sources and date;
 * downloads answer with the right content types; each chart's CSV lists the
 * values its SVG draws; headline numbers on the home page link to their block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import { parseCsv } from '../../src/util/csv.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([true, false])('/figures/ with JavaScript %s', (javaScriptEnabled) => {
  it('shows every chart with its accessible SVG, table, sources, date, downloads and citation', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled });
    try {
      await w.page.goto(`${baseUrl()}/figures/`, { waitUntil: 'load' });
      const blocks = w.page.locator('.chart-block');
      const count = await blocks.count();
      // The three directory counts are always there; figure charts depend on content.
      expect(count).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < count; i++) {
        const block = blocks.nth(i);
        const id = await block.getAttribute('id');
        expect(await block.locator('h3').innerText(), id!).not.toBe('');
        const svg = block.locator('.chart-frame svg[role="img"]');
        await expect(svg.isVisible(), id!).resolves.toBe(true);
        const box = await svg.boundingBox();
        expect(box!.width, id!).toBeGreaterThan(300);
        const [titleId, descId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
        expect((await svg.locator(`title#${titleId}`).textContent())!.length, id!).toBeGreaterThan(10);
        expect((await svg.locator(`desc#${descId}`).textContent())!.length, id!).toBeGreaterThan(5);
        expect(await block.locator('.chart-sources a[href^="http"]').count(), id!).toBeGreaterThan(0);
        expect(await block.locator('.chart-asof').innerText(), id!).toMatch(/Data as of .*\d{4}/);
        const table = block.locator('details.chart-data table');
        // One table row per value drawn: a mark's value, plus its part in a part-of-whole chart.
        const drawn = (await svg.locator('g.mark').count()) + (await svg.locator('g.mark[data-part]').count());
        expect(await table.locator('tbody tr').count(), id!).toBe(drawn);
        await block.locator('details.chart-data summary').click();
        await expect(table.isVisible(), id!).resolves.toBe(true);
        expect(await block.locator(`a[href="/data/charts/${id}.csv"]`).count(), id!).toBe(1);
        expect(await block.locator(`a[href="/data/charts/${id}.svg"]`).count(), id!).toBe(1);
        expect(await block.locator('.chart-cite').innerText(), id!).toContain(`/figures/#${id}`);
      }
      // The charts need no script of their own (the site frame may bring its own, e.g. search), only
      // the copy buttons' small file (CopyText); structured data (JSON-LD) is data the browser never runs.
      expect(
        await w.page.locator('main script:not([type="application/ld+json"]):not([src*="/CopyText."])').count(),
      ).toBe(0);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
      expect(w.offsiteRequests).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('downloads', () => {
  it('serve each chart as text/csv and image/svg+xml, the CSV listing the values the SVG draws', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${baseUrl()}/figures/`, { waitUntil: 'load' });
      const ids = await w.page.locator('.chart-block').evaluateAll((els) => els.map((e) => e.id));
      for (const id of ids) {
        const csv = await w.page.request.get(`${baseUrl()}/data/charts/${id}.csv`);
        expect(csv.status(), id).toBe(200);
        expect(csv.headers()['content-type'], id).toMatch(/^text\/csv/);
        const svg = await w.page.request.get(`${baseUrl()}/data/charts/${id}.svg`);
        expect(svg.status(), id).toBe(200);
        expect(svg.headers()['content-type'], id).toBe('image/svg+xml');
        const svgText = await svg.text();
        expect(svgText, id).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        const rows = parseCsv(await csv.text()).slice(1);
        const drawn = [
          ...svgText.matchAll(/<g class="mark"[^>]*?data-value="([^"]+)"(?: data-part="([^"]+)")?/g),
        ].flatMap((m) => [m[1], m[2]].filter((v): v is string => v !== undefined));
        expect(drawn.sort(), id).toEqual(rows.map((r) => r[3]).sort());
        // The page shows the same chart as the file.
        const inPage = await w.page.locator(`#${id} .chart-frame svg g.mark`).count();
        expect(inPage, id).toBe((svgText.match(/<g class="mark"/g) ?? []).length);
      }
      const json = await w.page.request.get(`${baseUrl()}/data/figures.json`);
      expect(json.headers()['content-type']).toMatch(/^application\/json/);
      const all = (await json.json()) as { figures: { id: string }[]; charts: { id: string }[] };
      // The page lists the charts newest first; the file in the catalogue's order: the same charts.
      expect(all.charts.map((c) => c.id).sort()).toEqual([...ids].sort());
      for (const f of all.figures) {
        const res = await w.page.request.get(`${baseUrl()}/data/figures/${f.id}.csv`);
        expect(res.headers()['content-type'], f.id).toMatch(/^text\/csv/);
        expect(parseCsv(await res.text())[0]![0]).toBe('series');
      }
    } finally {
      await w.context.close();
    }
  });
});

describe('home page headline numbers', () => {
  it('show the latest value with its date and link to the figure on /figures/', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
      const stats = w.page.locator('.stat');
      const count = await stats.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const stat = stats.nth(i);
        const id = await stat.getAttribute('data-figure');
        expect(await stat.locator('.source').innerText(), id!).toMatch(/as of .*\d{4}/);
        const href = await stat.locator('a.stat-more').getAttribute('href');
        expect(href).toBe(`/figures/#${id}`);
        await w.page.goto(`${baseUrl()}${href}`, { waitUntil: 'load' });
        expect(await w.page.locator(`[id="${id}"]`).count(), id!).toBe(1);
        await w.page.goto(`${baseUrl()}/`, { waitUntil: 'load' });
      }
    } finally {
      await w.context.close();
    }
  });
});
