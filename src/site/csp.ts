/**
 * The site's Content-Security-Policy: one source for the policy Astro writes
 * into every page (a <meta http-equiv> with the hashes of its scripts and
 * styles) and for the _headers file built from those pages. Pure functions:
 * the Astro config and the build integration call them.
 *
 * The site loads nothing from another host, so every fetch directive is
 * 'self'. What each exception is for (each checked in Chromium by removing it):
 * - img-src data: MapLibre's stylesheet draws its zoom buttons with data: SVG
 *   images. With a remote map style, also blob:, which MapLibre uses for the
 *   sprite and raster images it downloads (the embedded style has none).
 * - script-src 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly. It
 *   runs in Pagefind's worker, but Pagefind falls back to the page itself when
 *   the worker cannot start (and a host that sends this policy with every file
 *   gives it to the worker too). The keyword allows compiling WebAssembly and
 *   nothing else: eval() stays blocked.
 * - worker-src 'self': MapLibre's and Pagefind's workers are files of the site
 *   (MapLibre would use a blob: worker only for a worker on another host).
 * - No 'unsafe-inline' anywhere: Astro hashes the few inline <style> blocks,
 *   the pages have no inline script, no style attribute and no event handler
 *   attribute (test/browser/csp.test.ts checks). MapLibre positions its
 *   markers and popups through element.style (CSSOM), which CSP allows.
 * - Hashes: Astro lists more than the pages need (its client directives, and
 *   the site's script and stylesheet files, which 'self' already allows and
 *   which a hash only matches inline). The build keeps only the hashes of an
 *   inline <script> or <style> some page has (`prunePolicyHashes`).
 */
import { createHash } from 'node:crypto';

type DirectiveName =
  'default-src' | 'connect-src' | 'img-src' | 'font-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action';

/** What Astro's `security.csp` option takes (the subset this site uses). */
export interface AstroCspOptions {
  algorithm: 'SHA-256';
  directives: `${DirectiveName} ${string}`[];
  scriptDirective: { resources: string[] };
  styleDirective: { resources: string[] };
}

export interface CspInput {
  /** PUBLIC_MAP_STYLE_URL: an optional remote map style, whose host must then be reachable. */
  mapStyleUrl?: string | undefined;
  /** CSP_MAP_ORIGINS: more hosts that remote style loads from (tiles, glyphs, sprites), space-separated. */
  mapOrigins?: string | undefined;
}

/** The origins a remote map style needs, or none for the default embedded basemap. */
export function mapOrigins({ mapStyleUrl, mapOrigins: extra }: CspInput): string[] {
  const origins = new Set<string>();
  if (mapStyleUrl?.trim()) origins.add(new URL(mapStyleUrl.trim()).origin);
  for (const o of (extra ?? '').split(/\s+/).filter(Boolean)) origins.add(new URL(o).origin);
  return [...origins];
}

/** Astro's CSP settings: Astro adds script-src and style-src with the hashes it computes. */
export function astroCsp(input: CspInput = {}): AstroCspOptions {
  const origins = mapOrigins(input);
  const remote = origins.length > 0 ? ` ${origins.join(' ')}` : '';
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      `connect-src 'self'${remote}`,
      `img-src 'self' data:${remote && ` blob:${remote}`}`,
      "font-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}

/** A policy as directive name -> sources, in the order first seen. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // As browsers do: a repeated directive is ignored after its first occurrence.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Every directive of every policy, with every source any of them allows. */
export function unionPolicies(policies: Policy[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const merged = union.get(name) ?? [];
      for (const s of sources) if (!merged.includes(s)) merged.push(s);
      union.set(name, merged);
    }
  }
  return union;
}

/** The policy of a <meta http-equiv="content-security-policy"> in an HTML page, or undefined. */
export function metaPolicy(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    if (content) return decodeEntities(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

/** A page with the policy of its <meta http-equiv="content-security-policy"> replaced. */
export function withMetaPolicy(html: string, policy: string): string {
  const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return html.replace(/<meta\b[^>]*>/gi, (tag) => {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) return tag;
    return tag.replace(/content\s*=\s*("[^"]*"|'[^']*')/i, `content="${content}"`);
  });
}

/** The source a CSP hash is written as: 'sha256-<base64>'. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** <script> types that run; any other (application/ld+json...) is a data block CSP does not apply to. */
const SCRIPT_TYPES = /^(|module|(text|application)\/(javascript|ecmascript))$/i;

/** The hash sources of the inline scripts (those that run) and inline <style> blocks of a page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (SCRIPT_TYPES.test(type.trim())) scripts.push(hashSource(body));
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(hashSource(body));
  return { scripts, styles };
}

const HASH = /^'sha(256|384|512)-/;

/**
 * The policy with only the hash sources that match an inline element: `scripts` for the script
 * directives, `styles` for the style ones. Other sources stay.
 */
export function prunePolicyHashes(
  policy: Policy,
  used: { scripts: Iterable<string>; styles: Iterable<string> },
): Policy {
  const scripts = new Set(used.scripts);
  const styles = new Set(used.styles);
  const pruned: Policy = new Map();
  for (const [name, sources] of policy) {
    const keep = name.startsWith('script-src') ? scripts : name.startsWith('style-src') ? styles : undefined;
    pruned.set(name, keep ? sources.filter((s) => !HASH.test(s) || keep.has(s)) : sources);
  }
  return pruned;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
