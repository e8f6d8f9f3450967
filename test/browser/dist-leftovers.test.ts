/**
 * What dist/ must not carry, and the credits it must: a Content-Security-Policy
 * hash for every inline script and style of the pages and for nothing else; no
 * source-map comment pointing to a missing file; none of Pagefind's unused
 * interfaces; and licences.txt naming each third-party package and font sent to
 * browsers with its licence, linked from every page's footer and from /data/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inlineHashes, metaPolicy, parsePolicy } from '../../src/site/csp.ts';
import { SOURCE_MAP_COMMENT } from '../../src/site/source-maps.ts';
import { DIST, htmlPages, readPage } from './support/dist.ts';

const pages = htmlPages();
const allFiles = readdirSync(DIST, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));

describe('the policy hashes', () => {
  it('match an inline script or style of some page, and every inline one is allowed', () => {
    const inline = { scripts: new Set<string>(), styles: new Set<string>() };
    const listed = { scripts: new Set<string>(), styles: new Set<string>() };
    const unlisted: string[] = [];
    for (const path of pages) {
      const html = readPage(path);
      const policy = parsePolicy(metaPolicy(html) ?? '');
      const hashes = (name: string) => (policy.get(name) ?? []).filter((s) => /^'sha\d+-/.test(s));
      for (const h of hashes('script-src')) listed.scripts.add(h);
      for (const h of hashes('style-src')) listed.styles.add(h);
      const found = inlineHashes(html);
      for (const h of found.scripts) {
        inline.scripts.add(h);
        if (!hashes('script-src').includes(h)) unlisted.push(`${path}: script ${h}`);
      }
      for (const h of found.styles) {
        inline.styles.add(h);
        if (!hashes('style-src').includes(h)) unlisted.push(`${path}: style ${h}`);
      }
    }
    expect(unlisted).toEqual([]);
    expect(
      [...listed.scripts].filter((h) => !inline.scripts.has(h)),
      'script hashes of no inline script',
    ).toEqual([]);
    expect(
      [...listed.styles].filter((h) => !inline.styles.has(h)),
      'style hashes of no inline style',
    ).toEqual([]);
    // The same holds for the _headers copy, which is the union of the pages' policies.
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const headerHashes = new Set(headers.match(/'sha\d+-[^']+'/g) ?? []);
    expect([...headerHashes].filter((h) => !inline.scripts.has(h) && !inline.styles.has(h))).toEqual([]);
  });
});

describe('the built files', () => {
  it('have no source-map comment pointing to a missing file', () => {
    const dangling: string[] = [];
    for (const file of allFiles.filter((f) => /\.(m?js|css)$/.test(f))) {
      for (const [, js, css] of readFileSync(file, 'utf8').matchAll(SOURCE_MAP_COMMENT)) {
        const url = (js ?? css)!;
        if (!url.startsWith('data:') && !existsSync(join(dirname(file), url))) {
          dangling.push(`${file.slice(DIST.length)} -> ${url}`);
        }
      }
    }
    expect(dangling).toEqual([]);
  });

  it("leave out Pagefind's interfaces and keep its runtime", () => {
    const pagefind = readdirSync(join(DIST, 'pagefind'));
    expect(pagefind.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    expect(pagefind).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
  });
});

describe('licences.txt', () => {
  const text = readFileSync(join(DIST, 'licences.txt'), 'utf8');

  it('names each package and font sent to browsers, with its licence and its text', () => {
    const deps = Object.keys(JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')).dependencies);
    expect(deps.sort()).toEqual(['maplibre-gl', 'pagefind']);
    expect(text).toMatch(/^- maplibre-gl [\d.]+: BSD-3-Clause/m);
    expect(text).toMatch(/^- pagefind [\d.]+: MIT/m);
    expect(text).toMatch(/^- Noto Sans: OFL-1\.1/m);
    expect(text).toContain('Copyright (c) 2023, MapLibre contributors');
    expect(text).toContain('Copyright (c) Pagefind');
    expect(text).toContain('The Noto Project Authors');
    // Every font in dist/fonts/ is credited.
    const fonts = readdirSync(join(DIST, 'fonts')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(text, font).toContain(
        font
          .split('-latin')[0]!
          .replace(/-/g, ' ')
          .replace(/\b\w/g, (c) => c.toUpperCase()),
      );
  });

  it('is linked from the footer of every page that has the site footer (not the embeds), and from /data/', () => {
    const footers = pages.map((p) => [p, readPage(p).split('<footer class="site-footer"')[1]] as const);
    expect(footers.filter(([p, footer]) => footer === undefined && !/\/embed\//.test(p))).toEqual([]);
    expect(footers.filter(([, footer]) => footer !== undefined && !footer.includes('href="/licences.txt"'))).toEqual(
      [],
    );
    for (const data of ['/data/', '/fr/data/']) {
      const main = readPage(data).split('<footer')[0]!;
      expect(main, data).toContain('href="/licences.txt"');
    }
  });
});
