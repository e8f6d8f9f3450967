/**
 * robots.txt as text, and the pages it keeps crawlers out of. The sitemap
 * (src/site/sitemap.ts) leaves the same pages out.
 */

/** The path prefixes (unprefixed: each holds in every language) that search engines should not index: the embeddable frames. */
export const NOINDEX_PREFIXES = ['/embed/'] as const;

/** Paths crawlers should not read that exist once, in no language: the web editor (src/editor/). */
export const NOINDEX_UNLOCALIZED = ['/admin/'] as const;

/** robots.txt: every crawler may read everything but `disallow` (site paths), and learns where the sitemap is. */
export function robotsTxt(sitemapUrl: string, disallow: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', ...disallow.map((p) => `Disallow: ${p}`), '', `Sitemap: ${sitemapUrl}`, ''].join(
    '\n',
  );
}
