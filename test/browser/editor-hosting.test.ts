/**
 * /admin/ is protected wherever it is hosted (issue 29). On a host that sends
 * no header (GitHub Pages, simulated by serving dist/ without its _headers):
 * the page's own <meta> policy holds (an injected inline script is refused)
 * and Decap still starts under it; framed by a page of another origin, the
 * editor refuses to start and links to its own address. On a host that reads
 * _headers, frame-ancestors 'none' keeps it out of any frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { en } from '../../src/i18n/en.ts';
import { baseUrl, launch } from './support/browser.ts';
import { DIST, EDITOR_FOLDER } from './support/dist.ts';

declare global {
  interface Window {
    __injected?: boolean;
  }
}

let browser: Browser;
let noHeaders: { server: Server; url: string };
let framer: Server;
let framerUrl: string;
const folder = mkdtempSync(join(tmpdir(), 'medicen-pages-'));

beforeAll(async () => {
  browser = await launch();
  // GitHub Pages: the same files, no _headers.
  symlinkSync(join(DIST, EDITOR_FOLDER), join(folder, EDITOR_FOLDER));
  symlinkSync(join(DIST, 'favicon.svg'), join(folder, 'favicon.svg'));
  noHeaders = (await serveDist({ dir: folder, port: 0 })) as { server: Server; url: string };
  // Another site, which frames the address it is given.
  framer = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>Framer</title><iframe name="editor" src="${target}" width="800" height="600"></iframe>`,
    );
  });
  await new Promise<void>((ok) => framer.listen(0, '127.0.0.1', () => ok()));
  framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => noHeaders?.server.close(ok));
  await new Promise((ok) => framer?.close(ok));
  rmSync(folder, { recursive: true, force: true });
});

/** A page allowed to reach `hosts` only, recording every request it makes. */
async function pageFor(...hosts: string[]): Promise<{ page: Page; requests: string[]; blocked: string[] }> {
  const context = await browser.newContext();
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (hosts.includes(url.host)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { page, requests, blocked };
}

/** The editor's frame inside the framing page, once its document has loaded (or failed to). */
async function editorFrame(page: Page): Promise<Frame> {
  await page.waitForLoadState('load');
  const frame = page.frame({ name: 'editor' });
  if (!frame) throw new Error('no frame named editor');
  return frame;
}

describe('/admin/ on a host without headers (GitHub Pages)', () => {
  it('sends no header policy there, and the page holds its own: an injected inline script is refused', async () => {
    const answer = await fetch(`${noHeaders.url}/admin/`);
    expect(answer.headers.get('content-security-policy')).toBeNull();
    const { page } = await pageFor(new URL(noHeaders.url).host);
    try {
      await page.goto(`${noHeaders.url}/admin/`);
      await page.getByRole('button', { name: /Login/ }).waitFor({ timeout: 30_000 });
      await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
      expect(await page.evaluate(() => window.__injected)).toBeUndefined();
    } finally {
      await page.context().close();
    }
  });

  it('refuses to start inside another site, and links to its own address', async () => {
    const editor = `${noHeaders.url}/admin/`;
    const { page, requests } = await pageFor(new URL(noHeaders.url).host, new URL(framerUrl).host);
    try {
      await page.goto(`${framerUrl}?src=${encodeURIComponent(editor)}`);
      const frame = await editorFrame(page);
      await frame.getByText(en['editor.framed']).waitFor({ timeout: 15_000 });
      expect(await frame.locator(`a[href="${editor}"][target="_blank"]`).count()).toBe(1);
      expect(await frame.evaluate(() => 'CMS' in window)).toBe(false);
      expect(requests.filter((r) => r.includes('/admin/decap/'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('/admin/ on a host that reads _headers', () => {
  it('is kept out of any frame by frame-ancestors', async () => {
    const editor = `${baseUrl()}/admin/`;
    const { page, requests } = await pageFor(new URL(baseUrl()).host, new URL(framerUrl).host);
    try {
      await page.goto(`${framerUrl}?src=${encodeURIComponent(editor)}`);
      const frame = await editorFrame(page);
      // The browser shows its own error document instead of the editor: none of its scripts run.
      await page.waitForTimeout(500);
      expect(await frame.getByText(en['editor.framed']).count()).toBe(0);
      expect(requests.filter((r) => r.includes('/admin/admin.js') || r.includes('/admin/decap/'))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
