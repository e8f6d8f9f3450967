/**
 * A real `astro build` of a copy of the project with one bad file fails with
 * the checker's message: the build and `npm run check:content` agree on the
 * probes of issue #18 (code in a story, a draft file, a YAML date, invalid JSON).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent, formatProblem, OUTLINES_FILE } from '../../../src/content-check/index.ts';

const project = resolve(import.meta.dirname, '../../..');
const broken = resolve(project, 'test/fixtures/broken');
const copy = mkdtempSync(join(tmpdir(), 'medicen-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const name of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(join(project, name), join(copy, name), { recursive: true });
}
for (const name of ['node_modules', 'public']) symlinkSync(join(project, name), join(copy, name));

const fromChecker = checkContent(broken, resolve(project, OUTLINES_FILE)).map(formatProblem);

describe('astro build of a project with one bad file', () => {
  it.each([
    'content/stories/en/code.mdx',
    'content/organizations/en/_draft-org.md',
    'content/stories/en/date-note.mdx',
    'content/figures/trailing-comma.json',
  ])(
    "fails on %s with the checker's file:line messages",
    (file) => {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(broken, file), join(copy, file));
      try {
        const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
          cwd: copy,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
          timeout: 120_000,
        });
        const expected = fromChecker.filter((l) => l.startsWith(`${file}:`));
        expect(expected).not.toEqual([]);
        expect(run.status).not.toBe(0);
        for (const line of expected) expect(run.stdout + run.stderr).toContain(line);
        expect(run.stdout + run.stderr).not.toContain('page(s) built');
      } finally {
        rmSync(join(copy, file));
      }
    },
    120_000,
  );
});
