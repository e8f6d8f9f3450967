/**
 * The files of dist/ are the files the site promises: test/fixtures/built-files.txt
 * lists them as patterns, expanded here with the ids found in content, so adding
 * an organization adds its pages without touching the list, while a route that
 * disappears, moves or appears by accident fails the test. Every file of public/
 * is copied as it is; _astro/ and pagefind/ hold hashed bundles and are left out, and
 * admin/decap/ is Decap CMS's prebuilt bundle, checked against its package here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalogue.ts';
import { DECAP_FILE } from '../../src/editor/integration.ts';
import { DEPARTMENT_CODES } from '../../src/model/constants.ts';
import { DIST, ROOT } from './support/dist.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** The ids of a collection: the names of its files (the English ones, in en/, for organizations, areas and stories). */
function idsOf(collection: string, extension: RegExp): string[] {
  return readdirSync(join(ROOT, 'content', collection), { withFileTypes: true })
    .filter((e) => e.isFile() && extension.test(e.name))
    .map((e) => e.name.replace(extension, ''));
}

const ids: Record<string, readonly string[]> = {
  organization: idsOf('organizations/en', /\.md$/),
  area: idsOf('areas/en', /\.md$/),
  story: idsOf('stories/en', /\.mdx?$/),
  figure: idsOf('figures', /\.json$/),
  department: DEPARTMENT_CODES,
  chart: CHARTS.map((c) => c.id),
};

/** A pattern with each {placeholder} replaced by every id of its kind. */
function expand(pattern: string): string[] {
  const match = /\{(\w+)\}/.exec(pattern);
  if (!match) return [pattern];
  const values = ids[match[1]!];
  if (!values) throw new Error(`test/fixtures/built-files.txt: unknown placeholder ${match[0]}`);
  return values.flatMap((id) => expand(pattern.replace(match[0], id)));
}

const patterns = readFileSync(join(ROOT, 'test/fixtures/built-files.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

const publicFiles = filesUnder(join(ROOT, 'public'));
const built = filesUnder(DIST).filter((f) => !/^(_astro|pagefind|admin\/decap)\//.test(f));

describe('built files', () => {
  it('has every id of content to expand the list with', () => {
    for (const [kind, values] of Object.entries(ids)) expect(values.length, kind).toBeGreaterThan(0);
  });

  it('are exactly the files of the list, plus public/', () => {
    const expected = [...new Set([...patterns.flatMap(expand), ...publicFiles])].sort();
    const missing = expected.filter((f) => !built.includes(f));
    const unexpected = built.filter((f) => !expected.includes(f));
    expect({ missing, unexpected }, 'update test/fixtures/built-files.txt for an intended change').toEqual({
      missing: [],
      unexpected: [],
    });
  });

  it("copies Decap CMS's bundle, its chunks and WebAssembly modules into admin/decap/, and nothing else", () => {
    const shipped = readdirSync(join(ROOT, 'node_modules/decap-cms/dist')).filter((n) => DECAP_FILE.test(n));
    expect(shipped).toContain('decap-cms.js');
    expect(readdirSync(join(DIST, 'admin/decap')).sort()).toEqual(shipped.sort());
  });

  it('copies public/ unchanged', () => {
    for (const f of publicFiles) {
      expect(readFileSync(join(DIST, f)).equals(readFileSync(join(ROOT, 'public', f))), f).toBe(true);
    }
  });
});
