/** A French file that translates only the text may be the text alone (the web editor writes it so); an English one may not. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/content-check/read-files.ts';
import type { Problem } from '../../../src/content-check/validation.ts';

const root = mkdtempSync(join(tmpdir(), 'medicen-fr-text-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function read(lang: string): { data: unknown; body: string; problems: Problem[] } {
  const dir = join(root, 'content/organizations', lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'x.md'), 'Un texte seul.\n');
  const problems: Problem[] = [];
  const read = readContentFile(root, join(dir, 'x.md'), problems);
  return { data: read.data, body: read.body, problems };
}

describe('a Markdown file without front matter', () => {
  it('reads as a French text with no fields', () => {
    expect(read('fr')).toEqual({ data: {}, body: 'Un texte seul.\n', problems: [] });
  });

  it('is refused as an English entry', () => {
    expect(read('en').problems.map((p) => p.rule)).toEqual(['no-front-matter']);
  });
});
