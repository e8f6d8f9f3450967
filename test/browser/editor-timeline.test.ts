/**
 * The web editor in local mode shows the timeline: a "Timeline" collection
 * whose one file, content/timeline.json, opens as a form listing every entry
 * of the file (summed up by date and id), with no request to another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/browser.ts';
import { openEditor, type EditorSession } from './support/editor.ts';

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

describe('web editor, local mode: the timeline', () => {
  it('lists the Timeline collection and opens content/timeline.json with every entry', async () => {
    const { page, repo } = session;
    const { entries } = JSON.parse(readFileSync(join(repo, 'content/timeline.json'), 'utf8')) as {
      entries: { id: string; date: string; title: { en: string; fr: string }; text: { en: string; fr: string } }[];
    };
    expect(entries.length).toBeGreaterThan(2);
    await page.getByRole('link', { name: 'Timeline' }).first().click();
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
    expect(session.pageErrors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
