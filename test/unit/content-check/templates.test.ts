/**
 * The templates in content/_templates/ are complete forms: copied as they are
 * into the content, every field to fill is reported as a placeholder (and
 * nothing else is wrong with them), so an editor cannot publish one half-filled.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, OUTLINES_FILE } from '../../../src/content-check/index.ts';

const project = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'medicen-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(resolve(project, 'test/fixtures/valid'), dir, { recursive: true });
const copies = {
  'organization.md': 'content/organizations/en/new-member.md',
  'story.mdx': 'content/stories/en/new-story.mdx',
  'figure.json': 'content/figures/new-figure.json',
};
for (const [template, to] of Object.entries(copies)) {
  copyFileSync(resolve(project, 'content/_templates', template), join(dir, to));
}
const problems = checkContent(dir, resolve(project, OUTLINES_FILE));

describe('content templates', () => {
  it.each(Object.values(copies))('%s copied from its template reports its placeholders', (file) => {
    const own = problems.filter((p) => p.file === file);
    expect(own.filter((p) => p.rule === 'template-placeholder').length).toBeGreaterThan(3);
    expect(own.filter((p) => p.rule !== 'template-placeholder')).toEqual([]);
  });

  it('reports nothing in the content the templates were copied into', () => {
    expect(problems.filter((p) => !Object.values(copies).includes(p.file))).toEqual([]);
  });
});
