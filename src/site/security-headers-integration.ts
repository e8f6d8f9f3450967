/**
 * Writes dist/_headers at the end of `astro build`: the security headers and
 * the Content-Security-Policy of the built pages, for hosts that read that
 * file (Netlify, Cloudflare Pages) and for scripts/serve-dist.mjs. The policy
 * is read back from the <meta> tags Astro wrote (security.csp in
 * astro.config.mjs), so the header carries exactly the hashes the pages do.
 * A page without that <meta> fails the build. The hashes Astro lists that match
 * no inline script or style of any page are taken out of every page first.
 *
 * Only the pages Astro built make the policy: an HTML file copied from public/
 * (an editor's upload among them) is served as it is, and whatever its own
 * <meta> policy allows is never added to the site's (it would weaken every
 * page); such a file gets the site's headers, so a host that reads _headers
 * holds it to the site's policy too.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  inlineHashes,
  metaPolicy,
  parsePolicy,
  prunePolicyHashes,
  serializePolicy,
  unionPolicies,
  withMetaPolicy,
} from './csp.ts';
import { renderHeadersFile } from './headers-file.ts';
import { siteHeaderRules } from './security-headers.ts';

/** Cloudflare Pages reads at most 100 rules, and lines of at most 2,000 characters. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every file of a folder, as paths from it with forward slashes ("uploads/a.html"); none when it does not exist. */
function filesBelow(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/')),
  );
}

/** "/members/x/" for dist/members/x/index.html, "/404.html" for dist/404.html. */
function sitePath(dir: string, file: string): string {
  const rel = `/${relative(dir, file).split('\\').join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  let localePrefixes: string[] = [];
  let publicDir = '';
  return {
    name: 'medicen:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        publicDir = fileURLToPath(config.publicDir);
        const i18n = config.i18n;
        localePrefixes = (i18n?.locales ?? [])
          .map((l) => (typeof l === 'string' ? l : l.path))
          .filter((l) => l !== i18n?.defaultLocale);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The files public/ holds are copied as they are: not pages of the site.
        const copied = filesBelow(publicDir);
        const all = htmlFiles(root);
        const isCopied = (file: string) => copied.has(relative(root, file).split('\\').join('/'));
        const files = all.filter((f) => !isCopied(f)).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const publicPages = all.filter(isCopied).map((file) => sitePath(root, file));
        if (publicPages.length > 0) {
          logger.warn(
            `served as they are from public/, outside the site's policy (their own <meta> policy is ignored): ${publicPages.join(', ')}`,
          );
        }
        // Astro's policy lists hashes no page needs: keep those of the inline scripts and styles
        // the pages have, in every page's <meta> and so in _headers.
        const used = { scripts: new Set<string>(), styles: new Set<string>() };
        for (const { html } of files) {
          const found = inlineHashes(html);
          for (const h of found.scripts) used.scripts.add(h);
          for (const h of found.styles) used.styles.add(h);
        }
        const pages: string[] = [];
        const policies = [];
        const missing: string[] = [];
        for (const { file, html } of files) {
          const page = sitePath(root, file);
          const policy = metaPolicy(html);
          pages.push(page);
          if (policy === undefined) {
            missing.push(page);
            continue;
          }
          policies.push(prunePolicyHashes(parsePolicy(policy), used));
        }
        if (missing.length > 0) {
          throw new Error(
            `${missing.length} page(s) have no Content-Security-Policy <meta> (is security.csp on in astro.config.mjs, and does the page have a <head>?): ${missing.slice(0, 5).join(', ')}`,
          );
        }
        // One policy for every page, the union of theirs: Astro may leave out of a page the hash of
        // an inline block that only pages built after it have, and the header is that union anyway.
        const policy = serializePolicy(unionPolicies(policies));
        for (const { file, html } of files) {
          if (metaPolicy(html) !== policy) writeFileSync(file, withMetaPolicy(html, policy));
        }
        // The files copied from public/ get the site's headers too: its policy, no framing.
        const rules = siteHeaderRules({ pages: [...pages, ...publicPages].sort(), policy, base, localePrefixes });
        const text = renderHeadersFile(rules, [
          'Written by src/site/security-headers-integration.ts at each build: edit that file, not this one.',
          'For Netlify and Cloudflare Pages; see "Deploying" in README.md for other hosts.',
        ]);
        const long = text.split('\n').filter((l) => l.length > MAX_LINE);
        if (rules.length > MAX_RULES || long.length > 0) {
          logger.warn(
            `_headers has ${rules.length} rules (Cloudflare Pages reads ${MAX_RULES}) and ${long.length} line(s) over ${MAX_LINE} characters`,
          );
        }
        writeFileSync(join(root, '_headers'), text);
        logger.info(`_headers: ${rules.length} rules for ${pages.length} pages`);
      },
    },
  };
}
