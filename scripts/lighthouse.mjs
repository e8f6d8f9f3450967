#!/usr/bin/env node
/**
 * Lighthouse scores of the built site (run `npm run build` first): serves
 * dist/ on a free localhost port, runs Lighthouse's default (mobile
 * emulation, simulated slow 4G) configuration with Debian's Chromium on the
 * home page, a member page, the figures page and the map page, several runs
 * each, and prints the median score of each category per page.
 *
 * Nothing leaves the machine: Chromium resolves no host name at all (the
 * site is served on 127.0.0.1), background networking is off, and
 * Lighthouse's error reporting stays disabled. Scores depend on the
 * machine, so this is a report, not a test (npm test does not run it).
 *
 *   npm run lighthouse [-- --runs 3] [-- --pages /,/map/] [-- --desktop] [-- --details] [-- --dir other-dist] [-- --save /tmp/lh]
 *
 * --desktop uses Lighthouse's desktop configuration instead (wide screen, no
 * CPU slowdown): the map page then starts MapLibre during the run. --details
 * also lists, per page, the metrics and the audits that cost points. --save
 * <folder> writes each page's last report there as JSON (its long tasks, its
 * main-thread breakdown), to see where the points went.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 3)) || 3;
const PAGES = arg('pages', '/,/members/genethon/,/figures/,/map/').split(',');
const DETAILS = process.argv.includes('--details');
const DESKTOP = process.argv.includes('--desktop');
const SAVE = arg('save', '');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Every host name fails to resolve: the site is on 127.0.0.1, anything else cannot be reached.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The audits of one report that did not get full marks, with their weight, for --details. */
function lostPoints(lhr) {
  const lines = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        lines.push(`  ${id}: ${ref.id} score ${audit.score} weight ${ref.weight}${value}`);
        for (const item of audit.details?.items?.slice(0, 5) ?? []) {
          lines.push(`    ${JSON.stringify(item).slice(0, 300)}`);
        }
      }
    }
  }
  return lines;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, arg('dir', 'dist'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No built site in dist/: run "npm run build" first.');
  process.exit(1);
}

const { server, url } = await serveDist({ dir: dist, port: 0, host: '127.0.0.1', gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: CHROME_FLAGS,
  logLevel: 'silent',
});

const rows = [];
let version = '';
/** Lighthouse's measure of this machine's speed at each run (higher is faster); scores drop when it is busy. */
const benchmarks = [];
try {
  for (const path of PAGES) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    let last;
    for (let run = 0; run < RUNS; run++) {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
      const result = await lighthouse(url + path, flags, DESKTOP ? desktopConfig : undefined);
      last = result.lhr;
      version = last.lighthouseVersion;
      benchmarks.push(last.environment.benchmarkIndex);
      if (last.runtimeError) throw new Error(`${path}: ${last.runtimeError.code} ${last.runtimeError.message}`);
      for (const c of CATEGORIES) scores[c].push(Math.round(last.categories[c].score * 100));
      process.stderr.write(`${path} run ${run + 1}/${RUNS}: ${CATEGORIES.map((c) => scores[c].at(-1)).join(' ')}\n`);
    }
    if (SAVE) {
      mkdirSync(SAVE, { recursive: true });
      const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      writeFileSync(join(SAVE, `${name}.json`), JSON.stringify(last, null, 1));
    }
    rows.push({
      path,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])),
      runs: scores.performance.join(' '),
    });
    if (DETAILS) {
      const m = last.audits;
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ];
      console.error(`${path}: ${metrics.map((id) => `${id} ${m[id].displayValue}`).join(', ')}`);
      console.error(lostPoints(last).join('\n') || '  nothing lost');
    }
  }
} finally {
  chrome.kill();
  server.close();
}

const header = ['page', ...CATEGORIES, 'performance, each run'];
const table = [
  header,
  header.map(() => '---'),
  ...rows.map((r) => [r.path, ...CATEGORIES.map((c) => String(r[c])), r.runs]),
];
console.log(
  `Lighthouse ${version}, ${DESKTOP ? 'desktop' : 'mobile'}, median of ${RUNS} run(s); ` +
    `machine benchmark index ${Math.round(median(benchmarks))} (Lighthouse's; higher is faster):\n`,
);
for (const row of table) console.log(`| ${row.join(' | ')} |`);
