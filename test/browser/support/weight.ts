/**
 * Measuring what pages cost: gzip sizes of built files, the scripts and
 * stylesheets a built page names, and, in Chromium, the scripts a page
 * requested before its load event, its paints and its layout shifts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DIST } from './dist.ts';

/** Gzip size of some bytes or text, at zlib's default level. */
export const gzipSize = (data: string | Uint8Array): number => gzipSync(data).length;

/** A file of dist/ by its site path ("/_astro/Base.css"). */
export function distFile(sitePath: string): Buffer {
  const file = join(DIST, decodeURIComponent(sitePath.split(/[?#]/)[0]!));
  if (!existsSync(file)) throw new Error(`${sitePath} is named by a page but is not in dist/`);
  return readFileSync(file);
}

/** Script types that are JavaScript (JSON-LD and other data blocks are not). */
const isJsType = (type: string | undefined) =>
  !type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());

const attr = (attrs: string, name: string) =>
  attrs
    .match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find(Boolean);

/** The stylesheets a built page links to, as site paths. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b([^>]*)>/gi)]
    .filter((m) => /\bstylesheet\b/i.test(attr(m[1]!, 'rel') ?? ''))
    .map((m) => attr(m[1]!, 'href')!)
    .filter(Boolean);
}

/** Static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`), not dynamic import(). */
function staticImports(code: string, from: string): string[] {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{$][^"'`;]*?from\s*)?["']([^"']+)["']/g)].map(
    (m) => new URL(m[1]!, `http://site${dir}`).pathname,
  );
}

/**
 * The JavaScript a built page loads by itself, read from dist/: its inline
 * scripts, its script and modulepreload files, and every module those import
 * statically. What loads on demand (dynamic import()) is not counted.
 */
export function eagerScriptsInDist(html: string): { name: string; gzip: number }[] {
  const out: { name: string; gzip: number }[] = [];
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!isJsType(attr(m[1]!, 'type'))) continue;
    const src = attr(m[1]!, 'src');
    if (src) files.push(src);
    else if (m[2]!.trim()) {
      out.push({ name: `inline script (${m[2]!.trim().slice(0, 40)}…)`, gzip: gzipSize(m[2]!) });
      files.push(...staticImports(m[2]!, '/'));
    }
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    if (/\bmodulepreload\b/i.test(attr(m[1]!, 'rel') ?? '')) files.push(attr(m[1]!, 'href')!);
  }
  const seen = new Set<string>();
  while (files.length) {
    const file = files.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = distFile(file);
    out.push({ name: file, gzip: gzipSize(code) });
    files.push(...staticImports(code.toString('utf8'), file));
  }
  return out;
}

declare global {
  interface Window {
    /** Paints and layout shifts recorded by `recordVitals` since navigation. */
    __vitals?: {
      fcp?: number;
      lcp: { at: number; tag: string; regions: string[] }[];
      shift: number;
    };
  }
}

/**
 * Records, from the start of every navigation of `page`, the first contentful
 * paint, each largest-contentful-paint candidate (when, which element, and
 * which of `regions` holds it) and the layout shift not caused by input.
 */
export async function recordVitals(page: Page, regions: string[]): Promise<void> {
  await page.addInitScript((selectors: string[]) => {
    const vitals: NonNullable<Window['__vitals']> = { lcp: [], shift: 0 };
    window.__vitals = vitals;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') vitals.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
        const el = e.element;
        vitals.lcp.push({
          at: e.startTime,
          tag: el
            ? el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : '')
            : '(removed)',
          regions: el ? selectors.filter((s) => el.closest(s)) : [],
        });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) vitals.shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, regions);
}

/** What `recordVitals` saw so far on the current page. */
export const vitals = (page: Page) => page.evaluate(() => window.__vitals!);

/**
 * The scripts a loaded page requested before its load event (resource timing,
 * so the page's own clock), and its inline scripts' text. Call after the load.
 */
export function scriptsBeforeLoad(page: Page): Promise<{ files: { url: string; at: number }[]; inline: string[] }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.startTime <= nav.loadEventStart)
      .filter((e) => e.initiatorType === 'script' || /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => ({ url: e.name, at: e.startTime }));
    const inline = [...document.scripts]
      .filter((s) => !s.src && (!s.type || /^(module|text\/javascript|application\/javascript)$/i.test(s.type)))
      .map((s) => s.text)
      .filter((t) => t.trim());
    return { files, inline };
  });
}

/** When (page clock, ms) the page requested a resource, or undefined if it did not. */
export function requestedAt(page: Page, url: string): Promise<number | undefined> {
  return page.evaluate((u) => performance.getEntriesByName(u, 'resource')[0]?.startTime, url);
}
