import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  astroCsp,
  hashSource,
  inlineHashes,
  mapOrigins,
  metaPolicy,
  parsePolicy,
  prunePolicyHashes,
  serializePolicy,
  unionPolicies,
  withMetaPolicy,
} from '../../../src/site/csp.ts';

const directive = (directives: string[], name: string) => directives.find((d) => d.startsWith(`${name} `));

describe('astroCsp', () => {
  it('allows only the site itself by default, with no inline script or style', () => {
    const csp = astroCsp();
    expect(directive(csp.directives, 'default-src')).toBe("default-src 'self'");
    expect(directive(csp.directives, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(csp.directives, 'img-src')).toBe("img-src 'self' data:");
    expect(directive(csp.directives, 'object-src')).toBe("object-src 'none'");
    expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.styleDirective.resources).toEqual(["'self'"]);
    const everything = [...csp.directives, ...csp.scriptDirective.resources, ...csp.styleDirective.resources].join(' ');
    expect(everything).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*/);
    // frame-ancestors is ignored in a <meta> policy: it goes in the headers only.
    expect(directive(csp.directives, 'frame-ancestors')).toBeUndefined();
  });

  it('adds the hosts of a remote map style, and blob: images, only when one is configured', () => {
    const csp = astroCsp({
      mapStyleUrl: 'https://tiles.example.org/styles/liberty.json',
      mapOrigins: 'https://fonts.example.net/glyphs https://tiles.example.org',
    });
    expect(directive(csp.directives, 'connect-src')).toBe(
      "connect-src 'self' https://tiles.example.org https://fonts.example.net",
    );
    expect(directive(csp.directives, 'img-src')).toBe(
      "img-src 'self' data: blob: https://tiles.example.org https://fonts.example.net",
    );
    expect(directive(csp.directives, 'font-src')).toBe("font-src 'self'");
  });
});

describe('mapOrigins', () => {
  it('keeps origins only, once each, and ignores blanks', () => {
    expect(mapOrigins({ mapStyleUrl: '  ', mapOrigins: '' })).toEqual([]);
    expect(mapOrigins({ mapStyleUrl: 'https://a.example/s.json?key=1', mapOrigins: ' https://a.example/x  ' })).toEqual(
      ['https://a.example'],
    );
  });

  it('fails on something that is not a URL rather than writing it into the policy', () => {
    expect(() => mapOrigins({ mapOrigins: "'unsafe-inline'" })).toThrow();
  });
});

describe('parsePolicy and serializePolicy', () => {
  it('read and write directives, keeping the first of a repeated one as browsers do', () => {
    const policy = parsePolicy(" default-src 'self' ; Script-Src 'self' 'sha256-abc=';; script-src *; ");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-abc='"]],
    ]);
    expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });
});

describe('unionPolicies', () => {
  it('keeps every directive and every source once', () => {
    const union = unionPolicies([
      parsePolicy("script-src 'self' 'sha256-a='; style-src 'self'"),
      parsePolicy("script-src 'self' 'sha256-b='; img-src 'self' data:"),
    ]);
    expect(serializePolicy(union)).toBe(
      "script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'; img-src 'self' data:",
    );
  });
});

describe('metaPolicy', () => {
  it("reads the policy of a page's <meta http-equiv>, entities decoded", () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head>`;
    expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaPolicy(`<meta content="script-src 'none'" http-equiv='Content-Security-Policy'>`)).toBe(
      "script-src 'none'",
    );
  });

  it('finds none in a page without one (another http-equiv does not count)', () => {
    expect(metaPolicy('<meta http-equiv="refresh" content="0; url=/">')).toBeUndefined();
    expect(metaPolicy('<p>content-security-policy</p>')).toBeUndefined();
  });
});

describe('withMetaPolicy', () => {
  it('replaces the policy of the <meta>, entities encoded, and leaves other tags alone', () => {
    const html = `<meta http-equiv="refresh" content="5"><meta http-equiv="content-security-policy" content="default-src &#39;none&#39;">`;
    const out = withMetaPolicy(html, "default-src 'self'; img-src 'self' data:");
    expect(metaPolicy(out)).toBe("default-src 'self'; img-src 'self' data:");
    expect(out).toContain('content="default-src &#39;self&#39;; img-src &#39;self&#39; data:"');
    expect(out).toContain('<meta http-equiv="refresh" content="5">');
  });
});

describe('inlineHashes', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('hashes the inline scripts that run and the <style> blocks, not external scripts or data blocks', () => {
    const html = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<script>console.log(1)</script>',
      '<script type="module">import "/x.js";</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      '<style>p{color:red}</style>',
    ].join('');
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('console.log(1)'), sha('import "/x.js";')],
      styles: [sha('p{color:red}')],
    });
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('prunePolicyHashes', () => {
  it('keeps only the hashes of inline elements, and every other source', () => {
    const policy = parsePolicy(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c=' 'sha256-a='",
    );
    const pruned = prunePolicyHashes(policy, { scripts: ["'sha256-b='"], styles: ["'sha256-c='"] });
    expect(serializePolicy(pruned)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b='; style-src 'self' 'sha256-c='",
    );
  });
});
