/**
 * Reads the phases of a build from the log `astro build` prints, for the
 * build benchmark (scripts/bench-build.mjs), and formats the benchmark's
 * results as a table. Pure.
 *
 * Astro prints one line per file it generates, with the time it took
 * ("├─ /og/home.png (+47ms)"), then "✓ Completed in 19.09s." for all of
 * them; the site's integrations print their own durations ("content checks
 * passed in 120 ms", "search index: 204 pages indexed into … in 900 ms").
 *
 * Astro renders several files at once (build.concurrency), so a file's own
 * time includes waiting for the others and the times add up to more than the
 * phase took. The wall time of the phase is therefore shared out in
 * proportion to those times: social images, member pages, and the rest.
 */

/** What one build's log tells. */
export interface BuildLog {
  /** Time to generate every file (pages, social images, data files). */
  routesMs?: number | undefined;
  /** The part of it spent on the social images (/og/…png), wall time. */
  socialImagesMs: number;
  socialImages: number;
  /** The rest: HTML pages and data files, wall time. */
  pagesMs?: number | undefined;
  /** Organization pages (/members/<slug>/ in every language) and the wall time each took on average. */
  memberPages: number;
  memberPageMs?: number | undefined;
  /** The content checks Astro runs before reading the content. */
  contentChecksMs?: number | undefined;
  searchIndexMs?: number | undefined;
  /** Pages indexed by Pagefind: the HTML pages. */
  pages?: number | undefined;
}

/** Escape codes of terminal colours. */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** "47ms", "19.09s", "1m 11s" in milliseconds (Astro's three ways of writing a duration). */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m\s*(\d+)s|([\d.]+)s|([\d.]+)ms)$/.exec(text.trim());
  if (!m) return undefined;
  if (m[1] !== undefined) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  if (m[3] !== undefined) return Number(m[3]) * 1000;
  return Number(m[4]);
}

/** An organization's page, in any language (not the lists by area or department). */
const MEMBER_PAGE = /^\/(?:[a-z]{2}\/)?members\/(?!area\/|department\/|index\.html)[^/]+\/index\.html$/;

export function parseBuildLog(log: string): BuildLog {
  const out: BuildLog = { socialImagesMs: 0, socialImages: 0, memberPages: 0 };
  // The files' own times, summed by kind, to share the phase's wall time out.
  const own = { images: 0, members: 0, all: 0 };
  let generating = false;
  for (const raw of log.split('\n')) {
    const line = raw.replace(ANSI, '');
    if (line.includes('generating static routes')) generating = true;
    const file = /[├└]─ (\S+) \(\+([^)]+)\)/.exec(line);
    if (file) {
      const ms = parseDuration(file[2]!) ?? 0;
      own.all += ms;
      if (/^\/og\/.*\.png$/.test(file[1]!)) {
        out.socialImages++;
        own.images += ms;
      } else if (MEMBER_PAGE.test(file[1]!)) {
        out.memberPages++;
        own.members += ms;
      }
    }
    const completed = /✓ Completed in (.+?)\.?\s*$/.exec(line);
    if (generating && completed && !line.includes('[build]')) {
      out.routesMs = parseDuration(completed[1]!);
      generating = false;
    }
    const checks = /content checks passed in (\d+) ms/.exec(line);
    if (checks) out.contentChecksMs = Number(checks[1]);
    const search = /search index: (\d+) pages indexed into .* in (\d+) ms/.exec(line);
    if (search) {
      out.pages = Number(search[1]);
      out.searchIndexMs = Number(search[2]);
    }
  }
  if (out.routesMs !== undefined && own.all > 0) {
    const share = (ms: number) => Math.round((out.routesMs! * ms) / own.all);
    out.socialImagesMs = share(own.images);
    out.pagesMs = out.routesMs - out.socialImagesMs;
    if (out.memberPages > 0) out.memberPageMs = share(own.members) / out.memberPages;
  }
  return out;
}

/** One measured run of the benchmark (a cold build, or a warm one after a change). */
export interface BenchRun {
  name: string;
  /** `npm run check:content`, on its own before the build. */
  contentChecksMs: number;
  /** The whole `astro build`. */
  buildMs: number;
  log: BuildLog;
  /** Social images drawn in this build, and taken from the cache. */
  drawn: number;
  reused: number;
  distBytes: number;
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

/** Pages generated a second: the HTML pages over the time spent generating them. */
export function pagesPerSecond(run: BenchRun): number | undefined {
  const { pages, pagesMs } = run.log;
  return pages && pagesMs ? pages / (pagesMs / 1000) : undefined;
}

/** The rows of the table, one column a run. */
export function benchTable(title: string, runs: readonly BenchRun[]): string {
  const rows: [string, ...string[]][] = [
    ['', ...runs.map((r) => r.name)],
    ['content checks (npm run check:content)', ...runs.map((r) => seconds(r.contentChecksMs))],
    ['  same checks inside the build', ...runs.map((r) => seconds(r.log.contentChecksMs))],
    ['pages (Astro page generation)', ...runs.map((r) => seconds(r.log.pagesMs))],
    [
      '  time per organization page',
      ...runs.map((r) => (r.log.memberPageMs === undefined ? 'n/a' : `${r.log.memberPageMs.toFixed(1)} ms`)),
    ],
    ['social images', ...runs.map((r) => seconds(r.log.socialImagesMs))],
    ['  images drawn / from cache', ...runs.map((r) => `${r.drawn} / ${r.reused}`)],
    ['search index (Pagefind)', ...runs.map((r) => seconds(r.log.searchIndexMs))],
    ['astro build, all of it', ...runs.map((r) => seconds(r.buildMs))],
    ['total (checks + build)', ...runs.map((r) => seconds(r.contentChecksMs + r.buildMs))],
    ['HTML pages', ...runs.map((r) => String(r.log.pages ?? 'n/a'))],
    ['pages per second', ...runs.map((r) => pagesPerSecond(r)?.toFixed(1) ?? 'n/a')],
    ['size of dist/', ...runs.map((r) => `${(r.distBytes / 1e6).toFixed(1)} MB`)],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const format = (r: readonly string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ');
  return [title, '', ...rows.map(format)].join('\n');
}
