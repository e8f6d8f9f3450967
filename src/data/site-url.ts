/** Absolute addresses of the site's pages and files, from Astro's `site` and base path (for feeds and data files). */
import type { Locale } from '../model/constants.ts';
import { localizePath } from '../i18n/index.ts';

/** The site's public address (astro.config.mjs `site`, set from SITE_URL). */
const SITE = import.meta.env.SITE ?? 'https://www.medicen.org';

/** The absolute address of a site path in a locale, base path included. */
export function absoluteUrl(locale: Locale, path: string): string {
  return new URL(localizePath(locale, path), SITE).href;
}

/** The site's host name ("www.medicen.org"), the same in every language. */
export function siteHost(): string {
  return new URL(SITE).host;
}
