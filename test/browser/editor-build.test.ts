/**
 * What the web editor writes builds: an organization created through the
 * form (local mode) in a copy of the project gets its member page in English
 * and in French, with its French description, and its site on the map. The
 * copy (scripts/lib/project-copy.mjs) is built and removed: the working tree
 * does not change. Slow (a whole build), so apart from editor.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { copyProject } from '../../scripts/lib/project-copy.mjs';
import { DEFAULT_CACHE_DIR } from '../../src/site/social-image-cache.ts';
import { launch } from './support/browser.ts';
import { createOrganization, EXAMPLE, openEditor, ROOT } from './support/editor.ts';

let browser: Browser;
const copy = mkdtempSync(join(tmpdir(), 'medicen-editor-build-'));
beforeAll(async () => {
  copyProject(ROOT, copy);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(copy, { recursive: true, force: true });
});

it('builds the new member page in both languages and puts its site on the map', { timeout: 600_000 }, async () => {
  const session = await openEditor(browser, copy);
  try {
    await createOrganization(session.page, EXAMPLE);
    await session.page.getByText('Entry saved').waitFor({ timeout: 15_000 });
  } finally {
    await session.close();
  }
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    // The project's cache of social preview images: only the new member's are drawn.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      SOCIAL_IMAGE_CACHE_DIR: join(ROOT, DEFAULT_CACHE_DIR),
    },
  });
  expect(built.status, built.stdout.slice(-2000) + built.stderr.slice(-2000)).toBe(0);
  const dist = join(copy, 'dist');
  const english = readFileSync(join(dist, 'members/institut-exemple-evry/index.html'), 'utf8');
  const french = readFileSync(join(dist, 'fr/members/institut-exemple-evry/index.html'), 'utf8');
  expect(english).toContain('Institut Exemple Évry');
  expect(english).toContain(EXAMPLE.description.en);
  expect(french).toContain(EXAMPLE.description.fr);
  expect(french).toContain('Essonne');
  const map = JSON.parse(readFileSync(join(dist, 'data/map-sites.geojson'), 'utf8')) as {
    features: { properties: { slug: string; department: string }; geometry: { coordinates: number[] } }[];
  };
  const site = map.features.find((f) => f.properties.slug === 'institut-exemple-evry');
  expect(site?.properties.department).toBe('91');
  expect(site?.geometry.coordinates).toEqual([2.441, 48.6295]);
  expect(existsSync(join(ROOT, 'content/organizations/en/institut-exemple-evry.md'))).toBe(false);
});
