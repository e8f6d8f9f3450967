import { describe, expect, it } from 'vitest';
import {
  articleLd,
  breadcrumbList,
  clusterLd,
  datasetLd,
  organizationLd,
  serializeJsonLd,
  temporalCoverage,
} from '../../../src/site/structured-data.ts';

describe('serializeJsonLd', () => {
  it('cannot be broken out of by content that closes the script', () => {
    const text = serializeJsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual({ '@type': 'Thing', name: '</script><script>alert(1)</script> & <!--' });
  });
  it('escapes the line separators old JavaScript parsers reject', () => {
    const text = serializeJsonLd({ '@type': 'Thing', name: 'a\u2028b' });
    expect(text).toContain('\\u2028');
    expect(JSON.parse(text).name).toBe('a\u2028b');
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from the home page down to the page', () => {
    const ld = breadcrumbList([
      { name: 'Home', url: 'https://x.org/' },
      { name: 'Members', url: 'https://x.org/members/' },
      { name: 'Généthon', url: 'https://x.org/members/genethon/' },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/' },
      { '@type': 'ListItem', position: 2, name: 'Members', item: 'https://x.org/members/' },
      { '@type': 'ListItem', position: 3, name: 'Généthon', item: 'https://x.org/members/genethon/' },
    ]);
  });
});

describe('organizationLd', () => {
  const base = {
    name: 'Généthon',
    url: 'https://x.org/members/genethon/',
    description: 'Research organization, Évry-Courcouronnes.',
    inLanguage: 'en',
  };
  it('gives the website, addresses and the position of precisely located sites only', () => {
    const ld = organizationLd({
      ...base,
      website: 'https://www.genethon.fr',
      sites: [
        {
          label: 'Campus',
          city: 'Évry-Courcouronnes',
          postcode: '91000',
          lat: 48.624,
          lon: 2.444,
          precision: 'campus',
        },
        { label: 'Office', city: 'Paris', lat: 48.85, lon: 2.35, precision: 'town' },
      ],
      memberOf: { name: 'Medicen Paris Region', url: 'https://x.org/' },
      keywords: ['gene therapy', 'rare diseases'],
    });
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Organization');
    expect(ld.sameAs).toEqual(['https://www.genethon.fr']);
    expect(ld.address).toEqual([
      { '@type': 'PostalAddress', addressLocality: 'Évry-Courcouronnes', addressCountry: 'FR', postalCode: '91000' },
      { '@type': 'PostalAddress', addressLocality: 'Paris', addressCountry: 'FR' },
    ]);
    const places = ld.location as { geo?: unknown }[];
    expect(places[0]!.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 48.624, longitude: 2.444 });
    // A town centre is not where the organization is: no coordinates for it.
    expect(places[1]!.geo).toBeUndefined();
    expect(ld.memberOf).toEqual({ '@type': 'Organization', name: 'Medicen Paris Region', url: 'https://x.org/' });
    expect(ld.keywords).toBe('gene therapy, rare diseases');
  });
  it('leaves out what is not known', () => {
    const ld = organizationLd({ ...base, sites: [] });
    for (const key of ['sameAs', 'address', 'location', 'memberOf', 'keywords']) expect(ld).not.toHaveProperty(key);
  });
});

