/**
 * /sitemap.xml: every indexable page in both languages, with absolute
 * addresses from the configured site URL and base path, and hreflang
 * alternates. The page list comes from src/data/site-pages.ts.
 */
import type { APIRoute } from 'astro';
import { sitePagePaths } from '../data/site-pages.ts';
import { localizePath } from '../i18n/index.ts';
import { LOCALES } from '../model/constants.ts';
import { sitemapEntries, sitemapXml } from '../site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs has no "site": the sitemap needs absolute addresses');
  const entries = sitemapEntries(
    await sitePagePaths(),
    LOCALES,
    (locale, path) => new URL(localizePath(locale, path), site).href,
  );
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
