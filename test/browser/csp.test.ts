/**
 * The Content-Security-Policy and the other security headers, on the built
 * site: one page of every type, in both languages, loads under the policy
 * (from the _headers file the test server sends, and from the page's <meta>)
 * with no violation, the map drawn and the search index loaded; the policy
 * really blocks an injected inline script and style; only the embed can be
 * framed by another site. Over every HTML file of dist/: the <meta> policy
 * matches the _headers one, and there is no inline event handler, no
 * javascript: link, no style attribute, none of the elements and attributes
 * the content sanitizer forbids, and no link to another host without
 * rel="noopener noreferrer".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parsePolicy } from '../../src/site/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/site/headers-file.ts';
import { baseUrl, launch } from './support/browser.ts';
import { DIST, htmlPages, readPage } from './support/dist.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = htmlPages();
const firstPage = (pattern: RegExp) => {
  const found = pages.find((p) => pattern.test(p));
  if (!found) throw new Error(`no built page matches ${pattern}`);
  return found;
};
const member = firstPage(/^\/members\/(?!area\/|department\/)[a-z0-9-]+\/$/);
const area = firstPage(/^\/areas\/[a-z0-9-]+\/$/);
const story = firstPage(/^\/stories\/[a-z0-9-]+\/$/);

declare global {
  interface Window {
    __cspViolations: string[];
    __cspProbe?: boolean;
  }
}

/** A browser context that records CSP violations (from the page's own event) and CSP console messages. */
async function watch(): Promise<{ context: BrowserContext; page: Page; console: string[] }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}`);
    });
  });
  const page = await context.newPage();
  const console: string[] = [];
  const policyMessage = /Content.Security.Policy|Permissions.Policy|X-Frame-Options|Refused to/i;
  page.on('console', (msg) => {
    if (policyMessage.test(msg.text())) console.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('worker', (worker) =>
    worker.on('console', (msg) => {
      if (policyMessage.test(msg.text())) console.push(`worker ${msg.type()}: ${msg.text()}`);
    }),
  );
  return { context, page, console };
}

const mapReady = async (page: Page) => {
  await page.locator('[data-map-start]').click({ timeout: 30_000 });
  await page.waitForSelector('[data-map-root][data-map-state="ready"] .map-canvas canvas', { timeout: 30_000 });
};

/** Types in a search field and waits for Pagefind's results (its script, WebAssembly, worker and index). */
async function searchFor(page: Page, field: string, results: string) {
  await page.fill(field, 'paris');
  await page.waitForSelector(results, { timeout: 20_000 });
}

interface PageType {
  name: string;
  path: string;
  status?: number;
  /** What to do once loaded so the page's scripts run in full. */
  use?: (page: Page) => Promise<unknown>;
}

function pageTypes(prefix: '' | '/fr'): PageType[] {
  const headerSearch = (page: Page) =>
    searchFor(page, 'form[data-search-box] input[name="q"]', 'form[data-search-box] .site-search-list li');
  return [
    { name: 'home (header search used)', path: `${prefix}/`, use: headerSearch },
    { name: 'members index', path: `${prefix}/members/` },
    { name: 'member page', path: `${prefix}${member}` },
    { name: 'map', path: `${prefix}/map/`, use: mapReady },
    { name: 'figures', path: `${prefix}/figures/` },
    {
      name: 'search (query typed)',
      path: `${prefix}/search/`,
      use: (page) => searchFor(page, '#search-q', '[data-search-results] > li'),
    },
    { name: 'area', path: `${prefix}${area}` },
    { name: 'story', path: `${prefix}${story}` },
    { name: 'about', path: `${prefix}/about/` },
    // An unknown English address gets the 404 page with its status; the French one has its own address.
    prefix ? { name: '404', path: '/fr/404/' } : { name: '404', path: '/no-such-page/', status: 404 },
    { name: 'embed map', path: `${prefix}/embed/map/`, use: mapReady },
  ];
}

describe('the Content-Security-Policy in Chromium', () => {
  const cases = [...pageTypes(''), ...pageTypes('/fr')];

  it.each(cases.map((c) => [c.path, c] as const))('%s loads with no violation', async (_path, type) => {
    const w = await watch();
    try {
      const res = await w.page.goto(baseUrl() + type.path, { waitUntil: 'load' });
      expect(res?.status()).toBe(type.status ?? 200);
      // The policy arrives both ways: the header (with frame-ancestors) and the page's <meta>.
      const header = (await res!.allHeaders())['content-security-policy'];
      const meta = await w.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      // The 404 answer too: the server matches _headers on the file it serves (404.html).
      const framing = type.path.includes('/embed/') ? '*' : "'none'";
      expect(header, 'Content-Security-Policy header').toContain(`frame-ancestors ${framing}`);
      expect(meta, 'Content-Security-Policy <meta>').toContain("script-src 'self'");
      await type.use?.(w.page);
      // Violation events are queued as tasks: let any pending one arrive.
      await w.page.evaluate(() => new Promise((ok) => setTimeout(ok, 250)));
      expect(await w.page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(w.console).toEqual([]);

      // And the policy is in force: an injected inline script does not run, an injected style attribute does not apply.
      const probe = await w.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__cspProbe = true;';
        document.head.append(script);
        const div = document.createElement('div');
        div.setAttribute('style', 'outline-color: rgb(255, 0, 0)');
        document.body.append(div);
        await new Promise((ok) => setTimeout(ok, 100));
        return {
          ran: window.__cspProbe === true,
          styled: getComputedStyle(div).outlineColor === 'rgb(255, 0, 0)',
          violations: window.__cspViolations.map((v) => v.split(' ')[0]),
        };
      });
      // Each policy in force reports its own violation: two (header and <meta>), or one where the
      // host sends no policy header (an unknown address).
      const policies = header ? 2 : 1;
      expect(probe).toEqual({
        ran: false,
        styled: false,
        violations: [...Array(policies).fill('script-src-elem'), ...Array(policies).fill('style-src-attr')],
      });
    } finally {
      await w.context.close();
    }
  });

  it('lets another site frame the embed map, and no other page', async () => {
    const framed = ['/embed/map/', '/fr/embed/map/', '/map/', '/'];
    // The other site: a page on another local port (a different origin; a page from outside
    // the machine would be stopped by Chromium's local network checks before any header counts).
    const partner = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Partner</title>${framed.map((p) => `<iframe src="${baseUrl()}${p}"></iframe>`).join('')}`,
      );
    });
    await new Promise<void>((ok) => partner.listen(0, '127.0.0.1', ok));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      const shown: Record<string, boolean> = {};
      for (const [i, path] of framed.entries()) {
        const frame = page.locator('iframe').nth(i).contentFrame();
        shown[path] = (await frame.locator('main').count()) === 1;
      }
      expect(shown).toEqual({ '/embed/map/': true, '/fr/embed/map/': true, '/map/': false, '/': false });
    } finally {
      await context.close();
      await new Promise((ok) => partner.close(ok));
    }
  });
});

