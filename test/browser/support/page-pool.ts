/**
 * A few watched pages that concurrent tests borrow in turn. Opening a browser
 * context costs far more than navigating a page, so a sweep over hundreds of
 * pages reuses a handful of them.
 */
import type { Browser } from 'playwright-core';
import { watchedPage, type Watched } from './browser.ts';

export interface PagePool {
  /** Runs `fn` with a free page (waiting for one if all are busy), then hands the page back. */
  use<T>(fn: (w: Watched) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Up to `size` pages, each prepared once by `setup` (e.g. an init script) when first opened. */
export function pagePool(browser: Browser, size: number, setup: (w: Watched) => Promise<void>): PagePool {
  const all: Watched[] = [];
  const free: Watched[] = [];
  const waiting: ((w: Watched) => void)[] = [];

  async function acquire(): Promise<Watched> {
    const idle = free.pop();
    if (idle) return idle;
    if (all.length < size) {
      const w = await watchedPage(browser);
      all.push(w);
      await setup(w);
      return w;
    }
    return new Promise((ok) => waiting.push(ok));
  }

  function release(w: Watched): void {
    const next = waiting.shift();
    if (next) next(w);
    else free.push(w);
  }

  return {
    async use(fn) {
      const w = await acquire();
      try {
        return await fn(w);
      } finally {
        release(w);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.context.close()));
    },
  };
}
