/**
 * The press page, the chart images and the chart embeds, in Chromium, in
 * both languages: the key figures are content's headline figures, newest
 * first, each citation naming the figure's source and date as content has
 * them; the fact sheet prints on one A4 page; every chart has a PNG 1200
 * pixels wide that is not blank (drawn into a canvas and sampled), with ink
 * where its title and its source line are; each chart on /figures/ offers its
 * link and an embed code that, pasted into a page of another local origin,
 * shows the chart in its frame, while other pages refuse to be framed; and
 * all of it is axe clean with no request to another host.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Figure } from '../../src/content.config.ts';
import { formatAsOf, semicolon } from '../../src/i18n/format.ts';
import { sourceLabel } from '../../src/i18n/source-label.ts';
import type { Locale } from '../../src/model/constants.ts';
import { latest } from '../../src/model/figures.ts';
import { readPngSize } from '../../src/site/social-image-palette.ts';
import { axeFindings, describeFindings } from './support/axe.ts';
import { baseUrl, browserForFile } from './support/browser.ts';
import { DIST, ROOT } from './support/dist.ts';
import { readSitemap } from './support/sitemap.ts';

const pages = browserForFile();

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await pages.newPage();
  await page.setViewportSize(viewport);
  await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return page;
}

const FIGURES_DIR = join(ROOT, 'content/figures');
const figures: Figure[] = readdirSync(FIGURES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')) as Figure);
const headline = figures.filter((f) => f.headline);
const chartIds = readdirSync(join(DIST, 'data/charts'))
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.slice(0, -'.svg'.length))
  .sort();
const LANGUAGES: [Locale, string][] = [
  ['en', ''],
  ['fr', '/fr'],
];

/** Pages of a PDF: its page objects (not the /Pages tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe.each(LANGUAGES)('the press page (%s)', (locale, prefix) => {
  it('lists content’s headline figures, newest first, each citation with the figure’s source and date', async () => {
    const page = await open(`${prefix}/press/`);
    const items = page.locator('.fact-sheet .press-figure');
    const shown = await items.evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-figure')!,
        asOf: el.getAttribute('data-as-of')!,
        source: el.querySelector('a[data-source]')?.getAttribute('href'),
        citation: el.querySelector<HTMLTextAreaElement>('[data-copy-field]')!.value,
        text: el.textContent!,
      })),
    );
    expect(shown.map((s) => s.id).sort()).toEqual(headline.map((f) => f.id).sort());
    const dates = shown.map((s) => s.asOf);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const item of shown) {
      const figure = headline.find((f) => f.id === item.id)!;
      const value = latest(figure.values);
      const source = value.source ?? figure.source!;
      expect(item.asOf, item.id).toBe(value.as_of);
      expect(item.source, item.id).toBe(source.url);
      const date = formatAsOf(value.as_of, locale);
      expect(item.text, item.id).toContain(date);
      // The citation names the value's own source (publisher, title, address) and its date, then this site.
      expect(item.citation, item.id).toContain(date);
      expect(item.citation, item.id).toContain(sourceLabel(source.publisher, locale));
      expect(item.citation, item.id).toContain(sourceLabel(source.title, locale));
      expect(item.citation, item.id).toContain(source.url);
      expect(item.citation, item.id).toContain(`${prefix}/figures/#${item.id}`);
      expect(item.citation, item.id).toBe(item.citation.trim());
    }
  });

  it('gives the standard description in both languages and two lengths, with its sources', async () => {
    const page = await open(`${prefix}/press/`);
    const cluster = JSON.parse(readFileSync(join(ROOT, 'content/cluster.json'), 'utf8')) as {
      press: { description: { short: Record<Locale, string>; long: Record<Locale, string>; sources: string[] } };
    };
    const { description } = cluster.press;
    const blocks = await page.locator('.press-description').evaluateAll((els) =>
      els.map((el) => ({
        locale: el.getAttribute('data-description-locale')!,
        texts: [...el.querySelectorAll<HTMLTextAreaElement>('[data-copy-field]')].map((f) => [f.value, f.lang]),
      })),
    );
    // The page's language first.
    expect(blocks.map((b) => b.locale)).toEqual(locale === 'en' ? ['en', 'fr'] : ['fr', 'en']);
    for (const b of blocks) {
      const l = b.locale as Locale;
      const lang = l === locale ? '' : l;
      expect(b.texts).toEqual([
        [description.short[l], lang],
        [description.long[l], lang],
      ]);
    }
    expect(await page.locator('.sheet-about').innerText()).toBe(description.short[locale]);
    const sources = await page
      .locator('#description ~ .sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sources).toEqual(description.sources);
  });

  it('names the cluster’s leaders from content, their terms in the page’s language and typography', async () => {
    const page = await open(`${prefix}/press/`);
    type Leader = { name: string; in_office_by: string; re_elected?: string };
    const cluster = JSON.parse(readFileSync(join(ROOT, 'content/cluster.json'), 'utf8')) as Record<string, Leader>;
    const lines = await page.locator('.sheet-leaders li').allInnerTexts();
    const leaders = [cluster.president!, cluster.chief_executive!];
    expect(lines).toHaveLength(leaders.length);
    leaders.forEach((leader, i) => {
      expect(lines[i]).toContain(leader.name);
      expect(lines[i]).toContain(formatAsOf(leader.in_office_by, locale));
      // French sets a no-break space before the semicolon ("au plus tard ; réélection…").
      if (leader.re_elected)
        expect(lines[i]).toContain(`${semicolon(locale)} ${locale === 'fr' ? 'réélection' : 're-elected'}`);
    });
  });

  it('links every chart’s PNG, SVG and CSV, each answering with its type', async () => {
    const page = await open(`${prefix}/press/`);
    const rows = await page.locator('.press-charts tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-chart')!,
        files: [...tr.querySelectorAll('a[download]')].map((a) => a.getAttribute('href')!),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(chartIds);
    for (const { id, files } of rows) {
      expect(files).toEqual(['png', 'svg', 'csv'].map((ext) => `${prefix}/data/charts/${id}.${ext}`));
      for (const [file, type] of files.map((f, i) => [f, ['image/png', 'image/svg+xml', 'text/csv'][i]!])) {
        const response = await page.request.get(baseUrl() + file);
        expect(response.status(), file).toBe(200);
        expect(response.headers()['content-type'], file).toContain(type);
      }
    }
    expect(await page.locator('#open-data ~ ul a[href$="/data/"]').count()).toBe(1);
  });

  it('prints as its fact sheet on one A4 page, without the copy fields and the rest of the page', async () => {
    const page = await open(`${prefix}/press/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
    expect(await shown('.fact-sheet')).toBe(1);
    expect(await shown('.fact-sheet .press-figure')).toBe(headline.length);
    expect(await shown('.press-section')).toBe(0);
    expect(await shown('.fact-sheet copy-text')).toBe(0);
    expect(await shown('.site-footer')).toBe(0);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);
  });

  it('is axe clean on a wide screen and on a phone, nothing wider than the phone', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await open(`${prefix}/press/`, viewport);
      expect(describeFindings(`${prefix}/press/`, await axeFindings(page))).toBe('');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${viewport.width}px`).toBeLessThanOrEqual(0);
    }
  });
});

describe('the chart images', () => {
  it.each(LANGUAGES)(
    'are PNGs 1200 pixels wide, with ink in the title, the chart and the source lines (%s)',
    async (_l, prefix) => {
      const page = await open(`${prefix}/press/`);
      for (const id of chartIds) {
        const path = `${prefix}/data/charts/${id}.png`;
        const response = await page.request.get(baseUrl() + path);
        const size = readPngSize(await response.body());
        expect(size?.width, path).toBe(1200);
        // Decoded by Chromium into a canvas: the share of dark pixels in bands at the top (title),
        // the middle (chart) and the bottom (date and address) of the image.
        const ink = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const g = canvas.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const band = (top: number, height: number) => {
            const { data } = g.getImageData(0, Math.round(top), canvas.width, Math.round(height));
            let dark = 0;
            for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 160) dark++;
            return dark / (data.length / 4);
          };
          const h = canvas.height;
          return {
            width: img.naturalWidth,
            top: band(20, 60),
            middle: band(h * 0.3, h * 0.4),
            bottom: band(h - 70, 60),
          };
        }, path);
        expect(ink.width, path).toBe(1200);
        expect(ink.top, `${path}: title`).toBeGreaterThan(0.01);
        expect(ink.middle, `${path}: chart`).toBeGreaterThan(0.005);
        expect(ink.bottom, `${path}: date and address`).toBeGreaterThan(0.005);
      }
    },
  );
});

/** A page on another local port (another origin) that holds some HTML. */
async function partnerSite(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Partner</title><body>${html}</body></html>`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

describe.each(LANGUAGES)('chart links and embeds (%s)', (_locale, prefix) => {
  it('each chart on /figures/ has its PNG, its link and an embed code of its embed page', async () => {
    const page = await open(`${prefix}/figures/`);
    const blocks = await page.locator('.chart-block').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        png: el.querySelector('a[type="image/png"]')?.getAttribute('href'),
        fields: [...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.chart-share [data-copy-field]')].map(
          (f) => f.value,
        ),
      })),
    );
    expect(blocks.map((b) => b.id).sort()).toEqual(chartIds);
    for (const b of blocks) {
      expect(b.png).toBe(`${prefix}/data/charts/${b.id}.png`);
      const [link, code] = b.fields;
      expect(new URL(link!).pathname + new URL(link!).hash).toBe(`${prefix}/figures/#${b.id}`);
      expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+${prefix}/embed/chart/${b.id}/" title="[^"]+"`));
    }
  });

  it('copies the link with the Copy button', async () => {
    const page = await open(`${prefix}/figures/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const share = page.locator('.chart-share copy-text').first();
    await share.locator('button').click();
    await expect.poll(() => share.locator('[data-copy-status]').innerText()).not.toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await share.locator('[data-copy-field]').inputValue(),
    );
  });

  it('the embed code, pasted in a page of another origin, shows the chart with its sources and a link back; other pages refuse the frame', async () => {
    const figuresPage = await open(`${prefix}/figures/`);
    const codes = await figuresPage
      .locator('.chart-share textarea[data-copy-field]')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    // The code names the public site; here the same pages are served by the test server.
    const local = codes.map((c) => c.replace(/src="https?:\/\/[^/]+\//, `src="${baseUrl()}/`));
    const refused = [`${prefix}/press/`, `${prefix}/figures/`].map((p) => `<iframe src="${baseUrl()}${p}"></iframe>`);
    const partner = await partnerSite([...local, ...refused].join('\n'));
    try {
      // Not a watched page: it talks to two local hosts, the partner's and the site's.
      const context = await figuresPage
        .context()
        .browser()!
        .newContext({ viewport: { width: 1280, height: 900 } });
      const elsewhere: string[] = [];
      const allowed = new Set([new URL(baseUrl()).host, new URL(partner.url).host]);
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol.startsWith('http') && !allowed.has(url.host)) {
          elsewhere.push(url.href);
          return route.abort('blockedbyclient');
        }
        return route.continue();
      });
      const page = await context.newPage();
      await page.goto(partner.url, { waitUntil: 'load' });
      const frames = page.locator('iframe');
      for (let i = 0; i < codes.length; i++) {
        // The code asks the frame to load lazily: it loads once scrolled to.
        await frames.nth(i).scrollIntoViewIfNeeded();
        const frame = frames.nth(i).contentFrame();
        await frame.locator('main').waitFor();
        expect(await frame.locator('.chart-frame svg[role="img"]').isVisible(), codes[i]).toBe(true);
        expect(await frame.locator('.chart-sources a[href^="http"]').count(), codes[i]).toBeGreaterThan(0);
        expect(await frame.locator('.chart-asof').innerText(), codes[i]).toMatch(/\d{4}/);
        const back = await frame.locator('.chart-embed-back a').getAttribute('href');
        expect(back, codes[i]).toMatch(new RegExp(`^${prefix}/figures/#[a-z0-9-]+$`));
        // The frame is tall enough for its chart, sources and link: nothing hidden below its edge.
        const fit = await frame.locator('html').evaluate((html) => html.scrollHeight - window.innerHeight);
        expect(fit, `${codes[i]}: content taller than the frame`).toBeLessThanOrEqual(0);
      }
      for (let i = codes.length; i < codes.length + refused.length; i++) {
        await frames.nth(i).scrollIntoViewIfNeeded();
        expect(await frames.nth(i).contentFrame().locator('main').count(), refused[i - codes.length]).toBe(0);
      }
      expect(elsewhere, 'requests to a third host').toEqual([]);
      await context.close();
    } finally {
      await new Promise((ok) => partner.server.close(ok));
    }
  });

  it('the embed pages ask not to be indexed, are not in the sitemap, and are axe clean', async () => {
    const sitemap = readSitemap().urls.map((u) => u.path);
    expect(sitemap.filter((p) => p.includes('/embed/'))).toEqual([]);
    expect(sitemap).toContain(`${prefix}/press/`);
    for (const viewport of [
      { width: 800, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await open(`${prefix}/embed/chart/${chartIds[0]}/`, viewport);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(describeFindings(`${prefix}/embed/chart/`, await axeFindings(page))).toBe('');
    }
  });
});
