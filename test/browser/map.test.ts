/**
 * The interactive map (/map/, /embed/map/) in Chromium, with WebGL through
 * SwiftShader: the real MapLibre map, its source, rendered points, popups
 * and the choropleth, checked against the content files; and the fallbacks
 * without WebGL and without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/content-check/index.ts';
import { DEPARTMENT_CODES } from '../../src/model/constants.ts';
import { groupByPlacement, isRegionDepartment } from '../../src/model/directory.ts';
import { baseUrl, launch, watchedPage, type Watched } from './support/browser.ts';
import { ROOT } from './support/dist.ts';
import { startMap } from './support/map.ts';

const content = loadContent(ROOT);
const orgs = content.organizations.map((e) => ({ ...e.data, slug: e.slug }));
const allSites = orgs.flatMap((o) => o.sites.map((s) => ({ org: o, site: s })));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The requests for MapLibre's code (the island chunk, its worker, its CSS) a page makes. */
function mapLibreRequests(w: Watched): string[] {
  const urls: string[] = [];
  w.page.on('request', (r) => {
    if (/island|maplibre/i.test(r.url())) urls.push(r.url());
  });
  return urls;
}

/** Opens a map page, starts the interactive map and waits until MapLibre has drawn its points. */
async function openMap(path = '/map/', setup?: (w: Watched) => Promise<void>): Promise<Watched> {
  const w = await watchedPage(browser);
  await setup?.(w);
  await w.page.goto(baseUrl() + path);
  await startMap(w.page, 30_000);
  await idle(w.page);
  return w;
}

/** Waits for the map to finish rendering (after a filter or a camera move). */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const map = window.__medicenMap!;
        map.once('idle', () => ok());
        // A map with nothing left to do fires no new idle event: a repaint makes it fire one.
        map.triggerRepaint();
      }),
  );

/**
 * The sites the map holds and their organizations. MapLibre's "sites" source holds the clusters and
 * single points of the zoom on screen: they must add up to the same number of sites.
 */
const sourceFeatures = (page: Page) =>
  page.evaluate(async () => {
    const map = window.__medicenMap!;
    const data = (await map.getSource<import('maplibre-gl').GeoJSONSource>('sites')!.getData()) as unknown as {
      features: { properties: { i?: number; point_count?: number } }[];
    };
    const all = (await (await fetch('/data/map-sites.geojson')).json()) as {
      features: { properties: { slug: string } }[];
    };
    const ids = window.__medicenMapSites!();
    const inSource = data.features.reduce((n, f) => n + (f.properties.point_count ?? 1), 0);
    if (inSource !== ids.length) throw new Error(`the source holds ${inSource} sites, the map ${ids.length}`);
    return ids.map((i) => all.features[i]!.properties.slug);
  });

/** Sites drawn on screen: clusters count for their points. */
const renderedPoints = (page: Page) =>
  page.evaluate(() => {
    const map = window.__medicenMap!;
    const seen = new Set<string>();
    let total = 0;
    for (const f of map.queryRenderedFeatures({ layers: ['site-clusters', 'site-points'] })) {
      const key = f.properties.cluster_id !== undefined ? `c${f.properties.cluster_id}` : `p${f.properties.i}`;
      if (seen.has(key)) continue; // a feature can be returned once per tile
      seen.add(key);
      total += f.properties.point_count ?? 1;
    }
    const b = map.getBounds();
    return { total, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as const };
  });

/** The organizations the list shows, each once (one with sites in two departments is under both). */
const visibleOrgs = (page: Page) =>
  page.locator('li.map-org:visible').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-org')!))]);

