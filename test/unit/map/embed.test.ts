import { describe, expect, it } from 'vitest';
import { MAP_EMBED_SIZE, mapEmbedCode } from '../../../src/map/embed.ts';

describe('mapEmbedCode', () => {
  const code = mapEmbedCode('https://example.org/embed/map/?kind=sme&dept=91', 'Organizations of the "Paris" Region');
  it('is one <iframe> of the embed address, with the filters, a title and a size', () => {
    expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
    expect(code).toContain('src="https://example.org/embed/map/?kind=sme&amp;dept=91"');
    expect(code).toContain(`width="${MAP_EMBED_SIZE.width}" height="${MAP_EMBED_SIZE.height}"`);
    expect(code).toContain('title="Organizations of the &quot;Paris&quot; Region"');
  });
  it('reads back in a document as the same address and title', () => {
    const src = /src="([^"]*)"/.exec(code)![1]!.replaceAll('&amp;', '&');
    expect(new URL(src).searchParams.get('dept')).toBe('91');
    expect(new URL(src).searchParams.get('kind')).toBe('sme');
  });
  it('cannot be broken out of by a title or an address', () => {
    const hostile = mapEmbedCode('https://example.org/embed/map/?q="><script>', '"><script>alert(1)</script>');
    expect(hostile).not.toContain('<script>');
    expect(hostile.match(/</g)).toHaveLength(2);
  });
});
