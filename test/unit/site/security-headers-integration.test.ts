/**
 * The site's policy is made from the site's own pages only: the build's
 * security-headers step, run over a small built site in a temporary folder
 * with the HTML file of issue 29 copied from public/uploads/ (its own <meta>
 * policy allows any script and any framing), keeps that file's sources out
 * of every page's <meta> and of _headers, and holds the file itself to the
 * site's policy in _headers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { metaPolicy, parsePolicy } from '../../../src/site/csp.ts';
import { headersFor, parseHeadersFile } from '../../../src/site/headers-file.ts';
import { securityHeaders } from '../../../src/site/security-headers-integration.ts';
import { siteHeaderRules, withoutFraming } from '../../../src/site/security-headers.ts';

const SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
const HOSTILE = "frame-ancestors *; script-src * 'unsafe-inline' 'unsafe-eval' data:; style-src * 'unsafe-inline'";
const page = (policy: string, title: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><title>${title}</title></head><body></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'medicen-csp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dist = join(dir, 'dist');
const publicDir = join(dir, 'public');
const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
write(join(dist, 'index.html'), page(SITE_POLICY, 'Home'));
write(join(dist, 'members/index.html'), page(SITE_POLICY, 'Members'));
write(join(dist, 'contact/index.html'), page(SITE_POLICY, 'Contact'));
write(join(dist, 'embed/map/index.html'), page(SITE_POLICY, 'Embed'));
// The file of issue 29: uploaded through the editor's media folder, copied into dist/ by the build.
const probe = page(HOSTILE, 'Probe');
write(join(publicDir, 'uploads/probe.html'), probe);
write(join(dist, 'uploads/probe.html'), probe);

const warnings: string[] = [];
const logger = { info: () => undefined, warn: (m: string) => warnings.push(m) };
const integration = securityHeaders();
type Hook = (options: unknown) => void | Promise<void>;
await (integration.hooks['astro:config:done'] as Hook)({
  config: {
    base: '/',
    publicDir: pathToFileURL(`${publicDir}/`),
    i18n: { locales: ['en', 'fr'], defaultLocale: 'en' },
  },
});
await (integration.hooks['astro:build:done'] as Hook)({ dir: pathToFileURL(`${dist}/`), logger, pages: [] });

const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const policyOf = (path: string) => headersFor(rules, path).find(([n]) => n === 'Content-Security-Policy')?.[1];

describe("the site's policy, with an HTML file from public/uploads/", () => {
  it("adds none of the file's sources to any page's <meta> or to _headers", () => {
    for (const file of ['index.html', 'members/index.html', 'contact/index.html']) {
      expect(metaPolicy(readFileSync(join(dist, file), 'utf8')), file).toBe(SITE_POLICY);
    }
    for (const path of ['/', '/members/', '/contact/', '/embed/map/']) {
      const policy = policyOf(path)!;
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:|\*;|\* /);
    }
  });

  it('keeps every page but the embeds unframeable, with one frame-ancestors', () => {
    for (const path of ['/', '/members/', '/contact/']) {
      expect(policyOf(path)!.match(/frame-ancestors [^;]+/g), path).toEqual(["frame-ancestors 'none'"]);
    }
    expect(policyOf('/embed/map/')!.match(/frame-ancestors [^;]+/g)).toEqual(['frame-ancestors *']);
  });

  it("holds the copied file to the site's policy in _headers, leaves it as it is, and says so in the log", () => {
    expect(policyOf('/uploads/probe.html')).toBe(`${SITE_POLICY}; frame-ancestors 'none'`);
    expect(readFileSync(join(dist, 'uploads/probe.html'), 'utf8')).toBe(probe);
    expect(warnings.join('\n')).toContain('/uploads/probe.html');
  });
});

describe('siteHeaderRules', () => {
  it('says who may frame a page once, whatever frame-ancestors the policy it is given holds', () => {
    expect(withoutFraming(`${SITE_POLICY}; frame-ancestors *`)).toBe(SITE_POLICY);
    const made = siteHeaderRules({
      pages: ['/members/', '/embed/map/'],
      policy: `frame-ancestors *; ${SITE_POLICY}`,
      base: '/',
      localePrefixes: ['fr'],
    });
    const at = (path: string) => headersFor(made, path).find(([n]) => n === 'Content-Security-Policy')![1];
    expect(parsePolicy(at('/members/')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(at('/members/').match(/frame-ancestors/g)).toHaveLength(1);
    expect(parsePolicy(at('/embed/map/')).get('frame-ancestors')).toEqual(['*']);
  });
});
