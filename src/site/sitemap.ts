/**
 * What the site adds to @astrojs/sitemap (configured in astro.config.mjs).
 * The integration lists the pages the build wrote, so no route list is kept
 * by hand, and its i18n option gives each address one hreflang alternate per
 * language the page exists in. Two things it needs from the site: which built
 * pages to leave out (the embeddable frames, which ask not to be indexed, and
 * the 404 pages, which it drops itself today but which are named here too, so
 * that the rule does not rest on that), and the x-default alternate (the
 * default language's page), which its i18n option does not write: this is
 * the only hand-written part of the sitemap.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { DEFAULT_LOCALE, LOCALES } from '../model/constants.ts';
import { NOINDEX_PREFIXES } from './robots.ts';

/** Where the integration writes the sitemap index (its default file name), under the site's base path. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The locale prefixes of page paths: '' for the default language, then 'fr/' and the like. */
const LOCALE_PREFIXES = LOCALES.map((l) => (l === DEFAULT_LOCALE ? '' : `${l}/`));

/** Paths under the site root (no leading slash) that the sitemap leaves out, in every language. */
const EXCLUDED_PAGES = new Set(LOCALE_PREFIXES.flatMap((l) => [`${l}404/`, `${l}404.html`]));
const EXCLUDED_PREFIXES = LOCALE_PREFIXES.flatMap((l) => NOINDEX_PREFIXES.map((p) => l + p.slice(1)));

/**
 * The integration's `filter`: whether the page at an absolute address belongs
 * in the sitemap. `root` is the site's address with its base path
 * ("https://example.org/sub/"); an address outside it is left out.
 */
export function sitemapFilter(root: string): (page: string) => boolean {
  const base = root.endsWith('/') ? root : `${root}/`;
  return (page) => {
    if (!page.startsWith(base)) return false;
    const path = page.slice(base.length);
    return !EXCLUDED_PAGES.has(path) && !EXCLUDED_PREFIXES.some((p) => path.startsWith(p));
  };
}

/**
 * The integration's `serialize`: adds the x-default alternate, the default
 * language's address, to an item that has alternates. The default language's
 * link is the one whose hreflang is the locale code itself, as the i18n option
 * in astro.config.mjs maps each locale to its own code. The integration shares
 * one links array between the language versions of a page, so this returns a
 * new one rather than appending to it.
 */
export function withXDefault(item: SitemapItem): SitemapItem {
  const fallback = item.links?.find((l) => l.lang === DEFAULT_LOCALE);
  if (!item.links || !fallback || item.links.some((l) => l.lang === 'x-default')) return item;
  return { ...item, links: [...item.links, { url: fallback.url, lang: 'x-default' }] };
}