describe('the built HTML', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const withoutScriptsAndStyles = (html: string) =>
    html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '');
  const tags = (html: string) => withoutScriptsAndStyles(html).match(/<[a-zA-Z][^>]*>/g) ?? [];
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((v) => v);

  it('has a _headers policy for every page equal to its <meta> policy, framing allowed only for embeds', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const headers = headersFor(rules, path);
      const csp = headers.filter(([name]) => name === 'Content-Security-Policy').map(([, v]) => v);
      const xfo = headers.filter(([name]) => name === 'X-Frame-Options').map(([, v]) => v);
      const metaTag = (readPage(path).match(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i) ?? [])[0];
      const meta = metaTag && attr(metaTag, 'content')?.replace(/&#39;/g, "'");
      if (csp.length !== 1 || !meta) {
        problems.push(
          `${path}: ${csp.length} Content-Security-Policy header(s), <meta> ${meta ? 'present' : 'missing'}`,
        );
        continue;
      }
      const fromHeader = parsePolicy(csp[0]!);
      const frameAncestors = fromHeader.get('frame-ancestors')?.join(' ');
      fromHeader.delete('frame-ancestors');
      const sorted = (p: Map<string, string[]>) => [...p].map(([k, v]) => `${k} ${[...v].sort().join(' ')}`).sort();
      expect(sorted(fromHeader), path).toEqual(sorted(parsePolicy(meta)));
      const embed = /^(\/fr)?\/embed\//.test(path);
      if (embed ? frameAncestors !== '*' || xfo.length > 0 : frameAncestors !== "'none'" || xfo.join() !== 'DENY') {
        problems.push(`${path}: frame-ancestors ${frameAncestors}, X-Frame-Options ${xfo.join() || 'none'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no inline event handler, javascript: URL or style attribute', () => {
    const problems: string[] = [];
    for (const path of pages) {
      for (const tag of tags(readPage(path))) {
        const handler = /\s(on[a-z]+)\s*=/i.exec(tag);
        if (handler) problems.push(`${path}: ${handler[1]} in ${tag.slice(0, 80)}`);
        if (/=\s*["']?\s*javascript:/i.test(tag)) problems.push(`${path}: javascript: URL in ${tag.slice(0, 80)}`);
        if (/\sstyle\s*=/i.test(tag)) problems.push(`${path}: style attribute in ${tag.slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // What the content sanitizer (src/content-check/markdown-plugins.ts) removes from texts must be on no
  // page at all, except the site's own head, scripts and forms, which are named here.
  it('has none of the elements and attributes the content sanitizer forbids', () => {
    const problems: string[] = [];
    const never = /^<(iframe|frame|frameset|object|embed|applet|portal)\b/i;
    for (const path of pages) {
      const html = readPage(path);
      const bodyStart = html.search(/<body\b/i);
      for (const tag of tags(html)) {
        const at = `${path}: ${tag.slice(0, 80)}`;
        if (never.test(tag)) problems.push(`${at}: forbidden element`);
        // The embed pages' own <base target="_top"> opens links out of the frame; a base address would move every link.
        if (/^<base\b/i.test(tag) && attr(tag, 'href') !== undefined) problems.push(`${at}: base address`);
        const equiv = attr(tag, 'http-equiv');
        if (/^<meta\b/i.test(tag) && equiv && equiv.toLowerCase() !== 'content-security-policy') {
          problems.push(`${at}: meta http-equiv`);
        }
        if (/\s(srcdoc|formaction)\s*=/i.test(tag)) problems.push(`${at}: srcdoc/formaction`);
        for (const name of ['href', 'src', 'action', 'xlink:href', 'data']) {
          const value = [...(attr(tag, name) ?? '')].filter((c) => c.charCodeAt(0) > 0x20).join('');
          if (value && /^(javascript|vbscript|data):/i.test(value) && !/^data:image\//i.test(value)) {
            problems.push(`${at}: ${name}=${value.slice(0, 30)}`);
          }
        }
        if (/^<form\b/i.test(tag)) {
          const action = attr(tag, 'action');
          if ((action && !action.startsWith('/')) || /\smethod\s*=\s*["']?post/i.test(tag)) {
            problems.push(`${at}: form sending elsewhere`);
          }
        }
      }
      const body = html.slice(bodyStart);
      for (const tag of body.match(/<(style|link|meta|base)\b[^>]*>/gi) ?? []) {
        problems.push(`${path}: ${tag.slice(0, 80)} in the body`);
      }
      for (const tag of body.match(/<script\b[^>]*>/gi) ?? []) {
        const type = attr(tag, 'type');
        const src = attr(tag, 'src');
        const own = (type === 'module' && src?.includes('/_astro/')) || type === 'application/ld+json';
        if (!own) problems.push(`${path}: ${tag.slice(0, 80)} in the body`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens links to other sites with rel="noopener noreferrer"', () => {
    const problems: string[] = [];
    let external = 0;
    for (const path of pages) {
      const html = readPage(path);
      const canonical = /<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/i.exec(html)?.[1];
      const site = new URL(canonical ?? 'https://site.invalid/');
      for (const tag of tags(html).filter((t) => /^<(a|area)\s/i.test(t))) {
        const href = attr(tag, 'href');
        if (!href) continue;
        const url = new URL(href.replace(/&amp;/g, '&'), site);
        if (!/^https?:$/.test(url.protocol) || url.host === site.host) continue;
        external++;
        const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${path}: ${tag}`);
      }
    }
    expect(problems).toEqual([]);
    // The site does link out (sources, members' websites): the check above checked something.
    expect(external).toBeGreaterThan(0);
  });
});
