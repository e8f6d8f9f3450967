/**
 * No broken internal link in dist/: every href and src that points into the
 * site resolves to a built file, and every #fragment to an element id.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlPages, readPage } from './support/dist.ts';

const ATTR = /\s(?:href|src)="([^"]+)"/g;

function targetExists(path: string): boolean {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return true;
  return existsSync(join(file, 'index.html'));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

describe('internal links', () => {
  const pages = htmlPages();

  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('every internal link and asset of every page resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readPage(page);
      for (const [, raw] of html.matchAll(ATTR)) {
        const value = raw!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|data:)/.test(value)) continue;
        const url = new URL(value, `http://site${page}`);
        if (url.host !== 'site') continue;
        if (url.pathname !== new URL(`http://site${page}`).pathname || !value.startsWith('#')) {
          if (!targetExists(url.pathname)) {
            broken.push(`${page} -> ${value}`);
            continue;
          }
        }
        if (url.hash) {
          const targetHtml = url.pathname.endsWith('/') ? readPage(url.pathname) : html;
          if (!ids(targetHtml).has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${page} -> ${value} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
