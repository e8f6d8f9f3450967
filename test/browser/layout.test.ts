/**
 * The layout a first-time reader sees, at 1280 px and on a 390 px phone, on
 * one page of every type in both languages: nothing wider than the window
 * (outside a scroll frame), no chart text under 11 px, a compact header on a
 * phone whose menu folds without JavaScript, a one-row header on a wide
 * screen, and no card heading bigger than the card title style.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, browserForFile } from './support/browser.ts';

const { newPage } = browserForFile();

const PAGE_TYPES = [
  '/',
  '/members/',
  '/members/genethon/',
  '/members/evolucare/',
  '/members/area/digital-health/',
  '/members/department/91/',
  '/areas/',
  '/areas/digital-health/',
  '/stories/',
  '/stories/sfr-medicen-snitem-imaging-prize/',
  '/figures/',
  '/map/',
  '/about/',
  '/data/',
  '/search/?q=imaging',
];
const PAGES = PAGE_TYPES.flatMap((p) => [p, `/fr${p}`]);
const WIDTHS = [1280, 390] as const;

/** What a page's layout measures, from inside the page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScrollFrame = (e: Element) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    // Not hidden, nor inside a closed <details> (whose content keeps a layout box).
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return (
        r.width > 0 && r.height > 0 && e.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })
      );
    };
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((e) => visible(e) && !inScrollFrame(e))
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.right > width + 1 || r.left < -1;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().width)}px`);
    const smallChartText = [...document.querySelectorAll('.chart svg text')]
      .filter(visible)
      .map((e) => ({ text: e.textContent, size: e.getBoundingClientRect().height }))
      .filter((t) => (t.text ?? '').trim() !== '' && t.size < 11)
      .map((t) => `${t.text} (${t.size.toFixed(1)} px)`);
    const header = document.querySelector('.site-header')!.getBoundingClientRect().height;
    const tops = [...document.querySelectorAll('.site-header .wrap > *')]
      .filter(visible)
      .map((e) => e.getBoundingClientRect().top);
    // One row: every item of the header starts within a few pixels of the others.
    const headerRows = Math.max(...tops) - Math.min(...tops) < 12 ? 1 : 2;
    const cardTitle = (card: Element) => card.querySelector('h2, h3');
    const biggerCardHeadings = [...document.querySelectorAll('.card')]
      .flatMap((card) => {
        const title = cardTitle(card);
        const titleSize = title ? parseFloat(getComputedStyle(title).fontSize) : 17;
        return [...card.querySelectorAll('h1, h2, h3, h4')]
          .filter((h) => parseFloat(getComputedStyle(h).fontSize) > Math.max(titleSize, 17.5))
          .map((h) => `${h.textContent?.trim()} (${getComputedStyle(h).fontSize})`);
      })
      .slice(0, 5);
    const blankAboveCardTitle = [...document.querySelectorAll('.card')]
      .map((card) => {
        const title = cardTitle(card);
        if (!title || !visible(card)) return undefined;
        const gap = title.getBoundingClientRect().top - card.getBoundingClientRect().top;
        return gap > 30 ? `${title.textContent?.trim()} (${Math.round(gap)} px)` : undefined;
      })
      .filter(Boolean);
    return { tooWide, smallChartText, header, headerRows, biggerCardHeadings, blankAboveCardTitle };
  });
}

describe.each(WIDTHS)('at %i px', (width) => {
  it.each(PAGES)('%s fits the screen, with readable charts and cards', async (path) => {
    const page = await newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(baseUrl() + path, { waitUntil: 'load' });
    const m = await measure(page);
    expect(m.tooWide, 'elements wider than the window').toEqual([]);
    expect(m.smallChartText, 'chart text under 11 px').toEqual([]);
    expect(m.biggerCardHeadings, 'headings in cards bigger than a card title').toEqual([]);
    expect(m.blankAboveCardTitle, 'blank band above a card title').toEqual([]);
    if (width === 390) expect(m.header, 'header height with the menu closed').toBeLessThan(120);
    else expect(m.headerRows, 'rows in the header').toBe(1);
    await page.close();
  });
});

describe('the phone menu', () => {
  it('is closed at first, opens from the keyboard without JavaScript and lists every section', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}/fr/figures/`);
    const links = page.locator('.site-menu nav a');
    await expect(links.first().isVisible()).resolves.toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.focus('.site-menu summary');
    await page.keyboard.press('Enter');
    await expect(links.first().isVisible()).resolves.toBe(true);
    expect(await links.count()).toBe(6);
    await expect(page.locator('.site-menu nav a[aria-current="page"]').textContent()).resolves.toContain(
      'Chiffres clés',
    );
    await page.close();
  });

  it('is not shown on a wide screen, where the links are in one row', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl()}/`);
    expect(await page.locator('.site-menu').isVisible()).toBe(false);
    expect(await page.locator('.site-nav a').count()).toBe(6);
    await page.close();
  });
});

describe('short pages', () => {
  it('end with the footer at the bottom of the window, no blank strip under it', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto(`${baseUrl()}/areas/`);
    const bottom = await page.evaluate(() => document.querySelector('.site-footer')!.getBoundingClientRect().bottom);
    expect(Math.round(bottom)).toBeGreaterThanOrEqual(1400);
    await page.close();
  });
});
