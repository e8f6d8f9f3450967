/**
 * The sitemap and robots.txt as text. Every page exists in every language
 * (English unprefixed, French under /fr/), so a page is named once by its
 * unprefixed path and this module writes one <url> per language, each listing
 * all the languages as hreflang alternates plus x-default (the default
 * language). Pure: the caller passes the function that turns a locale and a
 * path into an absolute address (site URL, base path, locale prefix).
 */
import { escapeXml } from '../util/escape.ts';

/** An absolute URL of a page in a locale, e.g. ('fr', '/members/') → 'https://…/fr/members/'. */
export type PageUrl<L extends string> = (locale: L, path: string) => string;

export interface SitemapAlternate {
  /** A language code, or "x-default" for the page to show when no language matches. */
  hreflang: string;
  href: string;
}

export interface SitemapEntry {
  loc: string;
  alternates: SitemapAlternate[];
}

/**
 * One entry per page and locale, in the order of `paths` then `locales`;
 * duplicate paths are listed once. `locales[0]` is the default (x-default).
 */
export function sitemapEntries<L extends string>(
  paths: readonly string[],
  locales: readonly [L, ...L[]],
  pageUrl: PageUrl<L>,
): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  for (const path of new Set(paths)) {
    const alternates: SitemapAlternate[] = locales.map((l) => ({ hreflang: l, href: pageUrl(l, path) }));
    alternates.push({ hreflang: 'x-default', href: pageUrl(locales[0], path) });
    for (const locale of locales) entries.push({ loc: pageUrl(locale, path), alternates });
  }
  return entries;
}

/** The sitemap document (sitemaps.org protocol, with xhtml:link alternates). */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const links = e.alternates.map(
      (a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
    );
    return ['  <url>', `    <loc>${escapeXml(e.loc)}</loc>`, ...links, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: every crawler may read everything but `disallow` (site paths), and learns where the sitemap is. */
export function robotsTxt(sitemapUrl: string, disallow: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', ...disallow.map((p) => `Disallow: ${p}`), '', `Sitemap: ${sitemapUrl}`, ''].join(
    '\n',
  );
}
