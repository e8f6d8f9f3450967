/**
 * `npm run new` as an editor runs it, with flags (no terminal): the files it
 * writes into a copy of the valid fixture pass every content check once the
 * values are given, and report only their TODO placeholders otherwise.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, OUTLINES_FILE } from '../../../src/content-check/index.ts';

const project = resolve(import.meta.dirname, '../../..');
const outlines = resolve(project, OUTLINES_FILE);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'medicen-new-'));
  dirs.push(dir);
  cpSync(resolve(project, 'test/fixtures/valid'), dir, { recursive: true });
  return dir;
}

function runNew(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/new-content.ts', ...args, '--root', root], {
    cwd: project,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run new', () => {
  it('writes an organization from a postcode that passes every check', () => {
    const root = fixtureCopy();
    const r = runNew(
      root,
      'organization',
      'Institut Test Évry',
      '--postcode',
      '91000',
      '--kind',
      'research',
      '--area',
      'imaging',
      '--source',
      'https://example.org/source',
      '--text',
      'A fixture organization written by the scaffolder.',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Wrote content/organizations/en/institut-test-evry.md');
    expect(r.out).toContain('Department 91 (Essonne) and town Évry-Courcouronnes, from postcode 91000.');
    expect(r.out).toContain('precision is "town"');
    const text = readFileSync(join(root, 'content/organizations/en/institut-test-evry.md'), 'utf8');
    expect(text).toContain('city: "Évry-Courcouronnes"');
    expect(text).toContain('department: "91"');
    expect(text).toMatch(/lat: 48\.\d+\n {4}lon: 2\.\d+\n {4}precision: town/);
    expect(checkContent(root, outlines)).toEqual([]);
  });

  it('writes a story and a figure that pass every check', () => {
    const root = fixtureCopy();
    const story = runNew(
      root,
      'story',
      'A Test Story',
      '--year',
      '2019',
      '--organization',
      'genethon',
      '--area',
      'imaging',
      '--summary',
      'One sentence.',
      '--source',
      'https://example.org/s',
      '--text',
      'The story.',
    );
    expect(story.code).toBe(0);
    const figure = runNew(
      root,
      'figure',
      'Test products',
      '--scope',
      'Medicen',
      '--unit',
      'products',
      '--as-of',
      '2016-10',
      '--value',
      '62',
      '--qualifier',
      'more-than',
      '--source-title',
      'A page',
      '--source-url',
      'https://example.org/f',
      '--publisher',
      'Medicen',
    );
    expect(figure.code).toBe(0);
    expect(figure.out).toContain('Wrote content/figures/test-products.json');
    expect(checkContent(root, outlines)).toEqual([]);
  });

  it('without values, writes TODO placeholders that the checks name one by one', () => {
    const root = fixtureCopy();
    const r = runNew(root, 'organization', 'Half Known', '--city', 'Orsay', '--no-prompt');
    expect(r.code).toBe(0);
    const problems = checkContent(root, outlines);
    expect(problems.map((p) => `${p.rule} ${p.field}`)).toEqual([
      'template-placeholder kind',
      'template-placeholder sites[0].department',
      'template-placeholder sites[0].lat',
      'template-placeholder sites[0].lon',
      'template-placeholder sources[0]',
      'template-placeholder ',
    ]);
  });

  it('says when a postcode is unknown, and never overwrites a file', () => {
    const root = fixtureCopy();
    const r = runNew(root, 'organization', 'Nowhere', '--postcode', '99999', '--no-prompt');
    expect(r.out).toContain('Postcode 99999 is not in the official list of French postcodes');
    const again = runNew(root, 'organization', 'Genethon', '--no-prompt');
    expect(again.code).toBe(1);
    expect(again.err).toContain('content/organizations/en/genethon.md already exists');
  });

  it('prints the usage for an unknown type', () => {
    const r = runNew(fixtureCopy(), 'person', 'X');
    expect(r.code).toBe(1);
    expect(r.err).toContain('npm run new -- organization "Name"');
  });
});
