/**
 * A real `astro build` of a copy of the project with one bad file fails with
 * the checker's message: the build and `npm run check:content` agree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../../..');
const copy = mkdtempSync(join(tmpdir(), 'medicen-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

for (const name of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  cpSync(join(project, name), join(copy, name), { recursive: true });
}
for (const name of ['node_modules', 'public']) symlinkSync(join(project, name), join(copy, name));

describe('astro build of a project with one bad file', () => {
  it("fails with the checker's file:line message for code in a story", () => {
    cpSync(join(project, 'test/fixtures/broken/content/stories/code.mdx'), join(copy, 'content/stories/code.mdx'));
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      'content/stories/code.mdx:12: "{secret}" is code in braces, which would run when the site is built',
    );
    expect(run.stdout + run.stderr).not.toContain('pages built');
  }, 120_000);
});
