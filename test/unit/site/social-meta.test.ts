import { describe, expect, it } from 'vitest';
import {
  normalizeBase,
  pageUrl,
  routeOf,
  shareTags,
  socialImageName,
  type HeadTag,
  type SharePage,
} from '../../../src/site/social-meta.ts';

const page = (over: Partial<SharePage> = {}): SharePage => ({
  site: 'https://www.medicen.org',
  base: '/',
  pathname: '/members/genethon/',
  locale: 'en',
  title: 'Généthon',
  description: 'Research organization, Évry-Courcouronnes.',
  siteName: 'Medicen Paris Region',
  imageAlt: 'Medicen Paris Region: Généthon',
  ...over,
});

/** The value of one tag by its property or name, and how many there are. */
function find(tags: HeadTag[], key: string): string[] {
  return tags.flatMap((t) => {
    if (t.tag === 'link') return key === 'canonical' ? [t.href] : [];
    return ('property' in t ? t.property : t.name) === key ? [t.content] : [];
  });
}

describe('routes and addresses', () => {
  it('normalizes the base path', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('sub')).toBe('/sub/');
    expect(normalizeBase('/sub')).toBe('/sub/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });
  it('strips the base from a served path', () => {
    expect(routeOf('/sub/fr/members/genethon/', '/sub/')).toBe('fr/members/genethon/');
    expect(routeOf('/sub/', '/sub')).toBe('');
    expect(routeOf('/members/', '/')).toBe('members/');
  });
  it('gives the English 404 page its file address', () => {
    expect(pageUrl('https://www.medicen.org', '/', '404/')).toBe('https://www.medicen.org/404.html');
    expect(pageUrl('https://www.medicen.org', '/', 'fr/404/')).toBe('https://www.medicen.org/fr/404/');
  });
  it('names each page’s image after its route, "home" for a home page', () => {
    expect(socialImageName('')).toBe('home');
    expect(socialImageName('fr/')).toBe('fr/home');
    expect(socialImageName('members/genethon/')).toBe('members/genethon');
    // An organization's image shows only names: one image for every language.
    expect(socialImageName('fr/members/genethon/')).toBe('members/genethon');
    expect(socialImageName('fr/members/area/digital-health/')).toBe('fr/members/area/digital-health');
    expect(socialImageName('fr/members/department/91/')).toBe('fr/members/department/91');
    expect(socialImageName('fr/members/department/')).toBe('fr/members/department');
    expect(socialImageName('fr/members/')).toBe('fr/members');
    expect(socialImageName('embed/map/')).toBe('embed/map');
  });
});

describe('shareTags', () => {
  it('makes the canonical, og:url and image absolute on the configured site', () => {
    const tags = shareTags(page());
    expect(find(tags, 'canonical')).toEqual(['https://www.medicen.org/members/genethon/']);
    expect(find(tags, 'og:url')).toEqual(['https://www.medicen.org/members/genethon/']);
    expect(find(tags, 'og:image')).toEqual(['https://www.medicen.org/og/members/genethon.png']);
    expect(find(tags, 'twitter:image')).toEqual(find(tags, 'og:image'));
  });

  it('keeps the base path (BASE_PATH) in every address', () => {
    const tags = shareTags(page({ base: '/sub/', pathname: '/sub/fr/members/genethon/', locale: 'fr' }));
    expect(find(tags, 'canonical')).toEqual(['https://www.medicen.org/sub/fr/members/genethon/']);
    expect(find(tags, 'og:image')).toEqual(['https://www.medicen.org/sub/og/members/genethon.png']);
    const home = shareTags(page({ base: '/sub', pathname: '/sub/' }));
    expect(find(home, 'canonical')).toEqual(['https://www.medicen.org/sub/']);
    expect(find(home, 'og:image')).toEqual(['https://www.medicen.org/sub/og/home.png']);
  });

  it('works with a site URL that has a path of its own (project pages)', () => {
    const tags = shareTags(
      page({ site: 'https://example.github.io/medicen/', base: '/medicen/', pathname: '/medicen/' }),
    );
    expect(find(tags, 'canonical')).toEqual(['https://example.github.io/medicen/']);
  });

  it('declares the language and its alternate as Open Graph locales', () => {
    const en = shareTags(page());
    expect(find(en, 'og:locale')).toEqual(['en_GB']);
    expect(find(en, 'og:locale:alternate')).toEqual(['fr_FR']);
    const fr = shareTags(page({ locale: 'fr', pathname: '/fr/members/genethon/' }));
    expect(find(fr, 'og:locale')).toEqual(['fr_FR']);
    expect(find(fr, 'og:locale:alternate')).toEqual(['en_GB']);
  });

  it('describes the image and asks for a large card', () => {
    const tags = shareTags(page({ type: 'article' }));
    expect(find(tags, 'og:type')).toEqual(['article']);
    expect(find(tags, 'og:image:width')).toEqual(['1200']);
    expect(find(tags, 'og:image:height')).toEqual(['630']);
    expect(find(tags, 'og:image:alt')).toEqual(['Medicen Paris Region: Généthon']);
    expect(find(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(find(tags, 'og:title')).toEqual(['Généthon']);
    expect(find(tags, 'og:site_name')).toEqual(['Medicen Paris Region']);
    expect(find(tags, 'og:description')).toEqual(['Research organization, Évry-Courcouronnes.']);
    expect(find(shareTags(page()), 'og:type')).toEqual(['website']);
  });
});
