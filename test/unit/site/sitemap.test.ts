import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapEntries, sitemapXml } from '../../../src/site/sitemap.ts';

const SITE = 'https://example.org/sub/';
const pageUrl = (locale: 'en' | 'fr', path: string) =>
  new URL((locale === 'en' ? '' : `${locale}/`) + path.replace(/^\//, ''), SITE).href;

describe('sitemapEntries', () => {
  const entries = sitemapEntries(['/', '/members/genethon/'], ['en', 'fr'], pageUrl);

  it('lists every page once per locale, default locale first', () => {
    expect(entries.map((e) => e.loc)).toEqual([
      'https://example.org/sub/',
      'https://example.org/sub/fr/',
      'https://example.org/sub/members/genethon/',
      'https://example.org/sub/fr/members/genethon/',
    ]);
  });

  it('gives each language version the same alternates: every locale and x-default (the default locale)', () => {
    const [en, fr] = entries.slice(2);
    const expected = [
      { hreflang: 'en', href: 'https://example.org/sub/members/genethon/' },
      { hreflang: 'fr', href: 'https://example.org/sub/fr/members/genethon/' },
      { hreflang: 'x-default', href: 'https://example.org/sub/members/genethon/' },
    ];
    expect(en!.alternates).toEqual(expected);
    expect(fr!.alternates).toEqual(expected);
  });

  it('lists a path given twice only once', () => {
    expect(sitemapEntries(['/a/', '/a/'], ['en', 'fr'], pageUrl)).toHaveLength(2);
  });
});

describe('sitemapXml', () => {
  it('writes a urlset with the xhtml namespace and one url element per entry', () => {
    const xml = sitemapXml(sitemapEntries(['/about/'], ['en', 'fr'], pageUrl));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://example.org/sub/fr/about/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/sub/about/"/>');
  });

  it('escapes XML special characters in addresses', () => {
    const xml = sitemapXml([
      { loc: 'https://example.org/?a=1&b=<2>', alternates: [{ hreflang: 'en', href: 'https://example.org/"q\'' }] },
    ]);
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>');
    expect(xml).toContain('href="https://example.org/&quot;q&#39;"');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('writes an empty urlset for no pages', () => {
    expect(sitemapXml([])).toContain('<urlset');
    expect(sitemapXml([])).not.toContain('<url>');
  });
});

describe('robotsTxt', () => {
  it('allows everything but the given paths, and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap.xml', ['/embed/', '/fr/embed/'])).toBe(
      'User-agent: *\nAllow: /\nDisallow: /embed/\nDisallow: /fr/embed/\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
