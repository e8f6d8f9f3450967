/**
 * The web editor in local mode (`npm run edit`'s server, writing into a copy
 * of content/): an organization created through the form, with its site in
 * Essonne, an area, a source and its French description, is written as the
 * site's files with the expected front matter, and `npm run check:content`
 * accepts them; a postcode of another department is refused in the form with
 * the message of `npm run check:content`; the Timeline collection opens
 * content/timeline.json as a list of every entry, French beside English.
 * Under the editor's own policy (from dist/_headers), with no request to
 * another host. A page of another local origin can neither read nor write
 * through the proxy (scripts/lib/editor-guard.mjs). The build of such
 * an entry is tested in editor-build.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { formProblems } from '../../src/editor/form-checks.ts';
import { launch } from './support/browser.ts';
import { createOrganization, EXAMPLE, openEditor, ROOT, type EditorSession } from './support/editor.ts';

/** The front matter and the text of a Markdown file. */
function readMarkdown(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return m ? { data: parse(m[1]!) as Record<string, unknown>, body: m[2]!.trim() } : { data: {}, body: text.trim() };
}

let browser: Browser;
let session: EditorSession;
beforeAll(async () => {
  browser = await launch();
  session = await openEditor(browser);
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
});

describe('web editor, local mode', () => {
  it('creates an organization with its French description, as files the content checks accept', async () => {
    const { page, repo } = session;
    await createOrganization(page, EXAMPLE);
    await page.getByText('Entry saved').waitFor({ timeout: 15_000 });
    const en = join(repo, 'content/organizations/en/institut-exemple-evry.md');
    const fr = join(repo, 'content/organizations/fr/institut-exemple-evry.md');
    await expect.poll(() => existsSync(en) && existsSync(fr)).toBe(true);
    const english = readMarkdown(en);
    expect(english.data).toEqual({
      name: 'Institut Exemple Évry',
      relation: 'member',
      kind: 'research',
      areas: ['digital-health'],
      sites: [
        {
          label: 'Head office',
          city: 'Évry-Courcouronnes',
          postcode: '91000',
          department: '91',
          lat: 48.6295,
          lon: 2.441,
          precision: 'town',
        },
      ],
      sources: ['https://example.org/institut-exemple-evry'],
    });
    expect(english.body).toBe(EXAMPLE.description.en);
    expect(readMarkdown(fr).body).toBe(EXAMPLE.description.fr);
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', repo], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toMatch(/^Content checks passed\./);
    expect(check.status).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses a postcode of another department with the message of npm run check:content', async () => {
    const { page, repo } = session;
    const wrong = { ...EXAMPLE, name: 'Institut Exemple Paris', site: { ...EXAMPLE.site, postcode: '75013' } };
    await createOrganization(page, wrong);
    const message =
      'sites[0].department is "91" but postcode 75013 belongs to 75 (Paris); fix the department or the postcode';
    // The same words as the content checks, which the form runs on the entry.
    expect(formProblems('organizations', { sites: [{ ...wrong.site, lat: 48.6295, lon: 2.441 }] })).toEqual([message]);
    await expect.poll(() => page.getByText(message).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(existsSync(join(repo, 'content/organizations/en/institut-exemple-paris.md'))).toBe(false);
  });

  it('lists the Timeline collection and opens content/timeline.json with every entry', async () => {
    const { page, repo } = session;
    const { entries } = JSON.parse(readFileSync(join(repo, 'content/timeline.json'), 'utf8')) as {
      entries: { id: string; date: string; title: { en: string; fr: string }; text: { en: string; fr: string } }[];
    };
    expect(entries.length).toBeGreaterThan(2);
    // (The refused save above leaves its own page error: count only this test's.)
    const errorsBefore = session.pageErrors.length;
    await page.goto(new URL('/admin/#/collections/timeline', page.url()).href);
    // The collection's one file, then its form.
    await page.locator('a[href$="/collections/timeline/entries/timeline"]').click();
    const first = entries[0]!;
    const last = entries.at(-1)!;
    await page.getByText(`${first.date} · ${first.id}`, { exact: true }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByText(`${last.date} · ${last.id}`, { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText(new RegExp(`^${entries.length} entries$`, 'i')).count()).toBe(1);
    // Opened, the first entry shows its title and text in English and in French.
    const item = page
      .getByText(`${first.date} · ${first.id}`, { exact: true })
      .locator('xpath=ancestor::div[.//button][1]');
    await item.locator('button').first().click();
    // The fields shown (collapsed items keep theirs in the page, hidden).
    const values = () =>
      page
        .locator('input, textarea')
        .evaluateAll((els) =>
          els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => (e as HTMLInputElement).value),
        );
    await expect
      .poll(values)
      .toEqual(expect.arrayContaining([first.id, first.title.en, first.title.fr, first.text.en, first.text.fr]));
    expect(session.pageErrors.slice(errorsBefore)).toEqual([]);
  });

  it('answers no other local page: its reads and writes through the proxy are refused (issue 29)', async () => {
    const { repo } = session;
    const editorUrl = new URL(session.page.url()).origin;
    // A page of another local origin (another port), as any local development server could serve.
    const other = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Another local page</title>');
    });
    await new Promise<void>((ok) => other.listen(0, '127.0.0.1', () => ok()));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      const attempts = await page.evaluate(async (api) => {
        const post = (body: unknown) =>
          fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
            .then((r) => `status ${r.status}`)
            .catch(() => 'refused');
        return [
          await post({
            action: 'entriesByFolder',
            params: { branch: 'main', folder: 'content', extension: 'json', depth: 1 },
          }),
          await post({
            action: 'persistMedia',
            params: {
              branch: 'main',
              asset: { path: 'content/probe.md', content: btoa('overwritten\n'), encoding: 'base64' },
              options: { commitMessage: 'x' },
            },
          }),
        ];
      }, `${editorUrl}/api/v1`);
      // The browser reads no answer (no CORS header for that origin), and nothing is written.
      expect(attempts).toEqual(['refused', 'refused']);
      expect(existsSync(join(repo, 'content/probe.md'))).toBe(false);
    } finally {
      await context.close();
      await new Promise((ok) => other.close(ok));
    }
  });

  it('made no request to another host, under the editor policy with no violation', () => {
    expect(session.offsiteRequests).toEqual([]);
    expect(session.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
  });
});
