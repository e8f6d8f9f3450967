/**
 * The sharing metadata of a page: its canonical address, Open Graph tags
 * (Facebook, LinkedIn, messaging apps) and Twitter card tags, as a list the
 * layout renders into <head>. Every address is absolute, built from the
 * configured site URL and base path (SITE_URL, BASE_PATH), so the site can
 * be hosted under a sub-folder and still be shared correctly.
 */
import { LOCALES, type Locale } from '../model/constants.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './social-image.ts';

/** Open Graph names the languages with a territory. */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_GB', fr: 'fr_FR' };

/** article for a dated text (a success story); website for every other page. */
export type ShareType = 'website' | 'article';

export type HeadTag =
  | { tag: 'link'; rel: 'canonical'; href: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'meta'; name: string; content: string };

export interface SharePage {
  /** The site's public address, e.g. https://www.medicen.org. */
  site: string | URL;
  /** The base path the site is served under: "/" or "/sub-folder/". */
  base: string;
  /** The page's path as served, base included: "/sub-folder/fr/members/genethon/". */
  pathname: string;
  locale: Locale;
  /** The page's title, without the site name. */
  title: string;
  description: string;
  siteName: string;
  type?: ShareType | undefined;
  /** What the preview image shows, for readers who cannot see it. */
  imageAlt: string;
}

/** A base path with one slash at each end: "sub" and "/sub" become "/sub/". */
export function normalizeBase(base: string): string {
  const inner = base.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** A page's path inside the site, without the base or a leading slash: "fr/members/genethon/", "" for the home page. */
export function routeOf(pathname: string, base: string): string {
  const prefix = normalizeBase(base);
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  return path;
}

/**
 * A page's absolute address. The English 404 page is the one file the build
 * writes as 404.html (static hosts serve it for unknown addresses), so that is
 * its address rather than /404/.
 */
export function pageUrl(site: string | URL, base: string, route: string): string {
  const path = route === '404/' ? '404.html' : route;
  return new URL(normalizeBase(base) + path, site).href;
}

/**
 * Routes whose preview image shows only names (an organization's name and
 * towns): one image serves every language. With thousands of organizations
 * these are most of the site's images, so sharing them halves the images
 * drawn and the bytes of dist/ they take.
 */
const LANGUAGE_NEUTRAL = /^members\/(?!(?:area|department)(?:\/|$))[^/]+$/;

/**
 * The name of a page's preview image inside /og/, without ".png": the route
 * without its trailing slash, and "home" for a language's home page
 * ("members/genethon", "home", "fr/home"); an organization's page has one
 * image in every language ("fr/members/genethon/" -> "members/genethon").
 */
export function socialImageName(route: string): string {
  const trimmed = route.replace(/\/+$/, '');
  if (trimmed === '') return 'home';
  if ((LOCALES as readonly string[]).includes(trimmed)) return `${trimmed}/home`;
  const [first, ...rest] = trimmed.split('/');
  const unprefixed = (LOCALES as readonly string[]).includes(first ?? '') ? rest.join('/') : trimmed;
  return LANGUAGE_NEUTRAL.test(unprefixed) ? unprefixed : trimmed;
}

/** The site path of a preview image by its name: "og/members/genethon.png" (no base, no leading slash). */
export function socialImagePath(name: string): string {
  return `og/${name}.png`;
}

/** The absolute address of a page's preview image, by the page's route. */
export function socialImageUrl(site: string | URL, base: string, route: string): string {
  return new URL(normalizeBase(base) + socialImagePath(socialImageName(route)), site).href;
}

/** Every tag a page needs to be shared: canonical link, Open Graph and Twitter card. */
export function shareTags(page: SharePage): HeadTag[] {
  const route = routeOf(page.pathname, page.base);
  const url = pageUrl(page.site, page.base, route);
  const image = socialImageUrl(page.site, page.base, route);
  const og = (property: string, content: string): HeadTag => ({ tag: 'meta', property, content });
  const twitter = (name: string, content: string): HeadTag => ({ tag: 'meta', name, content });
  return [
    { tag: 'link', rel: 'canonical', href: url },
    og('og:type', page.type ?? 'website'),
    og('og:site_name', page.siteName),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', url),
    og('og:locale', OG_LOCALES[page.locale]),
    ...LOCALES.filter((l) => l !== page.locale).map((l) => og('og:locale:alternate', OG_LOCALES[l])),
    og('og:image', image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(SOCIAL_IMAGE_WIDTH)),
    og('og:image:height', String(SOCIAL_IMAGE_HEIGHT)),
    og('og:image:alt', page.imageAlt),
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', page.title),
    twitter('twitter:description', page.description),
    twitter('twitter:image', image),
    twitter('twitter:image:alt', page.imageAlt),
  ];
}
