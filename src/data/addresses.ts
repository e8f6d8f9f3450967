/**
 * Absolute addresses for a page being rendered, from the configured site URL
 * and base path: its own (canonical) address, its preview image, and any
 * site path made absolute. Structured data and sharing tags need absolute
 * addresses; links in the page stay relative.
 */
import { pageUrl, routeOf, socialImageUrl } from '../site/social-meta.ts';

/** What Astro gives every component: the configured site, and the page's address. */
interface Rendering {
  site: URL | undefined;
  url: URL;
}

export function addressesOf(astro: Rendering) {
  const site = astro.site ?? astro.url.origin;
  const base = import.meta.env.BASE_URL;
  const route = routeOf(astro.url.pathname, base);
  return {
    /** The page's canonical address. */
    page: pageUrl(site, base, route),
    /** The page's preview image. */
    image: socialImageUrl(site, base, route),
    /** A site path (as localizePath gives it, base included) made absolute. */
    absolute: (path: string) => new URL(path, site).href,
    /** The preview image of another page or item, by its site path (/fr/figures/<id>/ for a figure). */
    imageOf: (path: string) => socialImageUrl(site, base, routeOf(path, base)),
  };
}
