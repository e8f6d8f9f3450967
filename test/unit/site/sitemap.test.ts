import { describe, expect, it } from 'vitest';
import type { SitemapItem } from '@astrojs/sitemap';
import { SITEMAP_INDEX_PATH, sitemapFilter, withXDefault } from '../../../src/site/sitemap.ts';

const ROOT = 'https://example.org/sub/';

describe('sitemapFilter', () => {
  const keep = sitemapFilter(ROOT);

  it('keeps the pages of both languages', () => {
    for (const path of ['', 'fr/', 'members/', 'fr/members/genethon/', 'stories/embedded-care/', 'areas/404-lab/'])
      expect(keep(ROOT + path), path).toBe(true);
  });

  it('leaves out the 404 pages and the embeds, in every language', () => {
    for (const path of ['404/', '404.html', 'fr/404/', 'fr/404.html', 'embed/map/', 'fr/embed/map/', 'embed/'])
      expect(keep(ROOT + path), path).toBe(false);
  });

  it('leaves out addresses outside the site root (base path included)', () => {
    expect(keep('https://example.org/members/')).toBe(false);
    expect(keep('https://other.example/sub/members/')).toBe(false);
  });

  it('accepts a root without its final slash', () => {
    const keepNoSlash = sitemapFilter('https://example.org/sub');
    expect(keepNoSlash(ROOT + 'members/')).toBe(true);
    expect(keepNoSlash(ROOT + 'fr/embed/map/')).toBe(false);
  });
});

describe('withXDefault', () => {
  const links = [
    { url: ROOT + 'about/', lang: 'en' },
    { url: ROOT + 'fr/about/', lang: 'fr' },
  ];

  it('adds x-default, the English address, after the language alternates', () => {
    const item: SitemapItem = { url: ROOT + 'fr/about/', links };
    expect(withXDefault(item)).toEqual({
      url: ROOT + 'fr/about/',
      links: [...links, { url: ROOT + 'about/', lang: 'x-default' }],
    });
  });

  it('leaves the links array it was given as it was (the integration shares it between languages)', () => {
    const shared = [...links];
    withXDefault({ url: ROOT + 'about/', links: shared });
    expect(shared).toEqual(links);
  });

  it('adds it once, and not to a page without alternates or without an English version', () => {
    const once = withXDefault(withXDefault({ url: ROOT + 'about/', links }));
    expect(once.links?.filter((l) => l.lang === 'x-default')).toHaveLength(1);
    expect(withXDefault({ url: ROOT + 'x/' })).toEqual({ url: ROOT + 'x/' });
    const frOnly = { url: ROOT + 'fr/x/', links: [{ url: ROOT + 'fr/x/', lang: 'fr' }] };
    expect(withXDefault(frOnly)).toEqual(frOnly);
  });
});

describe('SITEMAP_INDEX_PATH', () => {
  it('is the sitemap index file @astrojs/sitemap writes by default', () => {
    expect(SITEMAP_INDEX_PATH).toBe('/sitemap-index.xml');
  });
});
