/**
 * A long name wraps on every kind of page: with a 300-character name without
 * spaces in place of the names a page shows (its heading, card titles and
 * every other text equal to them), a 390 px wide phone scrolls no page
 * sideways. The content checks allow names up to 200 characters
 * (src/content.config.ts); the test uses more.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, browserForFile } from './support/browser.ts';
import { htmlPages } from './support/dist.ts';

const { newPage } = browserForFile();
const pages = htmlPages();
const first = (pattern: RegExp) => {
  const found = pages.find((p) => pattern.test(p));
  if (!found) throw new Error(`no built page matches ${pattern}`);
  return found;
};

const LONG_NAME = `${'Laboratoire'.repeat(27)}ABC`;
const WIDTH = 390;

const paths = [
  first(/^\/members\/(?!area\/|department\/)[a-z0-9-]+\/$/),
  first(/^\/fr\/members\/(?!area\/|department\/)[a-z0-9-]+\/$/),
  '/members/',
  first(/^\/stories\/[a-z0-9-]+\/$/),
  first(/^\/areas\/[a-z0-9-]+\/$/),
  '/',
];

describe('a 300-character name without spaces', () => {
  it.each(paths)('wraps at 390 px on %s', async (path) => {
    const page = await newPage();
    await page.setViewportSize({ width: WIDTH, height: 800 });
    await page.goto(new URL(path, baseUrl()).href);
    const replaced = await page.evaluate((name) => {
      const targets = new Set(
        [...document.querySelectorAll('main h1, main h3, .card h3, .card strong')]
          .map((e) => e.textContent?.trim() ?? '')
          .filter(Boolean),
      );
      let count = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (targets.has(node.nodeValue?.trim() ?? '') && !node.parentElement?.closest('header, nav, footer')) {
          node.nodeValue = name;
          count++;
        }
      }
      return count;
    }, LONG_NAME);
    expect(replaced).toBeGreaterThan(0);
    const overflow = await page.evaluate((width) => {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
        .filter((e) => !e.closest('.map, [data-map], svg, table, pre'))
        // The content of a closed <details> (the phone menu) is not drawn, whatever box Chromium reports for it.
        .filter((e) => !e.closest('details:not([open]) > :not(summary)'))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
      return { scrollWidth: document.documentElement.scrollWidth, wide };
    }, WIDTH);
    expect(overflow).toEqual({ scrollWidth: WIDTH, wide: [] });
  });
});
