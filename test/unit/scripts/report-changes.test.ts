/**
 * `npm run report:changes -- <ref>` on a small git history made here: a base
 * commit of the valid fixture, then a commit that adds, removes and moves
 * organizations and changes a figure; then the notice of empty site-wide facts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../../..');
const repo = mkdtempSync(join(tmpdir(), 'medicen-history-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(join(repo, path), change(readFileSync(join(repo, path), 'utf8')));
const report = (ref: string) =>
  spawnSync(process.execPath, [resolve(project, 'scripts/report-changes.ts'), ref], { cwd: repo, encoding: 'utf8' });

git('init', '-q', '-b', 'main');
cpSync(resolve(project, 'test/fixtures/valid'), repo, { recursive: true });
// Every site-wide fact filled, so that the report has no notice until a test empties them.
cpSync(resolve(project, 'test/fixtures/site-facts/site.json'), join(repo, 'content/site.json'));
git('add', '.');
git('commit', '-q', '-m', 'base');
// The pull request: a new member, one removed, Généthon moved to Hauts-de-Seine, a figure value corrected.
cpSync(join(repo, 'content/organizations/en/ipsen.md'), join(repo, 'content/organizations/en/new-member.md'));
edit('content/organizations/en/new-member.md', (t) => t.replace('name: Ipsen', 'name: New Member'));
rmSync(join(repo, 'content/organizations/en/agilab.md'));
rmSync(join(repo, 'content/organizations/fr/agilab.md'));
edit('content/organizations/en/genethon.md', (t) =>
  t
    .replace('city: Évry-Courcouronnes', 'city: Boulogne-Billancourt')
    .replace('postcode: "91000"', 'postcode: "92100"')
    .replace('department: "91"', 'department: "92"')
    .replace('lat: 48.624', 'lat: 48.8352')
    .replace('lon: 2.444', 'lon: 2.241'),
);
edit('content/figures/medicen-members.json', (t) => t.replace('"value": 300', '"value": 310'));
git('add', '-A');
git('commit', '-q', '-m', 'pull request');

describe('npm run report:changes', () => {
  it('reports the changes of the last commit against its parent', () => {
    const r = report('HEAD~1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        '## Content changes',
        '',
        '### Organizations added (1)',
        '',
        '| Organization | Department |',
        '| --- | --- |',
        '| New Member (`new-member`) | 92 Hauts-de-Seine |',
        '',
        '### Organizations removed (1)',
        '',
        '| Organization | Department |',
        '| --- | --- |',
        '| AgiLab (`agilab`) | location not known |',
        '',
        '### Organizations moved (1)',
        '',
        '| Organization | From | To |',
        '| --- | --- | --- |',
        '| Généthon (`genethon`) | 91 Essonne | 92 Hauts-de-Seine |',
        '',
        '### Figure values changed (1)',
        '',
        '| Figure | As of | Before | After |',
        '| --- | --- | --- | --- |',
        '| Members (`medicen-members`) | 2018 | more than 300 organizations | more than 310 organizations |',
        '',
      ].join('\n'),
    );
  });

  it('reports nothing against the same commit, and compares with the working tree', () => {
    expect(report('HEAD').stdout).toContain('No organization was added, removed or moved');
    edit('content/figures/medicen-members.json', (t) => t.replace('"value": 63', '"value": 64'));
    expect(report('HEAD').stdout).toContain(
      '| Members (`medicen-members`) | 2005 | 63 organizations | 64 organizations |',
    );
  });

  it('repeats the notice of site-wide facts still empty', () => {
    writeFileSync(join(repo, 'content/site.json'), '{ "contact": {}, "join": {}, "legal": {} }');
    const r = report('HEAD');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('### Still to fill (not a problem)');
    expect(r.stdout).toContain('- content/site.json: 9 site-wide fact(s) still empty: contact.address');
  });

  it('explains an unknown reference', () => {
    const r = report('no-such-branch');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"no-such-branch" is not a commit of this repository');
  });
});
