/**
 * The map page with the keyboard alone (page.keyboard only: no clicks, no
 * element.focus()): from the top of the page, Tab to the area filter and
 * change it with the arrow keys, see the list, its count and the address
 * follow; Tab on (past "Explore the map") to an organization in the list,
 * open its popup on the map (which starts the map),
 * move through the popup, close it with Escape (focus returns to the list),
 * open it again and follow the link to the member page with Enter. Every
 * element that takes focus on the way shows a visible focus indicator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { baseUrl, launch, watchedPage } from './support/browser.ts';
import { ROOT } from './support/dist.ts';

const orgs = loadContent(ROOT).organizations.map((e) => ({ ...e.data, slug: e.slug }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What has focus, and whether it shows it (an outline or a box shadow). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { selector: '', ring: false, inPopup: false, href: null, name: null };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      selector: `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`,
      ring: outline || style.boxShadow !== 'none',
      inPopup: !!el.closest('.maplibregl-popup'),
      href: el.getAttribute('href'),
      name: el.getAttribute('name'),
    };
  });

/** Presses `key` until the focused element matches `selector`; fails after `max` presses. */
async function pressUntil(page: Page, key: string, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    expect(f.ring, `focus indicator on ${f.selector} (${f.href ?? ''})`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${max} presses of ${key}`);
}

describe('the map page with the keyboard only', () => {
  it('filters, reaches the list, opens a popup, closes it and follows its link', async () => {
    const w = await watchedPage(browser);
    try {
      const { page } = w;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(baseUrl() + '/map/');
      // The page is idle, the interactive map not started: "Show on the map" will start it.
      await page.locator('[data-map-start]').waitFor({ timeout: 60_000 });
      const countBefore = await page.locator('[data-map-count]').innerText();

      // The filters: Tab to the area list and pick the next area with the down arrow.
      await pressUntil(page, 'Tab', 'select[name="area"]');
      await page.keyboard.press('ArrowDown');
      const area = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
      expect(area).not.toBe('');
      await page.waitForFunction((a) => new URLSearchParams(location.search).get('area') === a, area);
      const expected = orgs.filter((o) => o.areas.includes(area)).map((o) => o.slug);
      expect(expected.length).toBeGreaterThan(0);
      const listed = await page
        .locator('li.map-org:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-org')!));
      expect(listed.sort()).toEqual([...expected].sort());
      // The count, a polite live region, announces the new numbers.
      const count = page.locator('[data-map-count]');
      expect(await count.getAttribute('aria-live')).toBe('polite');
      expect(await count.innerText()).not.toBe(countBefore);
      expect(await count.locator('[data-count-orgs]').getAttribute('data-count-orgs')).toBe(String(expected.length));

      // The list: Tab on to the first "show on the map" button of a listed organization.
      await pressUntil(page, 'Tab', 'li.map-org:not([hidden]) button[data-show]');
      const slug = await page.evaluate(() => document.activeElement!.closest('li.map-org')!.getAttribute('data-org')!);
      expect(expected).toContain(slug);
      const org = orgs.find((o) => o.slug === slug)!;

      // Enter opens the popup and moves focus into it, onto the link to the member page.
      await page.keyboard.press('Enter');
      const popup = page.locator('.maplibregl-popup .map-popup');
      await popup.waitFor({ timeout: 60_000 });
      expect(await popup.getAttribute('data-popup-org')).toBe(slug);
      expect(await popup.innerText()).toContain(org.name);
      let f = await focused(page);
      expect(f).toMatchObject({ inPopup: true, ring: true, href: `/members/${slug}/` });
      // The rest of the popup is reachable, and Shift+Tab comes back.
      await page.keyboard.press('Tab');
      f = await focused(page);
      expect(f).toMatchObject({ inPopup: true, ring: true, href: `/members/${slug}/` });
      expect(await page.evaluate(() => document.activeElement!.classList.contains('popup-member'))).toBe(true);
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement!.closest('h2') !== null)).toBe(true);

      // Escape closes it and gives focus back to the button in the list.
      await page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
      f = await focused(page);
      expect(f.ring).toBe(true);
      expect(
        await page.evaluate(
          (s) => document.activeElement!.matches(`li.map-org[data-org="${s}"] button[data-show]`),
          slug,
        ),
      ).toBe(true);

      // Space opens it again; Enter follows the link to the member page.
      await page.keyboard.press('Space');
      await popup.waitFor();
      expect((await focused(page)).inPopup).toBe(true);
      await Promise.all([page.waitForURL(`**/members/${slug}/`), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).pathname).toBe(`/members/${slug}/`);
      expect((await page.locator('h1').innerText()).trim()).toBe(org.name);
      expect(w.consoleErrors).toEqual([]);
      expect(w.offsiteRequests).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 180_000);
});
