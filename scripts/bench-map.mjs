#!/usr/bin/env node
/**
 * Benchmarks the map page in headless Chromium against the built site (run
 * `npm run build` first): when the overview map (drawn at build, every site a
 * dot) is on screen (the first contentful paint); the time from the mouse
 * entering the map to the interactive map's first points drawn (MapLibre
 * starts then, see src/map/client/page.ts); and the time to apply a filter
 * (from the form change to the map being idle again), for the real content
 * and for 10,000 and 50,000 generated sites.
 *
 * Generated sites replace /data/map-sites.geojson in the browser only (the
 * list beside the map keeps the real organizations): they are random points
 * in the region's bounding box with the real vocabularies, seeded, so runs
 * compare. Nothing is written to content.
 *
 *   npm run bench:map [-- --runs 5] [--dir path/to/another/dist]
 *
 * `--dir` times another build (a copy of dist/ from before a change, say), so
 * that a before/after comparison runs under the same machine load.
 */
import { chromium } from 'playwright-core';
import { generatedSitesFile } from './lib/generated-sites.ts';
import { serveDist } from './serve-dist.mjs';

const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const RUNS = Number(arg('--runs')) || 3;
const DIR = arg('--dir') ?? 'dist';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, url, body) {
  const firstPaint = [];
  const firstPoints = [];
  const filters = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (body) {
      await context.route('**/data/map-sites.geojson', (route) =>
        route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
      );
    }
    const page = await context.newPage();
    await page.goto(`${url}/map/`);
    // The page is loaded and idle once its "Explore the map" button shows; then the mouse goes over the map.
    await page.waitForSelector('[data-map-start]:not([hidden])', { timeout: 60_000 });
    firstPaint.push(
      await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
    );
    await page.hover('[data-map-frame]');
    await page.waitForSelector('[data-map-root][data-map-state="ready"]', { timeout: 120_000 });
    firstPoints.push(
      await page.evaluate(
        () =>
          performance.getEntriesByName('map:points-drawn')[0].startTime -
          performance.getEntriesByName('map:start')[0].startTime,
      ),
    );
    // Apply a kind filter, then clear it. Each change is timed from the form event to the first
    // frame drawn with the new points, and to the map being idle (label fades done).
    for (const value of ['sme', '']) {
      filters.push(
        await page.evaluate(
          (value) =>
            new Promise((ok) => {
              const map = window.__medicenMap;
              const select = document.querySelector('select[name="kind"]');
              const out = {};
              const t0 = performance.now();
              const loaded = (e) => {
                if (e.sourceId !== 'sites' || !map.isSourceLoaded('sites')) return;
                map.off('sourcedata', loaded);
                map.once('render', () => (out.drawn = performance.now() - t0));
              };
              map.on('sourcedata', loaded);
              map.once('idle', () => ok({ ...out, idle: performance.now() - t0 }));
              select.value = value;
              select.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          value,
        ),
      );
    }
    await context.close();
  }
  return {
    firstPaint: median(firstPaint),
    firstPoints: median(firstPoints),
    drawn: median(filters.map((f) => f.drawn ?? f.idle)),
    idle: median(filters.map((f) => f.idle)),
  };
}

const { server, url } = await serveDist({ dir: DIR, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const real = await (await fetch(`${url}/data/map-sites.geojson`)).json();
  const areas = [...new Set(real.features.flatMap((f) => f.properties.areas))];
  const cases = [
    [`real content (${real.features.length} sites)`, undefined],
    ['10,000 generated sites', generatedSitesFile(10_000, areas)],
    ['50,000 generated sites', generatedSitesFile(50_000, areas)],
  ];
  console.log(
    '| data | overview with every site, first paint (ms) | mouse over the map -> interactive points drawn (ms) ' +
      '| filter: points redrawn (ms) | filter: map idle (ms) |',
  );
  console.log(`| --- | --: | --: | --: | --: |`);
  for (const [label, body] of cases) {
    const r = await measure(browser, url, body);
    // The overview is drawn at build from the content: generated sites only reach the interactive map.
    const overview = body ? '(real content)' : Math.round(r.firstPaint);
    console.log(
      `| ${label} | ${overview} | ${Math.round(r.firstPoints)} | ${Math.round(r.drawn)} | ${Math.round(r.idle)} |`,
    );
  }
  console.log(`\nmedian of ${RUNS} runs each; headless Chromium, WebGL through SwiftShader.`);
} finally {
  await browser.close();
  server.close();
}
