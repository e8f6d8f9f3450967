/**
 * Every kind of message the content checker can print is produced by a
 * fixture (or, for the two safety nets no file can reach, by a direct call),
 * and docs/content-checks.md explains each under its own heading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, OUTLINES_FILE } from '../../../src/content-check/index.ts';
import { describeIssue } from '../../../src/content-check/schema-problems.ts';
import { PROBLEM_RULES, RULES_UNREACHABLE_FROM_FILES } from '../../../src/content-check/problem-rules.ts';
import { validateContent, type ContentSet } from '../../../src/content-check/validation.ts';

const project = resolve(import.meta.dirname, '../../..');
const outlines = resolve(project, OUTLINES_FILE);
const fixture = (name: string) => resolve(project, 'test/fixtures', name);

/**
 * Two files whose names differ only by case: made here rather than committed,
 * because such a pair cannot be checked out on macOS or Windows.
 */
const caseDir = mkdtempSync(join(tmpdir(), 'medicen-case-'));
cpSync(fixture('valid'), caseDir, { recursive: true });
writeFileSync(
  join(caseDir, 'content/organizations/en/Genethon.md'),
  readFileSync(join(caseDir, 'content/organizations/en/genethon.md'), 'utf8').replace('Généthon', 'Genethon Twin'),
);
afterAll(() => rmSync(caseDir, { recursive: true, force: true }));

const fromFiles = [
  ...checkContent(fixture('broken'), outlines),
  ...checkContent(fixture('missing-timeline'), outlines),
  // Hidden characters, blank values, the media folder (issue 29).
  ...checkContent(fixture('unsafe'), outlines),
  ...checkContent(caseDir, outlines),
];

describe('every message of the content checker', () => {
  const reachable = PROBLEM_RULES.filter((r) => !RULES_UNREACHABLE_FROM_FILES.includes(r));

  it.each(reachable)('%s is produced by a fixture', (rule) => {
    expect(fromFiles.filter((p) => p.rule === rule).map((p) => p.message)).not.toEqual([]);
  });

  it('reports a missing file by name', () => {
    const missing = fromFiles.find((p) => p.rule === 'file-missing');
    expect(missing?.file).toBe('content/timeline.json');
  });

  it('reports two timeline entries with the same id, by id and place', () => {
    const dup = fromFiles.find((p) => p.rule === 'duplicate-slug' && p.file === 'content/timeline.json');
    expect(dup).toMatchObject({ field: 'entries[2].id', line: 32 });
    expect(dup?.message).toBe(
      'entry "labelled" (entries[2]): id "labelled" is already used by entries[0]; give each entry its own id',
    );
  });

  it('reports two file names that differ only by case', () => {
    const dup = fromFiles.find((p) => p.rule === 'duplicate-slug' && p.file.startsWith('content/organizations/'));
    expect(dup?.message).toMatch(/^has the same slug as content\/organizations\/en\/(genethon|Genethon)\.md/);
  });

  it('value-without-date: explains a figure value without date when called directly', () => {
    const set: ContentSet = {
      organizations: [],
      areas: [],
      stories: [],
      figures: [
        {
          slug: 'f',
          file: 'content/figures/f.json',
          data: { id: 'f', values: [{ value: 1, source: {} }] },
        },
      ],
      departments: { file: 'd.json', codes: ['75', '77', '78', '91', '92', '93', '94', '95'], names: {} },
      outlines: {},
    } as ContentSet;
    const problems = validateContent(set);
    expect(problems.map((p) => [p.rule, p.message])).toEqual([
      ['value-without-date', 'values[0] has no as_of date; add the date the number was true, e.g. "as_of": "2018"'],
    ]);
  });

  it('schema-other: falls back to the field and Zod message for an issue no schema raises today', () => {
    const described = describeIssue(
      { code: 'custom', path: ['sites', 0, 'lat'], message: 'is not on land', input: 1 } as never,
      1,
    );
    expect(described).toEqual({ rule: 'schema-other', message: 'sites[0].lat: is not on land' });
  });

  it('docs/content-checks.md explains every kind of message under a heading of its name', () => {
    const guide = readFileSync(resolve(project, 'docs/content-checks.md'), 'utf8');
    const headings = new Set([...guide.matchAll(/^### `([a-z-]+)`/gm)].map((m) => m[1]));
    expect([...PROBLEM_RULES].filter((r) => !headings.has(r))).toEqual([]);
    expect([...headings].filter((h) => !(PROBLEM_RULES as readonly string[]).includes(h!))).toEqual([]);
  });
});
