/**
 * Reading the built sitemap: the sitemap index that robots.txt names
 * (dist/sitemap-index.xml, written by @astrojs/sitemap), the sitemaps it
 * lists, and their addresses, as absolute URLs and as site paths that the
 * test server serves (the configured base path removed), with their hreflang
 * alternates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';

export interface SitemapUrl {
  loc: string;
  /** The page's path under the site's base ("/fr/members/genethon/"). */
  path: string;
  /** hreflang → absolute URL. */
  alternates: Record<string, string>;
}

/** The absolute address of the sitemap index that robots.txt announces. */
export function robotsSitemapUrl(): string {
  const line = readFileSync(join(DIST, 'robots.txt'), 'utf8').match(/^Sitemap: (\S+)$/m);
  if (!line) throw new Error('dist/robots.txt names no sitemap');
  return line[1]!;
}

const unescape = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]!,
  );

/** A site path under `root` ("/fr/members/"), or the address itself when it is not under it. */
const pathUnder = (root: string, url: string) => (url.startsWith(root) ? '/' + url.slice(root.length) : url);

/** The built file at an absolute address under `root`. */
const readBuilt = (root: string, url: string) => {
  if (!url.startsWith(root)) throw new Error(`${url} is not under the site root ${root}`);
  return readFileSync(join(DIST, url.slice(root.length)), 'utf8');
};

/**
 * The sitemap index and every <url> of the sitemaps it lists. The site root
 * (site address and base path) is where the index is (see robots.txt).
 */
export function readSitemap(): { root: string; sitemaps: string[]; urls: SitemapUrl[] } {
  const indexUrl = robotsSitemapUrl();
  const root = new URL('.', indexUrl).href;
  const index = readBuilt(root, indexUrl);
  const sitemaps = [...index.matchAll(/<sitemap>\s*<loc>([^<]*)<\/loc>/g)].map(([, loc]) => unescape(loc!));
  const urls = sitemaps.flatMap((sitemap) =>
    [...readBuilt(root, sitemap).matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => {
      const loc = unescape(body!.match(/<loc>([^<]*)<\/loc>/)![1]!);
      const alternates: Record<string, string> = {};
      for (const [, lang, href] of body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g))
        alternates[lang!] = unescape(href!);
      return { loc, path: pathUnder(root, loc), alternates };
    }),
  );
  return { root, sitemaps, urls };
}
