/**
 * The open-data files against each other and against the built pages: the
 * JSON, CSV and GeoJSON list the same organizations with the same sites and
 * coordinates; every organization has a member page whose h1 is its name; the
 * /data/ page documents every field; the story feeds are well-formed XML
 * (parsed by Chromium's DOMParser) and list every story, by absolute address,
 * with its summary as plain text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, watchedPage, type Watched } from './support/browser.ts';
import { htmlPages, readPage, ROOT } from './support/dist.ts';
import { listFolder, readContentFile } from '../../src/content-check/read-files.ts';
import { parseCsv } from '../../src/util/csv.ts';
import { CSV_LIST_SEPARATOR, OPEN_FIELDS, type OpenOrganization } from '../../src/open-data/organizations.ts';

interface Feature {
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}
interface Files {
  json: {
    count: number;
    licence: { url: string };
    generated: string;
    as_of: string;
    organizations: OpenOrganization[];
  };
  csv: Record<string, string>[];
  geo: { type: string; licence: { url: string }; unlocated: string[]; features: Feature[] };
}

let browser: Browser;
let w: Watched;
let files: Files;

/** Fetches a built file from the test server, checking its status and content type. */
async function get(path: string, type: RegExp): Promise<string> {
  const res = await w.page.request.get(baseUrl() + path);
  expect(res.status(), path).toBe(200);
  expect(res.headers()['content-type'], path).toMatch(type);
  return res.text();
}

/** Text of the first element matching `selector` in each HTML or XML document, parsed by Chromium. */
function parseAll(docs: string[], mime: 'text/html' | 'application/xml', selector: string) {
  return w.page.evaluate(
    ([docs, mime, selector]) =>
      docs.map((d) => {
        const doc = new DOMParser().parseFromString(d, mime as DOMParserSupportedType);
        return doc.querySelector(selector)?.textContent?.trim() ?? null;
      }),
    [docs, mime, selector] as const,
  );
}

beforeAll(async () => {
  browser = await launch();
  w = await watchedPage(browser);
  await w.page.goto(`${baseUrl()}/data/`, { waitUntil: 'load' });
  const csvText = await get('/data/organizations.csv', /^text\/csv/);
  expect(csvText.charCodeAt(0), 'byte-order mark').toBe(0xfeff);
  const [header, ...rows] = parseCsv(csvText.slice(1));
  files = {
    json: JSON.parse(await get('/data/organizations.json', /^application\/json/)),
    csv: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))),
    geo: JSON.parse(await get('/data/organizations.geojson', /^application\/geo\+json/)),
  };
});
afterAll(async () => {
  await w?.context.close();
  await browser?.close();
});

const split = (cell: string) => (cell === '' ? [] : cell.split(CSV_LIST_SEPARATOR));
const cellOf = (v: unknown) => (Array.isArray(v) ? v.join(CSV_LIST_SEPARATOR) : v === null ? '' : String(v));
const siteFields = OPEN_FIELDS.filter((f) => f.level === 'site' && f.key !== null);
const orgFields = OPEN_FIELDS.filter((f) => f.level === 'organization' && f.key !== null);

