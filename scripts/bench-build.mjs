#!/usr/bin/env node
/**
 * Benchmarks the build with many organizations: in a temporary copy of the
 * project (its git-tracked files, node_modules linked, no dist/), adds
 * generated organizations up to the number asked for
 * (scripts/lib/generate-organizations.ts), then runs the content checks and
 * `astro build` and reports the time of each phase: content checks, pages,
 * social images, search index, total, pages per second and the size of dist/.
 *
 *   npm run bench:build                           the real content
 *   npm run bench:build -- --organizations 300    300 organizations, the real ones included
 *   npm run bench:build -- --warm                 then change one organization and build again,
 *                                                 with the social image cache of the first build
 *   npm run bench:build -- --keep --json          keep the copy; print JSON
 *
 * The copy has its own caches (Astro's, Vite's and the social images' in its
 * node_modules/.cache), so the first build is always cold.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchTable, pagesPerSecond, parseBuildLog } from './lib/build-log.ts';
import { readSourceOrganizations, writeGeneratedOrganizations } from './lib/generate-organizations.ts';
import { copyProject as copyProjectFrom } from './lib/project-copy.mjs';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    organizations: { type: 'string' },
    warm: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const wanted = options.organizations === undefined ? undefined : Number(options.organizations);
if (wanted !== undefined && !(Number.isInteger(wanted) && wanted > 0)) {
  console.error(`--organizations takes a whole number above 0, not "${options.organizations}"`);
  process.exit(2);
}
/** Progress goes to stderr, so that --json prints only JSON. */
const say = (text) => console.error(text);

const SOCIAL_IMAGE_CACHE = join('node_modules', '.cache', 'medicen-social-images');

/** Copies the git-tracked files and links every package of node_modules (not its caches). */
const copyProject = (to) => copyProjectFrom(project, to);

/** Runs a command in the copy; resolves with its time and output, rejects with the output's end when it fails. */
function run(root, args, env = {}) {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) done({ ms, output });
      else fail(new Error(`${args.join(' ')} failed (exit ${code}):\n${output.split('\n').slice(-40).join('\n')}`));
    });
  });
}

function countFiles(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).length : 0;
}

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

/** Content checks, then the build, in the copy. */
async function measure(root, name) {
  say(`${name}: content checks…`);
  const checks = await run(root, ['scripts/check-content.ts']);
  const cache = join(root, SOCIAL_IMAGE_CACHE);
  const before = countFiles(cache);
  say(`${name}: astro build…`);
  const build = await run(root, ['node_modules/astro/bin/astro.mjs', 'build'], {
    SOCIAL_IMAGE_CACHE: 'on',
    SOCIAL_IMAGE_CACHE_DIR: cache,
  });
  writeFileSync(join(root, `bench-${name}.log`), build.output);
  const log = parseBuildLog(build.output);
  const drawn = countFiles(cache) - before;
  return {
    name,
    contentChecksMs: checks.ms,
    buildMs: build.ms,
    log,
    drawn,
    reused: Math.max(0, log.socialImages - drawn),
    distBytes: sizeOf(join(root, 'dist')),
  };
}

/** Changes the name of a real organization: its page, its social image and the lists that show it change. */
function changeOneOrganization(root, organization) {
  const file = join(root, 'content/organizations/en', `${organization.slug}.md`);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^name: .*$/m, `name: ${JSON.stringify(`${organization.name} (changed)`)}`));
  return organization.slug;
}

const root = mkdtempSync(join(tmpdir(), 'medicen-bench-'));
let failed = false;
try {
  say(`Copying the project to ${root}…`);
  copyProject(root);
  const realOrganizations = readSourceOrganizations(root);
  const real = realOrganizations.length;
  const generated = wanted === undefined ? 0 : writeGeneratedOrganizations(root, wanted);
  say(`${real} real organizations, ${generated} generated.`);

  const runs = [await measure(root, 'cold')];
  let changed;
  if (options.warm) {
    changed = changeOneOrganization(root, realOrganizations[0]);
    runs.push(await measure(root, 'warm'));
  }
  const organizations = real + generated;
  if (options.json) {
    const result = {
      organizations,
      real,
      generated,
      ...(changed ? { changed } : {}),
      runs: runs.map((r) => ({ ...r, pagesPerSecond: pagesPerSecond(r) })),
      ...(options.keep ? { copy: root } : {}),
    };
    console.log(JSON.stringify(result, null, 2));
  } else {
    const title =
      `Build benchmark: ${organizations} organizations (${real} real, ${generated} generated)` +
      (changed ? `; warm: after changing the name of ${changed}, with the cold build's social image cache` : '');
    console.log(benchTable(title, runs));
    if (options.keep) console.log(`\nThe copy, with dist/ and the build logs (bench-*.log): ${root}`);
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
  if (options.keep) console.error(`The copy is kept at ${root}`);
} finally {
  if (!options.keep) rmSync(root, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
