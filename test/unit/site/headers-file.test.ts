import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, pathMatches, renderHeadersFile } from '../../../src/site/headers-file.ts';

describe('renderHeadersFile and parseHeadersFile', () => {
  it('write blocks of a path and indented headers, and read them back', () => {
    const rules = [
      { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as [string, string][] },
      {
        path: '/members/*',
        headers: [
          ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
          ['X-Frame-Options', 'DENY'],
        ] as [string, string][],
      },
    ];
    const text = renderHeadersFile(rules, ['Generated: do not edit.']);
    expect(text).toBe(
      [
        '# Generated: do not edit.',
        '',
        '/*',
        '  X-Content-Type-Options: nosniff',
        '',
        '/members/*',
        "  Content-Security-Policy: default-src 'self'; img-src 'self' data:",
        '  X-Frame-Options: DENY',
        '',
      ].join('\n'),
    );
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('rejects a header line that is not under a path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/not under a path/);
    expect(() => parseHeadersFile('/\n  no colon here\n')).toThrow(/Name: value/);
  });
});

describe('pathMatches', () => {
  it('matches * across segments (or nothing), :name within one, and the rest literally', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/*', '/members/genethon/')).toBe(true);
    expect(pathMatches('/members/*', '/members/')).toBe(true);
    expect(pathMatches('/members/*', '/members/genethon/')).toBe(true);
    expect(pathMatches('/members/*', '/fr/members/genethon/')).toBe(false);
    expect(pathMatches('/', '/')).toBe(true);
    expect(pathMatches('/', '/about/')).toBe(false);
    expect(pathMatches('/404.html', '/404xhtml')).toBe(false);
    expect(pathMatches('/members/:slug/', '/members/genethon/')).toBe(true);
    expect(pathMatches('/members/:slug/', '/members/a/b/')).toBe(false);
  });
});

describe('headersFor', () => {
  it('gathers the headers of every matching rule, in file order', () => {
    const rules = parseHeadersFile('/*\n  A: 1\n/_astro/*\n  B: 2\n/embed/*\n  C: 3\n');
    expect(headersFor(rules, '/_astro/x.js')).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(headersFor(rules, '/embed/map/')).toEqual([
      ['A', '1'],
      ['C', '3'],
    ]);
  });
});
