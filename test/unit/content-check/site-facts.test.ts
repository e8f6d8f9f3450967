/**
 * content/site.json and content/cluster.json in the content checks: a mistake
 * is a problem naming the file, the field and the fix; empty site-wide facts
 * are only a notice, which `npm run check:content` prints with exit code 0.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentNotices, formatProblem, loadContent, OUTLINES_FILE } from '../../../src/content-check/index.ts';

const project = resolve(import.meta.dirname, '../../..');
const outlines = resolve(project, OUTLINES_FILE);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The valid fixture with the real cluster.json and the given site.json text (none when undefined). */
function fixture(siteJson?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'medicen-site-facts-'));
  dirs.push(dir);
  cpSync(resolve(project, 'test/fixtures/valid'), dir, { recursive: true });
  copyFileSync(resolve(project, 'content/cluster.json'), join(dir, 'content/cluster.json'));
  if (siteJson !== undefined) writeFileSync(join(dir, 'content/site.json'), siteJson);
  return dir;
}

describe('site-wide facts in the content checks', () => {
  it('finds no problem in the real content, and a notice of every empty site-wide fact', () => {
    const content = loadContent(project, outlines);
    expect(content.problems).toEqual([]);
    expect(content.cluster?.president.name).toBeTruthy();
    expect(contentNotices(content)[0]).toMatch(
      /^content\/site\.json: 9 site-wide fact\(s\) still empty: contact\.address/,
    );
  });

  it('reports a mistake in site.json with its file, line, field and fix', () => {
    const dir = fixture('{\n  "contact": {\n    "email": "contact at example.org"\n  }\n}\n');
    const lines = loadContent(dir, outlines).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/site\.json:3: contact\.email .*e-mail address such as contact@example\.org/);
  });

  it('reports an unknown member figure in cluster.json', () => {
    const dir = fixture();
    const cluster = resolve(project, 'content/cluster.json');
    const text = readFileSync(cluster, 'utf8').replace(
      '"members_figure": "medicen-members"',
      '"members_figure": "members-count"',
    );
    writeFileSync(join(dir, 'content/cluster.json'), text);
    const problems = loadContent(dir, outlines).problems.filter((p) => p.file === 'content/cluster.json');
    expect(problems.map((p) => [p.rule, p.field])).toEqual([['unknown-reference', 'members_figure']]);
    expect(problems[0]!.message).toContain('there is no content/figures/members-count.json; use one of:');
  });

  it('treats a missing site.json as all empty', () => {
    const content = loadContent(fixture(), outlines);
    expect(content.problems).toEqual([]);
    expect(content.site).toEqual({ contact: {}, join: {}, legal: {} });
  });

  it('prints the notice from npm run check:content without failing, and none once all is filled', () => {
    const run = (dir: string) =>
      spawnSync(process.execPath, ['scripts/check-content.ts', dir], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
      });
    const empty = run(fixture('{ "contact": {}, "join": {}, "legal": {} }'));
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain('Content checks passed.');
    expect(empty.stdout).toContain('Notice: content/site.json: 9 site-wide fact(s) still empty');
    const inActions = spawnSync(process.execPath, ['scripts/check-content.ts', fixture()], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    expect(inActions.status).toBe(0);
    expect(inActions.stdout).toContain('::notice file=content/site.json,title=Site-wide facts still empty::');
    const filled = run(fixture(JSON.stringify({ ...siteFixture(), $schema: undefined })));
    expect(filled.status).toBe(0);
    expect(filled.stdout).not.toContain('Notice');
  });
});

function siteFixture(): Record<string, unknown> {
  const text = readFileSync(resolve(project, 'test/fixtures/site-facts/site.json'), 'utf8');
  return JSON.parse(text) as Record<string, unknown>;
}
