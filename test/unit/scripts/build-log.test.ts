import { describe, expect, it } from 'vitest';
import { benchTable, pagesPerSecond, parseBuildLog, parseDuration } from '../../../scripts/lib/build-log.ts';

/** The parts of an `astro build` log the benchmark reads, colours included. */
const LOG = [
  '16:22:30 [medicen:content-checks] content checks passed in 1619 ms',
  '16:22:31 [build] ✓ Completed in 1.63s.',
  ' generating static routes ',
  '\u001b[2m16:22:38\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/404.html\u001b[22m \u001b[2m(+20ms)\u001b[22m ',
  '16:22:38   ├─ /members/genethon/index.html (+1.50s) ',
  '16:22:39   ├─ /og/home.png (+47ms) ',
  '16:22:39   └─ /og/fr/members/genethon.png (+53ms) ',
  '16:24:13 ✓ Completed in 1m 36s.',
  '',
  '16:24:13 [build] ✓ Completed in 1m 40s.',
  '16:24:16 [medicen:search-index] search index: 684 pages indexed into /tmp/x/dist/pagefind in 2395 ms',
  '16:24:16 [build] 684 page(s) built in 1m 48s',
].join('\n');

describe('parseDuration', () => {
  it('reads the three ways Astro writes a duration', () => {
    expect(parseDuration('47ms')).toBe(47);
    expect(parseDuration('19.09s')).toBe(19090);
    expect(parseDuration('1m 11s')).toBe(71000);
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('parseBuildLog', () => {
  it('shares the wall time of the phase out in proportion to each kind of file', () => {
    // Own times: 20 + 1500 + 47 + 53 = 1620 ms for a phase of 96 s (files rendered at once).
    expect(parseBuildLog(LOG)).toEqual({
      routesMs: 96000,
      socialImages: 2,
      socialImagesMs: Math.round((96000 * 100) / 1620),
      pagesMs: 96000 - Math.round((96000 * 100) / 1620),
      memberPages: 1,
      memberPageMs: Math.round((96000 * 1500) / 1620),
      contentChecksMs: 1619,
      searchIndexMs: 2395,
      pages: 684,
    });
  });
  it('counts organization pages in every language, not the lists', () => {
    const lines = [
      '/members/a/index.html',
      '/fr/members/a/index.html',
      '/members/area/x/index.html',
      '/members/index.html',
    ]
      .map((p) => `  ├─ ${p} (+10ms) `)
      .join('\n');
    expect(parseBuildLog(` generating static routes \n${lines}\n✓ Completed in 40ms.`).memberPages).toBe(2);
  });
  it('leaves out what the log does not say', () => {
    expect(parseBuildLog('nothing')).toEqual({ socialImages: 0, socialImagesMs: 0, memberPages: 0 });
  });
});

describe('benchTable', () => {
  it('has a column per run and a row per phase', () => {
    const run = {
      name: 'cold',
      contentChecksMs: 2300,
      buildMs: 37200,
      log: parseBuildLog(LOG),
      drawn: 2,
      reused: 0,
      distBytes: 11_400_000,
    };
    expect(pagesPerSecond(run)).toBeCloseTo(684 / (run.log.pagesMs! / 1000));
    const table = benchTable('Build benchmark', [run, { ...run, name: 'warm', drawn: 0, reused: 2 }]);
    expect(table).toMatch(/^Build benchmark\n/);
    expect(table).toMatch(/social images\s+5\.9 s\s+5\.9 s/);
    expect(table).toMatch(/time per organization page\s+88889\.0 ms/);
    expect(table).toMatch(/images drawn \/ from cache\s+2 \/ 0\s+0 \/ 2/);
    expect(table).toMatch(/size of dist\/\s+11\.4 MB/);
  });
});