describe('datasetLd', () => {
  const input = {
    name: 'Members of the cluster',
    url: 'https://x.org/figures/#medicen-members',
    description: 'Members of the cluster (Medicen): 3 dated values from 2005 to March 2023, each with its source.',
    asOf: ['2005', '2016-10', '2023-03'],
    csvUrl: 'https://x.org/data/figures/medicen-members.csv',
    creator: { name: 'Medicen Paris Region', url: 'https://x.org/' },
    sources: ['https://a.example/1', 'https://b.example/2', 'https://a.example/1'],
    variableMeasured: 'Members of the cluster (organizations)',
    inLanguage: 'en',
  };
  it('covers the series’ dates, links its CSV and its sources once each', () => {
    const ld = datasetLd(input);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.temporalCoverage).toBe('2005/2023-03');
    expect(ld.dateModified).toBe('2023-03');
    expect(ld.distribution).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: 'https://x.org/data/figures/medicen-members.csv',
      },
    ]);
    expect(ld.isBasedOn).toEqual(['https://a.example/1', 'https://b.example/2']);
    expect(ld.creator).toEqual({ '@type': 'Organization', name: 'Medicen Paris Region', url: 'https://x.org/' });
    expect(ld).not.toHaveProperty('image');
    expect(datasetLd({ ...input, image: 'https://x.org/og/figures/m.png' }).image).toBe(
      'https://x.org/og/figures/m.png',
    );
  });
  it('links a licence only when there is a page for it', () => {
    expect(datasetLd(input)).not.toHaveProperty('license');
    expect(datasetLd({ ...input, license: 'https://x.org/data/' }).license).toBe('https://x.org/data/');
  });
  it('gives a single date for a one-value series', () => {
    expect(temporalCoverage(['2019'])).toBe('2019');
    expect(temporalCoverage([])).toBeUndefined();
  });
});

describe('articleLd', () => {
  const input = {
    name: 'HECAM: an EUR 18m programme against liver cancer',
    url: 'https://x.org/stories/hecam/',
    description: 'An EUR 18m programme on liver cancer.',
    image: 'https://x.org/og/stories/hecam.png',
    inLanguage: 'en',
    publisher: { name: 'Medicen Paris Region', url: 'https://x.org/' },
    about: [{ name: 'AP-HP', url: 'https://x.org/members/ap-hp/' }],
    sections: ['Diagnostic and interventional imaging'],
    sources: ['https://ala.associates/x'],
  };
  it('names the organizations it is about, its areas and sources', () => {
    const ld = articleLd(input);
    expect(ld['@type']).toBe('Article');
    expect(ld.headline).toBe(input.name);
    expect(ld.about).toEqual([{ '@type': 'Organization', name: 'AP-HP', url: 'https://x.org/members/ap-hp/' }]);
    expect(ld.articleSection).toEqual(['Diagnostic and interventional imaging']);
    expect(ld.citation).toEqual(['https://ala.associates/x']);
  });
  it('has a publication date only when one is given', () => {
    expect(articleLd(input)).not.toHaveProperty('datePublished');
    expect(articleLd({ ...input, datePublished: '2015-06-01' }).datePublished).toBe('2015-06-01');
  });
});

describe('clusterLd', () => {
  const base = { name: 'Medicen Paris Region', url: 'https://x.org/', description: 'The cluster.', inLanguage: 'en' };
  it('says nothing of contact details that content/site.json leaves empty', () => {
    const ld = clusterLd({ ...base, address: {}, social: [] });
    expect(ld).toEqual({ '@context': 'https://schema.org', '@type': 'Organization', ...base });
  });
  it('uses the address, e-mail, telephone and social accounts when filled, and names who runs the cluster', () => {
    const ld = clusterLd({
      ...base,
      address: { street: '1 rue X', postcode: '75013', city: 'Paris' },
      email: 'contact@example.org',
      telephone: '+33 1 00 00 00 00',
      social: ['https://social.example.org/m'],
      leaders: [{ name: 'A. Person', role: 'President' }],
    });
    expect(ld.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '1 rue X',
      postalCode: '75013',
      addressLocality: 'Paris',
    });
    expect(ld.email).toBe('contact@example.org');
    expect(ld.telephone).toBe('+33 1 00 00 00 00');
    expect(ld.sameAs).toEqual(['https://social.example.org/m']);
    expect(ld.member).toEqual([
      { '@type': 'OrganizationRole', roleName: 'President', member: { '@type': 'Person', name: 'A. Person' } },
    ]);
  });
});
