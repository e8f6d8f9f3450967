/**
 * Sharing metadata of every built page, both languages: one absolute
 * canonical address that is the page's own, Open Graph and Twitter tags, a
 * preview image that exists in dist/ as a 1200 x 630 PNG, and structured data
 * (JSON-LD) that parses and says what the page is: an Organization on each
 * organization page, a Dataset per figure series on the figures page, an
 * Article on each story, a BreadcrumbList ending with the page on every page
 * but the home pages. Then Chromium opens a member page and fetches its image.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST, ROOT, htmlPages, readPage } from './support/dist.ts';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import { decodeEntities } from '../../src/search/excerpt.ts';
import { normalizeBase } from '../../src/site/social-meta.ts';

/** The address the site was built for (the build reads the same variables). */
const SITE = process.env.SITE_URL ?? 'https://www.medicen.org';
const BASE = normalizeBase(process.env.BASE_PATH ?? '/');
const ORIGIN_AND_BASE = new URL(BASE, SITE).href;

const pages = htmlPages();
const isHome = (p: string) => p === '/' || p === '/fr/';
const isMember = (p: string) => /^\/(fr\/)?members\/(?!department\/)[a-z0-9-]+\/$/.test(p);
const isStory = (p: string) => /^\/(fr\/)?stories\/[a-z0-9-]+\/$/.test(p);
const isFigures = (p: string) => /^\/(fr\/)?figures\/$/.test(p);

/** The absolute address a page of dist/ is served at. */
function ownUrl(page: string): string {
  return new URL(BASE + page.slice(1), SITE).href;
}

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** The <meta> and <link> tags of a page's head, attributes decoded. */
function headTags(html: string): Tag[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<(meta|link)\s([^>]*)>/g)].map((m) => ({
    name: m[1]!,
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, decodeEntities(a[2]!)])),
  }));
}

const metaValues = (tags: Tag[], key: string) =>
  tags.filter((t) => t.name === 'meta' && (t.attrs.property ?? t.attrs.name) === key).map((t) => t.attrs.content);

type Ld = Record<string, unknown> & { '@type': string };

/** Every JSON-LD block of a page, parsed (a block that does not parse fails the test). */
function jsonLd(html: string): Ld[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    expect(m[1], 'a JSON-LD block writes "<" escaped').not.toContain('<');
    return JSON.parse(m[1]!) as Ld;
  });
}

/** The h1's text, as the breadcrumb and the Organization must name it. */
function h1(html: string): string {
  const m = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  return decodeEntities((m?.[1] ?? '').replace(/<[^>]+>/g, '')).trim();
}

