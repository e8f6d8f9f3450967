/**
 * The interactive map starts when the visitor reaches for it (src/map/client/page.ts):
 * the tests start it as a visitor would, with its "Explore the map" button.
 */
import type { Page } from 'playwright-core';

/** Clicks "Explore the map" (shown once the page is idle and WebGL works) and waits until MapLibre is ready. */
export async function startMap(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('[data-map-start]').click({ timeout });
  await page.waitForSelector('[data-map-root][data-map-state="ready"]', { timeout });
}
