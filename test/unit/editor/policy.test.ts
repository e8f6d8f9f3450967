/** The web editor's policy and its _headers rule: its own section, never framed, never indexed. */
import { describe, expect, it } from 'vitest';
import { editorPolicy, EDITOR_POLICY_SOURCES } from '../../../src/editor/policy.ts';
import { editorHeaderRule } from '../../../src/site/security-headers.ts';
import { adminPage, withoutSourceMapComment } from '../../../src/editor/integration.ts';
import { metaPolicy } from '../../../src/site/csp.ts';
import { en } from '../../../src/i18n/en.ts';

describe("the web editor's policy", () => {
  it('allows no other host than GitHub (its API and avatars), and no framing', () => {
    const policy = editorPolicy();
    const hosts = [...policy.matchAll(/https?:\/\/[^\s;]+/g)].map((m) => m[0]);
    expect([...new Set(hosts)].sort()).toEqual(['https://api.github.com', 'https://avatars.githubusercontent.com']);
    expect(EDITOR_POLICY_SOURCES['default-src']).toEqual(["'none'"]);
    const rule = editorHeaderRule('/', policy);
    expect(rule.path).toBe('/admin/*');
    expect(Object.fromEntries(rule.headers)).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
    });
    expect(Object.fromEntries(rule.headers)['Content-Security-Policy']).toMatch(/; frame-ancestors 'none'$/);
  });

  it('follows the base path', () => {
    expect(editorHeaderRule('/medicen', editorPolicy()).path).toBe('/medicen/admin/*');
  });

  it('writes a page that search engines skip, with relative addresses only', () => {
    const html = adminPage();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).not.toMatch(/(src|href)="(\/|https?:)/);
  });

  it('carries its policy in a <meta> too, before any script, for hosts that send no header', () => {
    const html = adminPage();
    expect(metaPolicy(html)).toBe(editorPolicy());
    // A <meta> policy cannot hold frame-ancestors (browsers ignore it there): admin.js refuses frames.
    expect(metaPolicy(html)).not.toContain('frame-ancestors');
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`data-framed="${en['editor.framed']}"`);
  });

  it("drops the bundle's source-map comment", () => {
    expect(withoutSourceMapComment('a();\n//# sourceMappingURL=decap-cms.js.map\n')).toBe('a();\n');
  });
});