/** Width and height from a PNG's IHDR chunk, or undefined when the file is no PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing metadata of every page', () => {
  it('covers both languages and every page type', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/fr/');
    expect(pages.filter(isMember).length).toBeGreaterThan(20);
    expect(pages.some((p) => p.startsWith('/fr/') && isMember(p))).toBe(true);
    expect(pages.filter(isStory).length).toBeGreaterThan(2);
    expect(pages.filter(isFigures)).toEqual(['/figures/', '/fr/figures/']);
  });

  it.each(pages)('%s: canonical, Open Graph, Twitter card and preview image', (page) => {
    const html = readPage(page);
    const tags = headTags(html);
    const canonicals = tags.filter((t) => t.name === 'link' && t.attrs.rel === 'canonical');
    expect(canonicals).toHaveLength(1);
    const canonical = canonicals[0]!.attrs.href!;
    expect(canonical).toMatch(/^https?:\/\//);
    expect(canonical).toBe(ownUrl(page));
    expect(metaValues(tags, 'og:url')).toEqual([canonical]);

    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:site_name', 'og:locale']) {
      const values = metaValues(tags, key);
      expect(values, key).toHaveLength(1);
      expect(values[0]!.trim().length, key).toBeGreaterThan(0);
    }
    expect(metaValues(tags, 'description')[0]!.length).toBeGreaterThan(20);
    expect(metaValues(tags, 'og:locale')).toEqual([page.startsWith('/fr/') ? 'fr_FR' : 'en_GB']);
    expect(metaValues(tags, 'twitter:card')).toEqual(['summary_large_image']);

    const image = metaValues(tags, 'og:image')[0]!;
    expect(image.startsWith(ORIGIN_AND_BASE), image).toBe(true);
    expect(metaValues(tags, 'twitter:image')).toEqual([image]);
    const file = join(DIST, image.slice(ORIGIN_AND_BASE.length));
    expect(existsSync(file), `${page}: ${file} is missing`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(metaValues(tags, 'og:image:width')).toEqual(['1200']);
    expect(metaValues(tags, 'og:image:height')).toEqual(['630']);
  });

  it.each(pages)('%s: structured data parses and says what the page is', (page) => {
    const html = readPage(page);
    const blocks = jsonLd(html);
    for (const b of blocks) {
      expect(b['@context']).toBe('https://schema.org');
      expect(typeof b['@type']).toBe('string');
    }
    const of = (type: string) => blocks.filter((b) => b['@type'] === type);
    const canonical = ownUrl(page);

    if (isHome(page)) {
      expect(of('BreadcrumbList')).toHaveLength(0);
    } else {
      const lists = of('BreadcrumbList');
      expect(lists).toHaveLength(1);
      const items = lists[0]!.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items[0]!.item).toBe(new URL(page.startsWith('/fr/') ? 'fr/' : '', ORIGIN_AND_BASE).href);
      expect(items.at(-1)!.item).toBe(canonical);
      expect(items.at(-1)!.name).toBe(h1(html));
    }
    if (isMember(page)) {
      const orgs = of('Organization');
      expect(orgs).toHaveLength(1);
      expect(orgs[0]!.url).toBe(canonical);
      expect(orgs[0]!.name).toBe(h1(html));
      expect(String(orgs[0]!.description).length).toBeGreaterThan(20);
    }
    if (isStory(page)) {
      const articles = of('Article');
      expect(articles).toHaveLength(1);
      expect(articles[0]!.url).toBe(canonical);
      expect(String(articles[0]!.headline).length).toBeGreaterThan(0);
    }
  });

  it('gives the figures page one Dataset per figure series, each with its CSV', () => {
    const series = readdirSync(join(ROOT, 'content/figures')).filter((f) => f.endsWith('.json'));
    for (const page of pages.filter(isFigures)) {
      const datasets = jsonLd(readPage(page)).filter((b) => b['@type'] === 'Dataset');
      expect(datasets).toHaveLength(series.length);
      const anchors = datasets.map((d) => String(d.url).split('#')[1]);
      expect(anchors.sort()).toEqual(series.map((f) => f.replace(/\.json$/, '')).sort());
      for (const d of datasets) {
        expect(String(d.temporalCoverage)).toMatch(/^\d{4}(-\d{2}){0,2}(\/\d{4}(-\d{2}){0,2})?$/);
        const [csv] = d.distribution as { contentUrl: string }[];
        expect(existsSync(join(DIST, csv!.contentUrl.slice(ORIGIN_AND_BASE.length))), csv!.contentUrl).toBe(true);
        expect((d.isBasedOn as string[]).length).toBeGreaterThan(0);
        // Each series has a preview image of its own: its latest value in large type.
        const image = join(DIST, String(d.image).slice(ORIGIN_AND_BASE.length));
        expect(existsSync(image), String(d.image)).toBe(true);
        expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
      }
    }
  });
});

describe('a shared member page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('points at its own preview image, which the server delivers as a PNG', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(`${baseUrl()}/members/genethon/`, { waitUntil: 'load' });
      const image = await w.page.getAttribute('meta[property="og:image"]', 'content');
      expect(image).toBe(new URL('og/members/genethon.png', ORIGIN_AND_BASE).href);
      const res = await w.page.request.get(`${baseUrl()}/${image!.slice(ORIGIN_AND_BASE.length)}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toMatch(/^image\/png/);
      expect((await res.body()).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await w.context.close();
    }
  });
});
