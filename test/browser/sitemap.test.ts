/**
 * The sitemap and robots.txt against the built site: the sitemap lists
 * exactly the HTML pages of dist/ (both languages) but the 404 and embed
 * pages, with absolute addresses, hreflang alternates and the page's own
 * canonical address; robots.txt keeps crawlers out of the embeds only.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser.ts';
import { htmlPages, readPage } from './support/dist.ts';
import { readSitemap, robotsSitemapUrl } from './support/sitemap.ts';

/** Pages built on purpose but not for search engines. */
const excluded = (path: string) => /^\/(fr\/)?404(\.html|\/)$/.test(path) || /^\/(fr\/)?embed\//.test(path);

const { root, urls } = readSitemap();
const paths = urls.map((u) => u.path);

describe('sitemap.xml', () => {
  it('is served as XML at the site root', async () => {
    const res = await fetch(baseUrl() + '/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    expect(new URL(robotsSitemapUrl()).pathname).toBe(new URL(root).pathname + 'sitemap.xml');
  });

  it('lists exactly the built HTML pages, except the 404 and embed pages', () => {
    const built = htmlPages().filter((p) => !excluded(p));
    expect(built.length).toBeGreaterThan(100);
    // A page missing from the sitemap: add its route to src/data/site-pages.ts.
    expect([...paths].sort(), 'sitemap paths vs built pages (see src/data/site-pages.ts)').toEqual(built);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('gives absolute addresses under the configured site and base path', () => {
    for (const u of urls) expect(u.loc.startsWith(root), u.loc).toBe(true);
    expect(root).toMatch(/^https?:\/\/[^/]+\/(.+\/)?$/);
  });

  it('lists each page in both languages, each naming both as alternates and English as x-default', () => {
    const locs = new Set(urls.map((u) => u.loc));
    for (const u of urls) {
      const english = u.path.replace(/^\/fr\//, '/');
      const { en, fr, 'x-default': fallback } = u.alternates;
      expect(Object.keys(u.alternates).sort(), u.path).toEqual(['en', 'fr', 'x-default']);
      expect(en, u.path).toBe(root + english.slice(1));
      expect(fr, u.path).toBe(root + 'fr' + english);
      expect(fallback, u.path).toBe(en);
      expect(locs.has(en!) && locs.has(fr!), u.path).toBe(true);
    }
    expect(paths.filter((p) => p.startsWith('/fr/'))).toHaveLength(paths.length / 2);
  });

  it('gives each page its canonical address, and lists no page marked noindex', () => {
    for (const u of urls) {
      const html = readPage(u.path);
      expect(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1], u.path).toBe(u.loc);
      expect(html, u.path).not.toMatch(/<meta name="robots" content="[^"]*noindex/);
    }
  });
});

describe('robots.txt', () => {
  it('allows everything but the embeds, and points to the sitemap by its absolute address', async () => {
    const res = await fetch(baseUrl() + '/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    const base = new URL(root).pathname;
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text.match(/^Disallow: .*$/gm)).toEqual([`Disallow: ${base}embed/`, `Disallow: ${base}fr/embed/`]);
    expect(text).toContain(`Sitemap: ${root}sitemap.xml`);
  });

  it('matches the embed pages, which tell search engines not to index them', () => {
    const embeds = htmlPages().filter((p) => /^\/(fr\/)?embed\//.test(p));
    expect(embeds.length).toBeGreaterThanOrEqual(2);
    for (const p of embeds) expect(readPage(p), p).toContain('<meta name="robots" content="noindex">');
  });
});
