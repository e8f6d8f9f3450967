/**
 * Reading the built sitemap (dist/sitemap.xml): its addresses, as absolute
 * URLs and as site paths that the test server serves (the configured base
 * path removed), with their hreflang alternates.
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

/** The absolute sitemap URL that robots.txt announces. */
export function robotsSitemapUrl(): string {
  const line = readFileSync(join(DIST, 'robots.txt'), 'utf8').match(/^Sitemap: (\S+)$/m);
  if (!line) throw new Error('dist/robots.txt names no sitemap');
  return line[1]!;
}

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/** Every <url> of dist/sitemap.xml. The site root is where the sitemap is (see robots.txt). */
export function readSitemap(): { root: string; xml: string; urls: SitemapUrl[] } {
  const root = new URL('.', robotsSitemapUrl()).href;
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => {
    const loc = unescape(body!.match(/<loc>([^<]*)<\/loc>/)![1]!);
    const alternates: Record<string, string> = {};
    for (const [, lang, href] of body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g))
      alternates[lang!] = unescape(href!);
    return { loc, path: loc.startsWith(root) ? '/' + loc.slice(root.length) : loc, alternates };
  });
  return { root, xml, urls };
}
