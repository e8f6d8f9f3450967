/**
 * `npm run check:content` as editors and CI run it: exit code, one line per
 * problem, and GitHub annotations when running in GitHub Actions.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkContent, OUTLINES_FILE } from '../../../src/content-check/index.ts';

const project = resolve(import.meta.dirname, '../../..');
/** As many problems as the checker itself finds in the broken fixture. */
const brokenCount = checkContent(resolve(project, 'test/fixtures/broken'), resolve(project, OUTLINES_FILE)).length;

function run(fixture: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', resolve(project, 'test/fixtures', fixture)], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('scripts/check-content.ts', () => {
  it('passes valid content', () => {
    const r = run('valid');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Content checks passed.');
    expect(r.err).toBe('');
  });

  it('fails broken content with one readable line per problem, and no annotation outside GitHub Actions', () => {
    const r = run('broken');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'content/organizations/en/genethon.md:10: sites[0].department is "92" but postcode 91000 belongs to 91 (Essonne); fix the department or the postcode\n',
    );
    expect(brokenCount).toBeGreaterThan(20);
    expect(r.err).toContain(`\n${brokenCount} content problems found.`);
    expect(r.err.split('\n').filter((l) => l.startsWith('content/'))).toHaveLength(brokenCount);
    expect(r.out).not.toContain('::error');
  });

  it('prints one annotation per problem on the file and line in GitHub Actions', () => {
    const r = run('broken', { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    const annotations = r.out.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(brokenCount);
    expect(annotations).toContain(
      '::error file=content/organizations/en/genethon.md,line=10,title=Content check (postcode-department)::sites[0].department is "92" but postcode 91000 belongs to 91 (Essonne); fix the department or the postcode',
    );
    expect(annotations).toContain(
      '::error file=content/timeline.json,line=19,title=Content check (bad-format)::entry "bad-date" (entries[1]): date is "2005-13" but must be a date written YYYY, YYYY-MM or YYYY-MM-DD (for example 2018 or 2016-10)',
    );
  });
});