describe('the three organization files', () => {
  it('carry the licence and dates, and the same organizations in the same order', () => {
    const { json, csv, geo } = files;
    expect(json.count).toBeGreaterThan(0);
    expect(json.organizations).toHaveLength(json.count);
    expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(geo.licence.url).toBe(json.licence.url);
    const slugs = json.organizations.map((o) => o.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(csv.map((r) => r.slug)).toEqual(slugs);
    const located = json.organizations.filter((o) => o.sites.length > 0).map((o) => o.slug);
    expect([...new Set(geo.features.map((f) => f.properties.slug))]).toEqual(located);
    expect(geo.unlocated).toEqual(json.organizations.filter((o) => o.sites.length === 0).map((o) => o.slug));
  });

  it('agree on every site: count, order, coordinates and fields', () => {
    const { json, csv, geo } = files;
    expect(geo.features).toHaveLength(json.organizations.reduce((n, o) => n + o.sites.length, 0));
    json.organizations.forEach((org, i) => {
      const row = csv[i]!;
      expect(Number(row.site_count), org.slug).toBe(org.sites.length);
      const features = geo.features.filter((f) => f.properties.slug === org.slug);
      expect(features.map((f) => f.properties.site_index)).toEqual(org.sites.map((_, n) => n));
      org.sites.forEach((site, n) => {
        const where = `${org.slug} site ${n}`;
        expect(features[n]!.geometry, where).toEqual({ type: 'Point', coordinates: [site.lon, site.lat] });
        for (const f of siteFields) {
          const value = site[f.key as keyof typeof site];
          expect(features[n]!.properties[f.geojson!], `${where} ${f.id}`).toEqual(value);
          const cells = split(row[f.csv!]!);
          // A single empty value (no postcode) makes an empty cell, not a one-item list.
          expect(cells[n] ?? '', `${where} ${f.id}`).toBe(cellOf(value));
        }
      });
    });
  });

  it('agree on every organization field', () => {
    const { json, csv, geo } = files;
    json.organizations.forEach((org, i) => {
      const feature = geo.features.find((f) => f.properties.slug === org.slug);
      for (const f of orgFields) {
        const value = org[f.key as keyof OpenOrganization];
        expect(csv[i]![f.csv!], `${org.slug} ${f.id}`).toBe(cellOf(value));
        if (feature) expect(feature.properties[f.geojson!], `${org.slug} ${f.id}`).toEqual(value);
      }
    });
  });
});

describe('the organization files and the pages', () => {
  it('have a member page per organization, in both languages, whose h1 is its name', async () => {
    const { organizations } = files.json;
    const memberPages = htmlPages().filter((p) => /^\/members\/(?!department\/)[a-z0-9-]+\/$/.test(p));
    expect(memberPages.sort()).toEqual(organizations.map((o) => `/members/${o.slug}/`).sort());
    for (const locale of ['en', 'fr'] as const) {
      const paths = organizations.map((o) => new URL(locale === 'en' ? o.page_en : o.page_fr).pathname);
      expect(paths).toEqual(organizations.map((o) => `${locale === 'en' ? '' : '/fr'}/members/${o.slug}/`));
      const h1s = await parseAll(paths.map(readPage), 'text/html', 'h1');
      expect(h1s, locale).toEqual(organizations.map((o) => o.name));
    }
  });

  it('count as many organizations as the members page says', () => {
    for (const path of ['/members/', '/fr/members/']) {
      const count = /data-count="(\d+)"/.exec(readPage(path))?.[1];
      expect(Number(count), path).toBe(files.json.count);
    }
  });
});

describe('/data/ page', () => {
  it.each(['/data/', '/fr/data/'])('%s documents every field of the files', (path) => {
    const html = readPage(path);
    const rows = [...html.matchAll(/<tr data-field="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(OPEN_FIELDS.map((f) => f.id));
    // Every key the JSON actually holds is named in the table.
    const org = files.json.organizations.find((o) => o.sites.length > 0)!;
    for (const key of Object.keys(org).filter((k) => k !== 'sites')) expect(html).toContain(`<code>${key}</code>`);
    for (const key of Object.keys(org.sites[0]!)) expect(html).toContain(`<code>sites[].${key}</code>`);
    for (const key of Object.keys(files.csv[0]!)) expect(html).toContain(`<code>${key}</code>`);
  });

  it('links every download to a file that answers', async () => {
    const links = await w.page
      .locator('main a[download], main a[href$=".schema.json"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    for (const file of ['/data/organizations.json', '/data/organizations.csv', '/data/organizations.geojson']) {
      expect(links).toContain(file);
    }
    expect(links.length).toBeGreaterThan(10);
    for (const link of new Set(links)) {
      const res = await w.page.request.get(baseUrl() + link);
      expect(res.status(), link).toBe(200);
    }
    expect(w.failedRequests).toEqual([]);
    expect(w.offsiteRequests).toEqual([]);
  });

  it('is linked from the footer, in each language, and from the key-figures page', () => {
    for (const [path, data] of [
      ['/', '/data/'],
      ['/fr/members/', '/fr/data/'],
      ['/figures/', '/data/'],
    ]) {
      expect(readPage(path!), path).toContain(`href="${data}"`);
    }
  });
});

describe('story feeds', () => {
  const stories = htmlPages()
    .filter((p) => /^\/stories\/[a-z0-9-]+\/$/.test(p))
    .map((p) => p.split('/')[2]!);

  /** The summary of each story in a locale, by slug: its French file's where there is one. */
  const summaries = (locale: string) =>
    new Map(
      ['content/stories/en', ...(locale === 'fr' ? ['content/stories/fr'] : [])]
        .flatMap((folder) => listFolder(ROOT, folder, '.mdx', []))
        .map((f) => readContentFile(ROOT, f, []))
        .map((f) => [f.slug, (f.data as { summary: string }).summary]),
    );

  it.each([
    ['en', '/stories/rss.xml', '/stories/'],
    ['fr', '/fr/stories/rss.xml', '/fr/stories/'],
  ])('%s: %s is well-formed RSS 2.0 listing every story', async (locale, feed, prefix) => {
    const xml = await get(feed, /^application\/(rss\+)?xml/);
    const [error] = await parseAll([xml], 'application/xml', 'parsererror');
    expect(error, 'XML parse error').toBeNull();
    const rss = await w.page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, 'application/xml');
      const text = (parent: Element, name: string) =>
        [...parent.children].find((c) => c.localName === name)?.textContent ?? null;
      const channel = doc.querySelector('channel')!;
      const self = [...channel.children].find((c) => c.localName === 'link' && c.namespaceURI?.includes('Atom'));
      return {
        version: doc.documentElement.getAttribute('version'),
        title: text(channel, 'title'),
        link: text(channel, 'link'),
        description: text(channel, 'description'),
        language: text(channel, 'language'),
        lastBuildDate: text(channel, 'lastBuildDate'),
        self: self ? { href: self.getAttribute('href'), rel: self.getAttribute('rel') } : null,
        items: [...doc.querySelectorAll('item')].map((i) => ({
          link: text(i, 'link')!,
          guid: text(i, 'guid'),
          title: text(i, 'title'),
          description: text(i, 'description')!,
          descriptionElements: [...i.children].find((c) => c.localName === 'description')?.children.length,
        })),
      };
    }, xml);
    expect(rss.version).toBe('2.0');
    expect(rss.title).toBeTruthy();
    expect(rss.description).toBeTruthy();
    expect(rss.language).toBe(locale);
    expect(Number.isNaN(Date.parse(rss.lastBuildDate ?? '')), 'lastBuildDate').toBe(false);
    const root = new URL(rss.link!);
    expect(root.pathname.endsWith(prefix), 'channel link').toBe(true);
    expect(rss.self?.rel).toBe('self');
    expect(new URL(rss.self!.href!).href).toBe(new URL('rss.xml', root).href);
    // One item per story, each linking by absolute address to its page in the feed's language.
    expect(stories.length).toBeGreaterThan(0);
    expect(rss.items).toHaveLength(stories.length);
    for (const item of rss.items) {
      expect(item.link, 'absolute link').toMatch(/^https?:\/\//);
      expect(new URL(item.link).origin).toBe(root.origin);
      expect(item.guid).toBe(item.link);
      expect(item.title).toBeTruthy();
    }
    expect(rss.items.map((i) => new URL(i.link).pathname).sort()).toEqual(
      stories.map((s) => `${root.pathname}${s}/`).sort(),
    );
    // The description is the story's summary as plain text: no markup, escaped or not.
    const summary = summaries(locale);
    for (const item of rss.items) {
      const slug = new URL(item.link).pathname.split('/').at(-2)!;
      expect(item.descriptionElements, slug).toBe(0);
      expect(item.description, slug).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(item.description, slug).toBe(summary.get(slug));
    }
  });

  it('uses the French titles of the stories that have a French file', async () => {
    const xml = await get('/fr/stories/rss.xml', /^application\/(rss\+)?xml/);
    const items = await w.page.evaluate(
      (x) =>
        [...new DOMParser().parseFromString(x, 'application/xml').querySelectorAll('item')].map((i) => ({
          link: new URL(i.querySelector('link')!.textContent!).pathname,
          title: i.querySelector('title')!.textContent!,
        })),
      xml,
    );
    const french = listFolder(ROOT, 'content/stories/fr', '.mdx', []).map((f) => readContentFile(ROOT, f, []));
    expect(french.length).toBeGreaterThan(0);
    for (const f of french) {
      const item = items.find((i) => i.link === `/fr/stories/${f.slug}/`);
      expect(item?.title, f.file).toBe((f.data as { title: string }).title);
    }
  });

  it.each([
    ['/stories/', '/stories/rss.xml'],
    ['/fr/stories/', '/fr/stories/rss.xml'],
  ])('%s advertises its feed in the head', (page, feed) => {
    const head = readPage(page).split('</head>')[0]!;
    expect(head).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}"`));
  });
});
