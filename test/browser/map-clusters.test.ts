/**
 * The map's clusters after filter changes: the clusters and single points
 * MapLibre holds add up to the sites the filters leave, the same number the
 * page shows and, for the real content, the same sites as the list. Also with
 * 5,000 generated sites (as in `npm run bench:map`), at several zooms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { EMPTY_FILTERS, filterSites, type FilterState } from '../../src/map/filters.ts';
import type { MapSites } from '../../src/map/sites.ts';
import { generatedSitesFile } from '../../scripts/lib/generated-sites.ts';
import { baseUrl, launch, watchedPage, type Watched } from './support/browser.ts';
import { startMap } from './support/map.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openMap(body?: string): Promise<Watched> {
  const w = await watchedPage(browser);
  if (body) {
    await w.context.route('**/data/map-sites.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
    );
  }
  await w.page.goto(baseUrl() + '/map/');
  await startMap(w.page);
  return w;
}

/** Sets the form to a filter state, with one input event (as a change of one field gives). */
async function setFilters(page: Page, state: FilterState): Promise<void> {
  await page.evaluate((state) => {
    const form = document.querySelector<HTMLFormElement>('[data-map-filters]')!;
    for (const name of ['q', 'kind', 'relation', 'area', 'dept'] as const) {
      (form.elements.namedItem(name) as HTMLInputElement).value = state[name];
    }
    form.querySelector('select[name="kind"]')!.dispatchEvent(new Event('input', { bubbles: true }));
  }, state);
}

/**
 * What the map holds: sites by id, the sum of its clusters' and points' counts, the page's count.
 * The source's data comes from MapLibre's worker after every update queued before: no need to wait for a frame.
 */
const mapCounts = (page: Page) =>
  page.evaluate(async () => {
    const map = window.__medicenMap!;
    const data = (await map.getSource<import('maplibre-gl').GeoJSONSource>('sites')!.getData()) as unknown as {
      features: { properties: { point_count?: number } }[];
    };
    return {
      ids: [...window.__medicenMapSites!()].sort((a, b) => a - b),
      inSource: data.features.reduce((n, f) => n + (f.properties.point_count ?? 1), 0),
      clusters: data.features.filter((f) => f.properties.point_count !== undefined).length,
      shown: Number(document.querySelector('[data-count-points]')!.getAttribute('data-count-points')),
    };
  });

/** The sites of the organizations the list shows (an organization is listed with its matching sites). */
const listedSites = (page: Page) =>
  page
    .locator('li.map-org:visible [data-site-id]')
    .evaluateAll((els) => [...new Set(els.map((e) => Number(e.getAttribute('data-site-id'))))].sort((a, b) => a - b));

const expected = (sites: MapSites, state: FilterState) =>
  filterSites(
    sites.features.map((f) => ({ ...f.properties, i: f.id })),
    state,
  ).map((s) => s.i);

describe('cluster counts after filter changes', () => {
  it('match the list and the count for the real content', async () => {
    const w = await openMap();
    try {
      const sites = (await w.page.evaluate(async () => (await fetch('/data/map-sites.geojson')).json())) as MapSites;
      const kinds = [...new Set(sites.features.map((f) => f.properties.kind))];
      const areas = [...new Set(sites.features.flatMap((f) => f.properties.areas))];
      const states: FilterState[] = [
        { ...EMPTY_FILTERS, kind: kinds[0]! },
        { ...EMPTY_FILTERS, dept: '91' },
        { ...EMPTY_FILTERS, area: areas[0]!, dept: '75' },
        { ...EMPTY_FILTERS, relation: 'partner' },
        { ...EMPTY_FILTERS, q: 'a' },
        EMPTY_FILTERS,
      ];
      for (const state of states) {
        await setFilters(w.page, state);
        const want = expected(sites, state).sort((a, b) => a - b);
        const got = await mapCounts(w.page);
        const label = JSON.stringify(state);
        expect(got.ids, label).toEqual(want);
        expect(got.inSource, label).toBe(want.length);
        expect(got.shown, label).toBe(want.length);
        // The list also names the sites of its organizations outside the region: compare those in it.
        const inRegion = (ids: number[]) => ids.filter((i) => sites.features[i]!.properties.inRegion);
        expect(inRegion(await listedSites(w.page)), label).toEqual(inRegion(want));
      }
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('add up to the filtered set of 5,000 generated sites, at several zooms', async () => {
    const real = (await (await fetch(baseUrl() + '/data/map-sites.geojson')).json()) as MapSites;
    const areas = [...new Set(real.features.flatMap((f) => f.properties.areas))];
    const body = generatedSitesFile(5000, areas);
    const sites = JSON.parse(body) as MapSites;
    const w = await openMap(body);
    try {
      const states: FilterState[] = [
        EMPTY_FILTERS,
        { ...EMPTY_FILTERS, kind: 'sme' },
        { ...EMPTY_FILTERS, kind: 'sme', dept: '92' },
        { ...EMPTY_FILTERS, q: 'organization 12' },
      ];
      for (const state of states) {
        await setFilters(w.page, state);
        const want = expected(sites, state);
        for (const zoom of [7, 12.5]) {
          await w.page.evaluate((zoom) => window.__medicenMap!.jumpTo({ zoom }), zoom);
          const got = await mapCounts(w.page);
          const label = `${JSON.stringify(state)} at zoom ${zoom}`;
          expect(got.ids, label).toEqual([...want].sort((a, b) => a - b));
          expect(got.inSource, label).toBe(want.length);
          expect(got.shown, label).toBe(want.length);
          if (zoom > 12) expect(got.clusters, label).toBe(0);
          else if (want.length > 500) expect(got.clusters, label).toBeGreaterThan(0);
        }
      }
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  }, 120_000);
});