describe('the interactive map', () => {
  it('loads with no console error, no failed request and no request off localhost', async () => {
    const w = await openMap();
    try {
      expect(await w.page.locator('.map-canvas canvas').count()).toBe(1);
      expect(await w.page.locator('[data-map-static]').isHidden()).toBe(true);
      expect(w.consoleErrors).toEqual([]);
      expect(w.failedRequests).toEqual([]);
      expect(w.offsiteRequests).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('holds one point per site in content, and draws every site in view', async () => {
    const w = await openMap();
    try {
      const slugs = await sourceFeatures(w.page);
      expect(slugs).toHaveLength(allSites.length);
      expect(slugs.sort()).toEqual(allSites.map((s) => s.org.slug).sort());
      const { total, bounds } = await renderedPoints(w.page);
      const [west, south, east, north] = bounds;
      const inView = allSites.filter(
        ({ site }) => site.lon >= west && site.lon <= east && site.lat >= south && site.lat <= north,
      );
      expect(inView.length).toBeGreaterThan(0);
      expect(total).toBe(inView.length);
      // The first view fits the region: every site of the region is in it.
      expect(inView.length).toBeGreaterThanOrEqual(
        allSites.filter((s) => isRegionDepartment(s.site.department)).length,
      );
    } finally {
      await w.context.close();
    }
  });

  it('gives the same organizations in the list and on the map for a filter in the URL', async () => {
    // The area and department with the most sites, so that the filtered view is not empty.
    const pairs = new Map<string, number>();
    for (const { org, site } of allSites) {
      for (const area of org.areas)
        pairs.set(`${area}|${site.department}`, (pairs.get(`${area}|${site.department}`) ?? 0) + 1);
    }
    const [area, dept] = [...pairs.entries()]
      .filter(([k]) => isRegionDepartment(k.split('|')[1]!))
      .sort((a, b) => b[1] - a[1])[0]![0]
      .split('|') as [string, string];
    const expectedSites = allSites.filter((s) => s.org.areas.includes(area) && s.site.department === dept);
    const expectedOrgs = new Set(expectedSites.map((s) => s.org.slug));

    const w = await openMap(`/map/?area=${area}&dept=${dept}`);
    try {
      const listed = await visibleOrgs(w.page);
      expect(new Set(listed)).toEqual(expectedOrgs);
      expect(listed).toHaveLength(expectedOrgs.size);
      expect(await w.page.getAttribute('[data-count-orgs]', 'data-count-orgs')).toBe(String(expectedOrgs.size));
      const mapped = await sourceFeatures(w.page);
      expect(mapped).toHaveLength(expectedSites.length);
      expect(new Set(mapped)).toEqual(expectedOrgs);
      expect(await w.page.getAttribute('[data-count-points]', 'data-count-points')).toBe(String(expectedSites.length));
      expect((await renderedPoints(w.page)).total).toBe(expectedSites.length);
      // The form shows the filters read from the URL.
      expect(await w.page.locator('select[name="area"]').inputValue()).toBe(area);
      expect(await w.page.locator('select[name="dept"]').inputValue()).toBe(dept);
    } finally {
      await w.context.close();
    }
  });

  it('puts filters in the URL as they change, and the back button restores the previous view', async () => {
    const w = await openMap();
    try {
      const kinds = [...new Set(orgs.map((o) => o.kind))];
      const kind = kinds.sort(
        (a, b) => orgs.filter((o) => o.kind === b).length - orgs.filter((o) => o.kind === a).length,
      )[0]!;
      await w.page.selectOption('select[name="kind"]', kind);
      expect(new URL(w.page.url()).search).toBe(`?kind=${kind}`);
      expect(await visibleOrgs(w.page)).toHaveLength(orgs.filter((o) => o.kind === kind).length);
      await w.page.fill('main input[name="q"]', 'zzzz-no-such-name');
      expect(await visibleOrgs(w.page)).toHaveLength(0);
      expect(await w.page.locator('[data-list-none]').isVisible()).toBe(true);
      await idle(w.page);
      expect(await sourceFeatures(w.page)).toHaveLength(0);
      await w.page.goBack();
      await w.page.waitForFunction(() => location.search === '' || !location.search.includes('q='));
      expect(new URL(w.page.url()).search).toBe(`?kind=${kind}`);
      expect(await w.page.locator('main input[name="q"]').inputValue()).toBe('');
      expect(await visibleOrgs(w.page)).toHaveLength(orgs.filter((o) => o.kind === kind).length);
      await w.page.goBack();
      await w.page.waitForFunction(() => location.search === '');
      expect(await visibleOrgs(w.page)).toHaveLength(orgs.length);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('opens the right popup with a working link when a list item is selected, with the keyboard alone', async () => {
    const w = await openMap();
    try {
      // An organization with several sites if there is one: its second site.
      const multi = orgs.find((o) => o.sites.filter((s) => isRegionDepartment(s.department)).length > 1);
      const target = multi ?? orgs.find((o) => o.sites.length > 0)!;
      const siteIndex = multi ? multi.sites.findIndex((s, i) => i > 0 && isRegionDepartment(s.department)) : 0;
      const site = target.sites[siteIndex]!;
      const button = w.page.locator(`li.map-org[data-org="${target.slug}"] button[data-show]`).nth(siteIndex);
      await button.focus();
      await w.page.keyboard.press('Enter');
      const popup = w.page.locator('.maplibregl-popup .map-popup');
      await popup.waitFor();
      expect(await popup.getAttribute('data-popup-org')).toBe(target.slug);
      const text = await popup.innerText();
      expect(text).toContain(target.name);
      expect(text).toContain(site.label);
      expect(text).toContain(site.city);
      // Focus moved into the popup, onto the link to the member page.
      const focused = await w.page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(focused).toBe(`/members/${target.slug}/`);
      await idle(w.page);
      const center = await w.page.evaluate(() => window.__medicenMap!.getCenter().toArray());
      expect(center[0]).toBeCloseTo(site.lon, 3);
      expect(center[1]).toBeCloseTo(site.lat, 3);
      // Escape closes the popup and gives focus back to the list.
      await w.page.keyboard.press('Escape');
      await popup.waitFor({ state: 'detached' });
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
      // Open it again and follow the link.
      await w.page.keyboard.press('Enter');
      await popup.waitFor();
      await Promise.all([w.page.waitForURL(`**/members/${target.slug}/`), w.page.keyboard.press('Enter')]);
      expect((await w.page.locator('h1').innerText()).trim()).toBe(target.name);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('shades departments by organizations with a site there, with a legend that matches the content', async () => {
    const groups = groupByPlacement(orgs);
    const w = await openMap();
    try {
      const legend = w.page.locator('[data-choropleth-legend]');
      expect(await legend.isHidden()).toBe(true);
      await w.page.check('input[name="layer"]');
      expect(new URL(w.page.url()).searchParams.get('layer')).toBe('departments');
      expect(await legend.isVisible()).toBe(true);
      for (const code of DEPARTMENT_CODES) {
        const li = legend.locator(`[data-dept="${code}"]`);
        expect(await li.getAttribute('data-count'), code).toBe(String(groups.present[code].length));
        expect((await li.textContent())!.replace(/\s+/g, ' ')).toContain(
          `${content.departments[code]!.name} (${code}): ${groups.present[code].length}`,
        );
      }
      await idle(w.page);
      const layer = await w.page.evaluate(() => {
        const map = window.__medicenMap!;
        return {
          visibility: map.getLayoutProperty('departments-choropleth', 'visibility'),
          fill: JSON.stringify(map.getPaintProperty('departments-choropleth', 'fill-color')),
        };
      });
      expect(layer.visibility).toBe('visible');
      // The map paints each department with its legend swatch's colour.
      for (const code of DEPARTMENT_CODES) {
        const swatch = await legend
          .locator(`[data-dept="${code}"] [data-swatch]`)
          .evaluate((s) => (s as HTMLElement).style.background);
        const hex = swatch.startsWith('rgb')
          ? '#' +
            swatch
              .match(/\d+/g)!
              .map((n) => Number(n).toString(16).padStart(2, '0'))
              .join('')
          : swatch;
        expect(layer.fill.toLowerCase()).toContain(`"${code}","${hex.toLowerCase()}"`);
      }
      // The legend names its classes (ranges of counts), the busiest last; the map writes each count on its department.
      const classes = await legend.locator('[data-class]:visible [data-class-range]').allInnerTexts();
      expect(classes[0]!.trim()).toBe('none');
      const max = Math.max(...DEPARTMENT_CODES.map((c) => groups.present[c].length));
      expect(classes.at(-1)!.trim()).toMatch(new RegExp(`(^|–)${max}$`));
      // Each class says how many departments it holds: eight in all.
      const inClasses = await legend.locator('[data-class]:visible [data-class-depts]').allInnerTexts();
      expect(inClasses.reduce((n, text) => n + Number(text.match(/\d+/)![0]), 0)).toBe(DEPARTMENT_CODES.length);
      const labelText = await w.page.evaluate(() =>
        JSON.stringify(window.__medicenMap!.getLayoutProperty('department-labels', 'text-field')),
      );
      for (const code of DEPARTMENT_CODES) expect(labelText).toContain(`"${code}","${groups.present[code].length}"`);
      await w.page.uncheck('input[name="layer"]');
      expect(await legend.isHidden()).toBe(true);
      expect(
        await w.page.evaluate(() => window.__medicenMap!.getLayoutProperty('departments-choropleth', 'visibility')),
      ).toBe('none');
    } finally {
      await w.context.close();
    }
  });

  it('shows a name as text everywhere, popup included', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const w = await openMap('/map/', async (w) => {
      await w.context.route('**/data/map-sites.geojson', async (route) => {
        const res = await route.fetch();
        const data = (await res.json()) as { features: { properties: { name: string } }[] };
        data.features[0]!.properties.name = evil;
        await route.fulfill({ response: res, body: JSON.stringify(data) });
      });
    });
    try {
      await w.page.locator('button[data-show="0"]').click();
      const popup = w.page.locator('.maplibregl-popup .map-popup');
      await popup.waitFor();
      expect(await popup.locator('h2').innerText()).toBe(evil);
      expect(await popup.locator('img').count()).toBe(0);
      await w.page.waitForTimeout(200);
      expect(await w.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await w.context.close();
    }
  });

  it('falls back to the embedded basemap when a configured remote style fails', async () => {
    const w = await openMap('/map/', async (w) => {
      await w.context.route('**/map/', async (route) => {
        const res = await route.fetch();
        const html = (await res.text()).replace('data-style-url=""', 'data-style-url="/no-such-style.json"');
        await route.fulfill({ response: res, body: html });
      });
    });
    try {
      expect(await w.page.evaluate(() => window.__medicenMap!.getLayer('department-lines') !== undefined)).toBe(true);
      expect((await renderedPoints(w.page)).total).toBeGreaterThan(0);
      expect(w.offsiteRequests).toEqual([]);
      expect(w.consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('works in the embeddable frame, without the site header or footer', async () => {
    const w = await openMap('/embed/map/');
    try {
      expect(await w.page.locator('header.site-header, footer.site-footer').count()).toBe(0);
      expect(await sourceFeatures(w.page)).toHaveLength(allSites.length);
      expect(w.consoleErrors).toEqual([]);
      expect(w.offsiteRequests).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('the map reads like a map', () => {
  /** The distinct values of a property among the features a layer draws on screen. */
  const rendered = (page: Page, layers: string[], property = 'name') =>
    page.evaluate(
      ([layers, property]) => [
        ...new Set(window.__medicenMap!.queryRenderedFeatures({ layers }).map((f) => String(f.properties[property]))),
      ],
      [layers, property] as const,
    );

  it('names the communes at zoom 11 over Évry, loading their file only when zoomed in', async () => {
    const communeRequests: string[] = [];
    const w = await openMap('/map/', async (w) => {
      w.page.on('request', (r) => r.url().includes('communes.geojson') && communeRequests.push(r.url()));
    });
    try {
      expect(communeRequests).toEqual([]);
      expect(await rendered(w.page, ['department-labels'])).toEqual(expect.arrayContaining(['Essonne', 'Paris']));
      await w.page.evaluate(() => window.__medicenMap!.jumpTo({ center: [2.44, 48.63], zoom: 11 }));
      await w.page.waitForFunction(() => window.__medicenMap!.isSourceLoaded('communes'));
      await w.page.waitForFunction(
        () => window.__medicenMap!.queryRenderedFeatures({ layers: ['commune-labels'] }).length > 0,
      );
      await idle(w.page);
      expect(communeRequests).toHaveLength(1);
      const communes = await rendered(w.page, ['commune-labels']);
      const known = await w.page.evaluate(async () =>
        (
          (await (await fetch('/data/communes.geojson')).json()) as { features: { properties: { name?: string } }[] }
        ).features.map((f) => f.properties.name),
      );
      expect(communes.length).toBeGreaterThanOrEqual(5);
      for (const name of communes) expect(known).toContain(name);
      // Courcouronnes merged into Évry in 2019: one commune, named as today.
      expect(communes).not.toContain('Courcouronnes');
      const towns = await rendered(w.page, ['town-labels', 'town-labels-1', 'town-labels-2']);
      expect(towns).toContain('Évry-Courcouronnes');
      expect(await rendered(w.page, ['commune-lines'], 'layer')).toEqual(['commune']);
      expect(w.consoleErrors).toEqual([]);
      expect(w.offsiteRequests).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('naming points', () => {
  it('names a point in a tooltip on hover, and the site of a focused list button', async () => {
    const w = await openMap();
    try {
      // A point drawn on its own (not in a cluster), and where it is on the screen.
      const target = await w.page.evaluate(() => {
        const map = window.__medicenMap!;
        const f = map.queryRenderedFeatures({ layers: ['site-points'] })[0]!;
        const at = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
        const p = map.project(at);
        const r = map.getCanvas().getBoundingClientRect();
        return { i: Number(f.properties.i), x: r.left + p.x, y: r.top + p.y };
      });
      const all = await w.page.evaluate(async () =>
        (
          (await (await fetch('/data/map-sites.geojson')).json()) as { features: { properties: { name: string } }[] }
        ).features.map((f) => f.properties.name),
      );
      await w.page.mouse.move(target.x, target.y);
      const tooltip = w.page.locator('.map-tooltip');
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toContain(all[target.i]!);
      await w.page.mouse.move(5, 5);
      await tooltip.waitFor({ state: 'detached' });

      const button = w.page.locator('button[data-show]').first();
      const id = Number(await button.getAttribute('data-show'));
      await button.focus();
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toBe(all[id]!);
      expect(await tooltip.getAttribute('aria-hidden')).toBe('true');
      await w.page.locator('main input[name="q"]').focus();
      await tooltip.waitFor({ state: 'detached' });
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('on a phone', () => {
  it('shows the map canvas in the first viewport, folds the filters, and "Show on the map" leaves the popup visible', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.setViewportSize({ width: 390, height: 844 });
      await w.page.goto(baseUrl() + '/map/?dept=91');
      // The map is on the first screen, without any scrolling: the overview, then the map a tap starts.
      await w.page.locator('[data-map-start]').waitFor();
      const frameTop = await w.page.locator('[data-map-frame]').evaluate((e) => e.getBoundingClientRect().top);
      expect(frameTop).toBeLessThan(844 - 200);
      expect(await w.page.locator('svg.static-map').isVisible()).toBe(true);
      expect(await w.page.evaluate(() => scrollY)).toBe(0);
      // The filters are folded under a summary that says how many are active.
      const box = w.page.locator('[data-filters-box]');
      expect(await box.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(false);
      expect(await w.page.locator('[data-filters-active]').innerText()).toBe('1 active');
      expect(await w.page.locator('select[name="dept"]').isVisible()).toBe(false);
      await w.page.locator('[data-filters-box] > summary').click();
      expect(await w.page.locator('select[name="dept"]').isVisible()).toBe(true);

      const button = w.page.locator('button[data-show]:visible').first();
      await button.scrollIntoViewIfNeeded();
      expect(await w.page.evaluate(() => scrollY)).toBeGreaterThan(300);
      await button.click();
      // The button starts the map, if need be, then shows the site.
      await w.page.waitForSelector('.maplibregl-popup', { timeout: 30_000 });
      expect(await w.page.locator('.map-canvas canvas').isVisible()).toBe(true);
      // Once the page has scrolled back to the map, the popup is on screen, with the focus in it.
      await w.page.waitForFunction(
        () => {
          const r = document.querySelector('.maplibregl-popup')!.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
        },
        null,
        { timeout: 10_000 },
      );
      expect(await w.page.evaluate(() => !!document.activeElement?.closest('.maplibregl-popup'))).toBe(true);
      await w.page.keyboard.press('Escape');
      expect(await w.page.evaluate(() => document.activeElement?.hasAttribute('data-show'))).toBe(true);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('the department filter', () => {
  it('fits the map to the chosen department, outlines it, dims the others, and lists only it', async () => {
    const w = await openMap();
    try {
      const moved = () =>
        w.page.evaluate(() => new Promise<void>((ok) => window.__medicenMap!.once('moveend', () => ok())));
      const wait = moved();
      await w.page.selectOption('select[name="dept"]', '91');
      await wait;
      await idle(w.page);
      const { view, dept, dimmed, focused } = await w.page.evaluate(async () => {
        const map = window.__medicenMap!;
        const basemap = (await (await fetch('/data/basemap.geojson')).json()) as {
          features: { properties: { layer: string; code?: string }; geometry: { coordinates: unknown } }[];
        };
        const essonne = basemap.features.find(
          (f) => f.properties.layer === 'department' && f.properties.code === '91',
        )!;
        const pts = JSON.stringify(essonne.geometry.coordinates)
          .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/g)!
          .map((p) => p.split(',').map(Number));
        const b = map.getBounds();
        const codes = (layer: string) => [
          ...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.code))),
        ];
        return {
          view: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
          dept: [
            Math.min(...pts.map((p) => p[0]!)),
            Math.min(...pts.map((p) => p[1]!)),
            Math.max(...pts.map((p) => p[0]!)),
            Math.max(...pts.map((p) => p[1]!)),
          ],
          dimmed: codes('department-dim').sort(),
          focused: codes('department-focus'),
        };
      });
      const [w0, s0, e0, n0] = view as [number, number, number, number];
      const [w1, s1, e1, n1] = dept as [number, number, number, number];
      // The whole department is in view, and it fills the view in at least one direction.
      expect(w0).toBeLessThanOrEqual(w1);
      expect(s0).toBeLessThanOrEqual(s1);
      expect(e0).toBeGreaterThanOrEqual(e1);
      expect(n0).toBeGreaterThanOrEqual(n1);
      expect(Math.min((e0 - w0) / (e1 - w1), (n0 - s0) / (n1 - s1))).toBeLessThan(1.6);
      expect(focused).toEqual(['91']);
      expect(dimmed).not.toContain('91');
      expect(dimmed.length).toBeGreaterThan(0);
      const headings = await w.page
        .locator('[data-map-list] [data-group]:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
      expect(headings).toEqual(['91']);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('the overview map before the interactive map starts', () => {
  it('follows the filters: the sites of the department filtered on, zoomed to it, the others dimmed, shaded on request', async () => {
    const w = await watchedPage(browser);
    try {
      const urls = mapLibreRequests(w);
      await w.page.goto(baseUrl() + '/map/?dept=91&layer=departments');
      await w.page.locator('[data-map-start]').waitFor();
      const sites = (await w.page.evaluate(
        async () => (await (await fetch('/data/map-sites.geojson')).json()).features,
      )) as {
        id: number;
        properties: { department: string; inRegion: boolean; kind: string };
      }[];
      const shownDots = () =>
        w.page
          .locator('svg.static-map circle[data-site]:not([hidden])')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-site'))).sort((a, b) => a - b));
      const in91 = sites.filter((f) => f.properties.department === '91').map((f) => f.id);
      expect(in91.length).toBeGreaterThan(0);
      expect(await shownDots()).toEqual(in91);
      const svg = w.page.locator('svg.static-map');
      const box = (await w.page.locator('svg.static-map path[data-code="91"]').getAttribute('data-box'))!
        .split(' ')
        .map(Number);
      const view = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
      // The view is Essonne's box with a margin, not the whole region (620 x 500).
      expect(view[0]).toBeLessThan(box[0]!);
      expect(view[0]! + view[2]!).toBeGreaterThan(box[2]!);
      expect(view[2]).toBeLessThan(620 / 2);
      expect(await w.page.locator('svg.static-map path.department.dim').count()).toBe(7);
      expect(await w.page.locator('svg.static-map path.department.focus').getAttribute('data-code')).toBe('91');
      // The shading colours every department, as the legend says.
      const fills = await w.page
        .locator('svg.static-map path.department')
        .evaluateAll((els) => els.map((e) => (e as SVGPathElement).style.fill));
      expect(fills.every((f) => f !== '')).toBe(true);
      // Another filter, then none: the overview follows, MapLibre is still not loaded.
      const kind = sites.find((f) => f.properties.department === '91')!.properties.kind;
      await w.page
        .locator('[data-filters-box] > summary')
        .evaluate((e) => ((e.parentElement as HTMLDetailsElement).open = true));
      await w.page.selectOption('select[name="kind"]', kind);
      const orgsOfKind = new Set(orgs.filter((o) => o.kind === kind).map((o) => o.slug));
      const expected = sites
        .filter(
          (f) => f.properties.department === '91' && orgsOfKind.has((f.properties as unknown as { slug: string }).slug),
        )
        .map((f) => f.id);
      await w.page.waitForFunction(
        (n) => document.querySelectorAll('svg.static-map circle[data-site]:not([hidden])').length === n,
        expected.length,
      );
      expect(await shownDots()).toEqual(expected);
      await w.page.locator('button[type="reset"], [data-filters-clear]').first().click();
      await w.page.waitForFunction(() => !location.search);
      expect(await svg.getAttribute('viewBox')).toBe('0 0 620 500');
      expect(await w.page.locator('svg.static-map path.department.dim').count()).toBe(0);
      const inRegion = sites.filter((f) => f.properties.inRegion).length;
      expect((await shownDots()).length).toBe(inRegion);
      expect(urls).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('one definition of department membership', () => {
  it('counts the same organizations per department on the map, its list and legend, /members/ and the department pages', async () => {
    const w = await openMap('/map/?layer=departments');
    try {
      for (const code of DEPARTMENT_CODES) {
        const expected = new Set(orgs.filter((o) => o.sites.some((s) => s.department === code)).map((o) => o.slug));
        await w.page.selectOption('select[name="dept"]', code);
        await idle(w.page);
        expect(await w.page.getAttribute('[data-count-orgs]', 'data-count-orgs'), code).toBe(String(expected.size));
        expect(new Set(await visibleOrgs(w.page)), code).toEqual(expected);
        expect(new Set(await sourceFeatures(w.page)), code).toEqual(expected);
        expect(await w.page.getAttribute(`[data-choropleth-legend] [data-dept="${code}"]`, 'data-count'), code).toBe(
          String(expected.size),
        );
        // No heading of another department in the list.
        const headings = await w.page
          .locator('[data-map-list] [data-group]:visible')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
        expect(headings, code).toEqual(expected.size > 0 ? [code] : []);
      }
      await w.page.goto(baseUrl() + '/members/');
      for (const code of DEPARTMENT_CODES) {
        const expected = orgs.filter((o) => o.sites.some((s) => s.department === code)).length;
        expect(Number(await w.page.locator(`[data-department-count="${code}"]`).innerText()), code).toBe(expected);
      }
      for (const code of DEPARTMENT_CODES) {
        const expected = orgs.filter((o) => o.sites.some((s) => s.department === code)).length;
        await w.page.goto(baseUrl() + `/members/department/${code}/`);
        expect(await w.page.getAttribute('.page-head [data-count]', 'data-count'), code).toBe(String(expected));
        expect(await w.page.locator('[data-count-rule]').count(), code).toBe(1);
      }
    } finally {
      await w.context.close();
    }
  });
});

describe('loading the map only when needed', () => {
  it('loads no MapLibre code on other pages', async () => {
    const w = await watchedPage(browser);
    try {
      const urls = mapLibreRequests(w);
      await w.page.goto(baseUrl() + '/members/', { waitUntil: 'networkidle' });
      expect(urls).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('loads MapLibre only when the visitor reaches for the map: not on load, not on scrolling, then on the mouse over it', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.setViewportSize({ width: 1280, height: 600 });
      const urls = mapLibreRequests(w);
      await w.page.goto(baseUrl() + '/map/', { waitUntil: 'networkidle' });
      await w.page.locator('[data-map-start]').waitFor();
      await w.page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
      await w.page.evaluate(() => scrollTo(0, 0));
      await w.page.waitForTimeout(500);
      expect(urls).toEqual([]);
      expect(await w.page.getAttribute('[data-map-root]', 'data-map-state')).toBeNull();
      await w.page.hover('[data-map-frame]');
      await w.page.waitForSelector('[data-map-root][data-map-state="ready"]', { timeout: 30_000 });
      expect(urls.some((u) => /island.*\.js$/.test(u))).toBe(true);
      expect(urls.some((u) => /\.css$/.test(u))).toBe(true);
      // The interactive map takes the overview's place, and its button goes.
      expect(await w.page.locator('svg.static-map').isVisible()).toBe(false);
      expect(await w.page.locator('[data-map-start]').isVisible()).toBe(false);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('starts from the keyboard: Enter on "Explore the map" puts the focus on the map, where + zooms in', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.goto(baseUrl() + '/fr/map/');
      const button = w.page.locator('[data-map-start]');
      await button.waitFor();
      expect(await button.innerText()).toBe('Explorer la carte');
      await button.focus();
      await w.page.keyboard.press('Enter');
      await w.page.waitForSelector('[data-map-root][data-map-state="ready"]', { timeout: 30_000 });
      expect(await w.page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
      const before = await w.page.evaluate(() => window.__medicenMap!.getZoom());
      await w.page.keyboard.press('+');
      await w.page.waitForFunction((z) => window.__medicenMap!.getZoom() > z + 0.5, before, { timeout: 10_000 });
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('without WebGL or JavaScript', () => {
  it('says the map cannot be shown and keeps the list and the overview map working', async () => {
    const w = await watchedPage(browser);
    try {
      await w.page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return /webgl/i.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      });
      await w.page.goto(baseUrl() + '/map/?dept=75');
      await w.page.waitForSelector('[data-map-root][data-map-state="no-webgl"]');
      expect(await w.page.locator('[data-map-message]').innerText()).toMatch(/WebGL/);
      expect(await w.page.locator('svg.static-map').isVisible()).toBe(true);
      // Filters still work on the list.
      const in75 = orgs.filter((o) => o.sites.some((s) => s.department === '75'));
      expect(await visibleOrgs(w.page)).toHaveLength(in75.length);
      expect(await w.page.locator('button[data-show]:visible').count()).toBe(0);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('without JavaScript, lists every organization grouped by department, with a static map', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    try {
      await w.page.goto(baseUrl() + '/map/');
      const groups = groupByPlacement(orgs);
      for (const code of DEPARTMENT_CODES) {
        const listed = await w.page
          .locator(`[data-group="${code}"] li.map-org`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-org')));
        expect(listed.sort(), code).toEqual(groups.present[code].map((o) => o.slug).sort());
      }
      const listedOutside = await w.page.locator('[data-group="outside"] li.map-org').count();
      const listedUnknown = await w.page.locator('[data-group="unknown"] li.map-org').count();
      expect(listedOutside).toBe(groups.outside.length);
      expect(listedUnknown).toBe(groups.unknown.length);
      expect(await w.page.locator('li.map-org').count()).toBe(
        DEPARTMENT_CODES.reduce((n, c) => n + groups.present[c].length, 0) +
          groups.outside.length +
          groups.unknown.length,
      );
      // Each site is listed once, under its own department.
      expect(await w.page.locator('li[data-site-id]').count()).toBe(allSites.length);
      expect(await w.page.locator('form[data-map-filters]').isHidden()).toBe(true);
      const dots = await w.page.locator('svg.static-map circle').count();
      expect(dots).toBe(allSites.filter((s) => isRegionDepartment(s.site.department)).length);
      expect(
        await w.page.locator('svg.static-map text').evaluateAll((els) => els.map((e) => e.textContent!.trim())),
      ).toEqual(DEPARTMENT_CODES.map((c) => content.departments[c]!.name));
    } finally {
      await w.context.close();
    }
  });

  it('gives each member page with a site in the region a static locator map', async () => {
    const w = await watchedPage(browser, { javaScriptEnabled: false });
    try {
      const org = orgs.find((o) => o.sites.some((s) => isRegionDepartment(s.department)))!;
      await w.page.goto(baseUrl() + `/members/${org.slug}/`);
      const svg = w.page.locator('figure.locator svg');
      expect(await svg.getAttribute('aria-label')).toContain(org.name);
      expect(await svg.locator('circle').count()).toBe(
        org.sites.filter((s) => isRegionDepartment(s.department)).length,
      );
      const shaded = await svg
        .locator('image.shaded')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      expect(shaded.sort()).toEqual([...new Set(org.sites.map((s) => s.department).filter(isRegionDepartment))].sort());
      expect(await w.page.locator('script[src*="island"], link[href*="island"]').count()).toBe(0);
    } finally {
      await w.context.close();
    }
  });
});
