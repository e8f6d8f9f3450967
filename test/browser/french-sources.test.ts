/**
 * French pages name their sources and downloads in French: the editors'
 * bracketed descriptions of sources ("press release") and the download links
 * are translated, and the open-data page speaks to readers, not editors.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from './support/dist.ts';

const ENGLISH_LEFTOVERS = [
  /\(document archive\)/,
  /\(press release\)/,
  /competitiveness cluster page/,
  /Série [a-z0-9-]+ \(CSV\)/,
  /front matter/,
  /content\/organizations\/NAME/,
];

describe('French pages', () => {
  const pages = htmlPages().filter((p) => p.startsWith('/fr/'));

  it.each(pages)('%s shows no English source label, download name or editors’ jargon', (path) => {
    const html = readPage(path);
    for (const pattern of ENGLISH_LEFTOVERS) expect(html, String(pattern)).not.toMatch(pattern);
  });

  it('show the French form of a source description', () => {
    expect(readPage('/fr/figures/')).toContain('(communiqué de presse)');
  });
});

describe('the open-data page', () => {
  it.each(['/data/', '/fr/data/'])('%s describes the schemas for readers, without editors’ file paths', (path) => {
    expect(readPage(path)).not.toMatch(/front matter|content\/(organizations|areas|stories)\/NAME/);
  });
});
