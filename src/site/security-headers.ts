/**
 * The HTTP headers the site asks static hosts to send (dist/_headers), from
 * the list of built pages and the Content-Security-Policy their <meta> tags
 * carry.
 *
 * Why one rule per section rather than one for every path: a page can be
 * framed or not, and only a header can say so (browsers ignore
 * frame-ancestors in a <meta> policy). The embed pages (/embed/…) exist to be
 * put in an <iframe> on other sites, every other page must not be framed
 * (clickjacking). A rule for "/*" and another for "/embed/*" would both
 * match an embed page, and hosts combine such rules differently (Cloudflare
 * Pages sends both values, which the browser enforces together; Netlify keeps
 * one). So the policy goes on rules that never overlap: "/" and each section
 * ("/members/*", "/fr/members/*", …), listed from the built pages so a new
 * section is covered without editing anything; a page at the top of a
 * language (a home page, /404.html) gets a rule for each address it is served
 * at, as a rule without "*" matches one path exactly. Only headers that are the
 * same everywhere go on "/*". An unknown top-level address ("/nothing") served
 * the 404 page by a host matches "/*" only: that page keeps its <meta> policy.
 */
import { parsePolicy, serializePolicy } from './csp.ts';
import type { HeaderRule } from './headers-file.ts';

/** Sent with every file. */
export const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Powerful features no page uses, off for the page and anything it frames.
  // browsing-topics is the successor of FLoC's interest-cohort, which Chromium
  // no longer knows and would report as an error in the console.
  [
    'Permissions-Policy',
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  ],
];

/** Astro's hashed file names change with their content, so browsers may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Who may frame a page. The embed is read-only public information whose links
 * open in the top window, so there is nothing to trick a visitor into
 * clicking: any site may frame it.
 */
export const FRAME_ANCESTORS = { page: "'none'", embed: '*' } as const;

/**
 * The rule path covering a built page: the page itself for the home pages and
 * files at the top (/404.html), else its section ("/members/*").
 * `page` is a site path without the base ("/fr/members/x/").
 */
export function sectionPattern(page: string, localePrefixes: readonly string[]): string {
  const segments = page.split('/').filter(Boolean);
  const prefix = segments.length > 0 && localePrefixes.includes(segments[0]!) ? 1 : 0;
  const rest = segments.slice(prefix);
  if (rest.length === 0 || (rest.length === 1 && !page.endsWith('/'))) return page;
  return `/${segments.slice(0, prefix + 1).join('/')}/*`;
}

/**
 * The rule paths of a built page's section: the section pattern, and for a page covered by itself
 * (a home page, /404.html) the other addresses hosts serve it at, since a rule without "*" matches
 * one path exactly: "/fr/" is also "/fr/index.html", "/404.html" is also "/404" (Cloudflare Pages
 * drops ".html").
 */
export function sectionPatterns(page: string, localePrefixes: readonly string[]): string[] {
  const section = sectionPattern(page, localePrefixes);
  if (section !== page) return [section];
  if (page.endsWith('/')) return [page, `${page}index.html`];
  if (page.endsWith('.html')) return [page, page.slice(0, -'.html'.length)];
  return [page];
}

export function isEmbedPattern(pattern: string, localePrefixes: readonly string[]): boolean {
  const segments = pattern.split('/').filter(Boolean);
  const first = segments.length > 0 && localePrefixes.includes(segments[0]!) ? segments[1] : segments[0];
  return first === 'embed';
}

export interface SiteHeadersInput {
  /** Every built HTML page, as site paths without the base ("/", "/members/x/", "/404.html"). */
  pages: string[];
  /** The Content-Security-Policy of the pages' <meta> tags (their union if they differ). */
  policy: string;
  /** The site's base path ("/" or "/sub-folder/"). */
  base: string;
  /** The URL prefixes of the languages other than the default ("fr"). */
  localePrefixes: readonly string[];
}

/**
 * A policy without the directives only this file decides: who may frame a page is said once, by
 * the rule (a frame-ancestors already in the policy would win, as browsers keep the first).
 */
export function withoutFraming(policy: string): string {
  return serializePolicy(new Map([...parsePolicy(policy)].filter(([name]) => name !== 'frame-ancestors')));
}

export function siteHeaderRules({ pages, policy: given, base, localePrefixes }: SiteHeadersInput): HeaderRule[] {
  const policy = withoutFraming(given);
  const root = base.replace(/\/?$/, '/');
  const at = (pattern: string) => root + pattern.replace(/^\//, '');
  const sections = [...new Set(pages.flatMap((p) => sectionPatterns(p, localePrefixes)))].sort();
  const rules: HeaderRule[] = [
    { path: at('/*'), headers: COMMON_HEADERS },
    { path: at('/_astro/*'), headers: [['Cache-Control', IMMUTABLE]] },
  ];
  for (const section of sections) {
    const embed = isEmbedPattern(section, localePrefixes);
    const headers: [string, string][] = [
      ['Content-Security-Policy', `${policy}; frame-ancestors ${FRAME_ANCESTORS[embed ? 'embed' : 'page']}`],
    ];
    // For browsers that predate frame-ancestors.
    if (!embed) headers.push(['X-Frame-Options', 'DENY']);
    rules.push({ path: at(section), headers });
  }
  return rules;
}

/**
 * The rule of the web editor (/admin/*): its own Content-Security-Policy
 * (`policy`, from src/editor/policy.ts, which its page also carries in a
 * <meta>), never framed, never indexed. No other section covers /admin/: the
 * editor's page is written after the site's pages are listed, so it is not
 * among those `siteHeaderRules` covers.
 */
export function editorHeaderRule(base: string, policy: string): HeaderRule {
  return {
    path: `${base.replace(/\/?$/, '/')}admin/*`,
    headers: [
      ['Content-Security-Policy', `${policy}; frame-ancestors ${FRAME_ANCESTORS.page}`],
      ['X-Frame-Options', 'DENY'],
      ['X-Robots-Tag', 'noindex, nofollow'],
      ['Cache-Control', 'no-cache'],
    ],
  };
}
