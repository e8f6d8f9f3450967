/**
 * /robots.txt: crawlers may read everything but the embeddable frames (in
 * every language) and the web editor, and are told the sitemap index's absolute address.
 */
import type { APIRoute } from 'astro';
import { localizePath } from '../i18n/index.ts';
import { LOCALES } from '../model/constants.ts';
import { NOINDEX_PREFIXES, NOINDEX_UNLOCALIZED, robotsTxt } from '../site/robots.ts';
import { SITEMAP_INDEX_PATH } from '../site/sitemap.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs has no "site": robots.txt needs the sitemap\'s absolute address');
  const disallow = [
    ...NOINDEX_PREFIXES.flatMap((prefix) => LOCALES.map((locale) => localizePath(locale, prefix))),
    ...NOINDEX_UNLOCALIZED.map((path) => localizePath('en', path)),
  ];
  const sitemap = new URL(localizePath('en', SITEMAP_INDEX_PATH), site).href;
  return new Response(robotsTxt(sitemap, disallow), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
