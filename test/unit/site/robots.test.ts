import { describe, expect, it } from 'vitest';
import { NOINDEX_PREFIXES, robotsTxt } from '../../../src/site/robots.ts';

describe('robotsTxt', () => {
  it('allows everything but the given paths, and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml', ['/embed/', '/fr/embed/'])).toBe(
      'User-agent: *\nAllow: /\nDisallow: /embed/\nDisallow: /fr/embed/\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });
});

describe('NOINDEX_PREFIXES', () => {
  it('are site paths that start and end with a slash', () => {
    for (const p of NOINDEX_PREFIXES) expect(p).toMatch(/^\/.+\/$/);
  });
});
