import { describe, expect, it } from 'vitest';
import { headersFor } from '../../../src/site/headers-file.ts';
import {
  COMMON_HEADERS,
  IMMUTABLE,
  isEmbedPattern,
  sectionPattern,
  sectionPatterns,
  siteHeaderRules,
} from '../../../src/site/security-headers.ts';

const PAGES = [
  '/',
  '/404.html',
  '/about/',
  '/members/',
  '/members/genethon/',
  '/members/department/91/',
  '/embed/map/',
  '/fr/',
  '/fr/404/',
  '/fr/members/genethon/',
  '/fr/embed/map/',
];
const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='";
const rules = siteHeaderRules({ pages: PAGES, policy: POLICY, base: '/', localePrefixes: ['fr'] });
const names = (path: string, base = rules) => headersFor(base, path).map(([name]) => name);
const value = (path: string, name: string) => headersFor(rules, path).find(([n]) => n === name)?.[1];

describe('sectionPattern', () => {
  it('covers a page by its section, or by itself at the top of a language', () => {
    expect(sectionPattern('/', ['fr'])).toBe('/');
    expect(sectionPattern('/404.html', ['fr'])).toBe('/404.html');
    expect(sectionPattern('/members/', ['fr'])).toBe('/members/*');
    expect(sectionPattern('/members/department/91/', ['fr'])).toBe('/members/*');
    expect(sectionPattern('/fr/', ['fr'])).toBe('/fr/');
    expect(sectionPattern('/fr/members/genethon/', ['fr'])).toBe('/fr/members/*');
    // Without French as a language, /fr/ would be a section like any other.
    expect(sectionPattern('/fr/members/genethon/', [])).toBe('/fr/*');
  });

  it('covers a page at the top of a language at every address it is served at', () => {
    expect(sectionPatterns('/', ['fr'])).toEqual(['/', '/index.html']);
    expect(sectionPatterns('/fr/', ['fr'])).toEqual(['/fr/', '/fr/index.html']);
    expect(sectionPatterns('/404.html', ['fr'])).toEqual(['/404.html', '/404']);
    expect(sectionPatterns('/fr/404/', ['fr'])).toEqual(['/fr/404/*']);
  });

  it('tells embed sections apart, in every language', () => {
    expect(isEmbedPattern('/embed/*', ['fr'])).toBe(true);
    expect(isEmbedPattern('/fr/embed/*', ['fr'])).toBe(true);
    expect(isEmbedPattern('/members/*', ['fr'])).toBe(false);
    expect(isEmbedPattern('/fr/', ['fr'])).toBe(false);
  });
});

describe('siteHeaderRules', () => {
  it('sends the common headers with every file, and a year of cache for hashed assets only', () => {
    for (const path of ['/', '/members/genethon/', '/data/organizations.json', '/_astro/x.js']) {
      for (const [name, v] of COMMON_HEADERS) expect(value(path, name), `${path} ${name}`).toBe(v);
    }
    expect(value('/_astro/Base.B5rR_wvS.css', 'Cache-Control')).toBe(IMMUTABLE);
    expect(value('/members/genethon/', 'Cache-Control')).toBeUndefined();
    expect(value('/pagefind/pagefind-entry.json', 'Cache-Control')).toBeUndefined();
  });

  it('gives every page the policy once, forbids framing except for the embeds', () => {
    for (const page of PAGES) {
      expect(
        names(page).filter((n) => n === 'Content-Security-Policy'),
        page,
      ).toHaveLength(1);
      const embed = page.includes('/embed/');
      expect(value(page, 'Content-Security-Policy')).toBe(`${POLICY}; frame-ancestors ${embed ? '*' : "'none'"}`);
      expect(value(page, 'X-Frame-Options')).toBe(embed ? undefined : 'DENY');
    }
  });

  it('gives the home pages and the 404 pages the policy at their other addresses too', () => {
    for (const path of [
      '/index.html',
      '/fr/index.html',
      '/404',
      '/fr/404/index.html',
      '/members/genethon/index.html',
    ]) {
      expect(value(path, 'Content-Security-Policy'), path).toBe(`${POLICY}; frame-ancestors 'none'`);
      expect(value(path, 'X-Frame-Options'), path).toBe('DENY');
    }
    expect(value('/fr/embed/map/index.html', 'Content-Security-Policy'), 'embed').toBe(`${POLICY}; frame-ancestors *`);
  });

  it('never sets one header twice for a path, since hosts combine overlapping rules differently', () => {
    const probes = [
      ...PAGES,
      '/index.html',
      '/fr/index.html',
      '/404',
      '/members/x/y/',
      '/_astro/a.js',
      '/fr/embed/other/',
      '/unknown/',
    ];
    for (const path of probes) {
      const list = names(path);
      expect(new Set(list).size, `${path}: ${list.join(', ')}`).toBe(list.length);
    }
  });

  it('puts every rule under the base path of a site in a sub-folder', () => {
    const sub = siteHeaderRules({ pages: PAGES, policy: POLICY, base: '/medicen', localePrefixes: ['fr'] });
    expect(sub.map((r) => r.path).every((p) => p.startsWith('/medicen/'))).toBe(true);
    expect(sub.map((r) => r.path)).toContain('/medicen/fr/embed/*');
    expect(names('/medicen/members/genethon/', sub)).toContain('Content-Security-Policy');
  });
});
