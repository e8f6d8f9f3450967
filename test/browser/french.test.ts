/**
 * The French version on the built site: every English page has its French
 * twin under /fr/ and the other way round, each says its language and points
 * to its twin (hreflang and the language switch), switching keeps the page
 * and the map's filters, French pages hold no English interface text, and
 * French search searches the French pages.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { baseUrl, browserForFile } from './support/browser.ts';
import { loadContent } from '../../src/content-check/index.ts';
import { ROOT, htmlPages, readPage } from './support/dist.ts';

/** The root 404.html is the one static hosts serve; the French one is a page of its own under /fr/. */
const asTwinPath = (path: string) => (path === '/404.html' ? '/404/' : path);
const pages = htmlPages();
const english = pages.filter((p) => !p.startsWith('/fr/')).map(asTwinPath);
const french = pages.filter((p) => p.startsWith('/fr/')).map((p) => p.slice('/fr'.length));

const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1];

describe('both languages have the same pages', () => {
  it('every English page has a French twin, and every French page an English one', () => {
    expect(english.length).toBeGreaterThan(50);
    expect(french.filter((p) => !english.includes(p))).toEqual([]);
    expect(english.filter((p) => !french.includes(p))).toEqual([]);
  });

  it('each page says its language and links to its twin with hreflang and the language switch', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const html = readPage(path);
      const isFrench = path.startsWith('/fr/');
      const twin =
        path === '/404.html' ? '/fr/404/' : path === '/fr/404/' ? '/404.html' : isFrench ? path.slice(3) : `/fr${path}`;
      const lang = attr(html, /<html[^>]* lang="([^"]+)"/);
      if (lang !== (isFrench ? 'fr' : 'en')) problems.push(`${path}: html lang="${lang}"`);
      for (const [code, target] of [
        ['en', isFrench ? twin : path],
        ['fr', isFrench ? path : twin],
      ]) {
        const href = attr(html, new RegExp(`<link rel="alternate" hreflang="${code}" href="([^"]+)"`));
        if (!href || new URL(href).pathname !== target) problems.push(`${path}: hreflang ${code} is ${href}`);
      }
      const switchHref = attr(html, /<ul class="lang-switch"[\s\S]*?<a href="([^"]+)"/);
      if (!path.startsWith('/embed/') && !path.startsWith('/fr/embed/') && switchHref !== twin)
        problems.push(`${path}: language switch goes to ${switchHref}, not ${twin}`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * English interface texts that a French page must not show: every English
 * dictionary entry whose French differs, cut at its placeholders, keeping the
 * pieces long enough to be unambiguous.
 */
function englishOnlyTexts(): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (fr[key as keyof typeof fr] === value) continue;
    for (const piece of value.split(/\{\w+\}/)) {
      const text = piece.trim();
      if (text.length >= 12 && /\s/.test(text)) out.add(text);
    }
  }
  return [...out];
}

/**
 * Names stay as they are in both languages ("Choose Paris Region", a source's
 * publisher "Institut Paris Region"), so they are not English text.
 */
const content = loadContent(ROOT);
// A source's title too: a citation to copy (the press page's) names it in its own language, in a field.
const publishers = content.figures.flatMap((f) =>
  [f.data.source, ...f.data.values.map((v) => v.source)].flatMap((s) => (s ? [s.publisher, s.title] : [])),
);
const names = [...content.organizations.map((o) => o.data.name), ...publishers, 'Medicen Paris Region'].sort(
  (a, b) => b.length - a.length,
);

/**
 * The text a reader sees or hears on a page, in the page's language: element
 * text and the attributes read aloud, without names and without the parts
 * marked lang="en" (an English text standing in for a missing translation,
 * the 404 page's English half, or the press page's English description to copy) and without the titles of cited sources.
 */
function readableText(html: string): string {
  const body = html
    .replace(/<(section|div|span|p|textarea)\b[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    // Titles of cited works stay in their own language, in <cite> or on the link to them.
    .replace(/<cite>[\s\S]*?<\/cite>/g, ' ')
    .replace(/<a [^>]*rel="external[^>]*>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<template[\s\S]*?<\/template>/g, ' ');
  const attrs = [...body.matchAll(/\s(?:aria-label|title|placeholder|alt|content)="([^"]*)"/g)].map((m) => m[1]);
  let text = [body.replace(/<[^>]+>/g, ' '), ...attrs]
    .join(' \n ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  for (const name of names) text = text.split(name).join(' ');
  return text;
}

describe('French pages speak French', () => {
  it('no French page shows an English interface text', () => {
    const texts = englishOnlyTexts();
    expect(texts.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const path of pages.filter((p) => p.startsWith('/fr/'))) {
      const text = readableText(readPage(path));
      for (const t of texts) if (text.includes(t)) problems.push(`${path}: "${t}"`);
    }
    expect(problems.slice(0, 30)).toEqual([]);
  });

  it('French pages show the French text of content: an area, a story, an organization', () => {
    const area = readPage('/fr/areas/biological-diagnostics/');
    expect(area).toContain('<h1');
    expect(readableText(area)).toContain('Diagnostic biologique');
    expect(readableText(readPage('/fr/members/genethon/'))).toContain('thérapie génique');
    expect(readableText(readPage('/members/genethon/'))).toContain('gene therapy');
  });
});

const { newPage } = browserForFile();

describe('switching language in Chromium', () => {
  it('keeps the page, there and back', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/members/genethon/`);
    const name = await page.locator('h1').textContent();
    await page.click('.lang-switch a[hreflang="fr"]');
    await page.waitForURL('**/fr/members/genethon/');
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('fr');
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
    await page.click('.lang-switch a[hreflang="en"]');
    await page.waitForURL((url) => url.pathname === '/members/genethon/');
  });

  it("keeps the map's filters", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/map/?kind=research`);
    await page.waitForSelector('[data-map-filters]:not([hidden])');
    await page.selectOption('[data-map-filters] select[name="dept"]', '91');
    await page.waitForURL(/dept=91/);
    await page.click('.lang-switch a[hreflang="fr"]');
    await page.waitForURL(/\/fr\/map\/\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('kind')).toBe('research');
    expect(url.searchParams.get('dept')).toBe('91');
    await page.waitForSelector('[data-map-filters]:not([hidden])');
    await expect(page.inputValue('[data-map-filters] select[name="dept"]')).resolves.toBe('91');
  });
});

describe('French search', () => {
  it('"diagnostic" finds the French area page, and only French pages', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl()}/fr/search/?q=diagnostic`);
    const results = page.locator('[data-search-results] > li h3 a');
    await results.first().waitFor();
    const urls = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(urls).toContain('/fr/areas/biological-diagnostics/');
    for (const url of urls) expect(url).toMatch(/^\/fr\//);
  });
});
