/**
 * The sitemap and robots.txt against the built site: robots.txt names the
 * sitemap index (written by @astrojs/sitemap); the sitemaps it lists name
 * together exactly the HTML pages of dist/ (both languages) but the 404 and
 * embed pages, with absolute addresses, hreflang alternates in both languages
 * plus x-default, and the page's own canonical address; robots.txt keeps
 * crawlers out of the embeds only. The page list comes from the build alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser.ts';
import { DIST, htmlPages, readPage } from './support/dist.ts';
import { readSitemap, robotsSitemapUrl } from './support/sitemap.ts';

/** Pages built on purpose but not for search engines. */
const excluded = (path: string) => /^\/(fr\/)?404(\.html|\/)$/.test(path) || /^\/(fr\/)?embed\//.test(path);

const { root, sitemaps, urls } = readSitemap();
const paths = urls.map((u) => u.path);
const built = htmlPages();

describe('sitemap index', () => {
  it('is served as XML at the site root, where robots.txt says it is', async () => {
    expect(new URL(robotsSitemapUrl()).href).toBe(root + 'sitemap-index.xml');
    const res = await fetch(baseUrl() + '/sitemap-index.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    expect(await res.text()).toMatch(/<sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  });

  it('lists the sitemaps by absolute address, each served as XML', async () => {
    expect(existsSync(join(DIST, 'sitemap.xml')), 'a second, hand-written sitemap').toBe(false);
    expect(sitemaps.length).toBeGreaterThanOrEqual(1);
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(root), sitemap).toBe(true);
      expect(sitemap.slice(root.length), sitemap).toMatch(/^sitemap-\d+\.xml$/);
      const res = await fetch(baseUrl() + '/' + sitemap.slice(root.length));
      expect(res.status, sitemap).toBe(200);
      expect(res.headers.get('content-type'), sitemap).toMatch(/xml/);
    }
  });
});

describe('sitemaps', () => {
  it('list exactly the built HTML pages, except the 404 and embed pages', () => {
    const indexable = built.filter((p) => !excluded(p));
    expect(indexable.length).toBeGreaterThan(100);
    expect([...paths].sort(), 'sitemap paths vs built pages').toEqual(indexable);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('give absolute addresses under the configured site and base path', () => {
    expect(root).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
    for (const u of urls) expect(u.loc.startsWith(root), u.loc).toBe(true);
  });

  it('list each page in both languages, each naming both as alternates and English as x-default', () => {
    const locs = new Set(urls.map((u) => u.loc));
    const builtPaths = new Set(built);
    for (const u of urls) {
      const english = u.path.replace(/^\/fr\//, '/');
      const { en, fr, 'x-default': fallback } = u.alternates;
      expect(Object.keys(u.alternates).sort(), u.path).toEqual(['en', 'fr', 'x-default']);
      expect(en, u.path).toBe(root + english.slice(1));
      expect(fr, u.path).toBe(root + 'fr' + english);
      expect(fallback, u.path).toBe(en);
      for (const alternate of [en!, fr!]) {
        expect(locs.has(alternate), alternate).toBe(true);
        expect(builtPaths.has('/' + alternate.slice(root.length)), alternate).toBe(true);
      }
    }
    expect(paths.filter((p) => p.startsWith('/fr/'))).toHaveLength(paths.length / 2);
  });

  it('give each page its canonical address, and list no page marked noindex', () => {
    for (const u of urls) {
      const html = readPage(u.path);
      expect(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1], u.path).toBe(u.loc);
      expect(html, u.path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
    }
  });
});

describe('robots.txt', () => {
  it('allows everything but the embeds and the web editor, and points to the sitemap index by its absolute address', async () => {
    const res = await fetch(baseUrl() + '/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    const base = new URL(root).pathname;
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text.match(/^Disallow: .*$/gm)).toEqual([
      `Disallow: ${base}embed/`,
      `Disallow: ${base}fr/embed/`,
      `Disallow: ${base}admin/`,
    ]);
    expect(text.match(/^Sitemap: .*$/gm)).toEqual([`Sitemap: ${root}sitemap-index.xml`]);
  });

  it('matches the embed pages, which tell search engines not to index them', () => {
    const embeds = built.filter((p) => /^\/(fr\/)?embed\//.test(p));
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    for (const p of embeds) expect(readPage(p), p).toContain('<meta name="robots" content="noindex">');
  });
});
