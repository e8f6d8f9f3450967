/**
 * The `_headers` file of Netlify and Cloudflare Pages: blocks of a path
 * pattern followed by indented `Name: value` lines. Written by the build
 * (src/site/security-headers-integration.ts) and read by scripts/serve-dist.mjs,
 * so the local server and the browser tests send what those hosts would.
 *
 * Patterns: `*` matches any run of characters (slashes included, or none),
 * `:name` matches one path segment, anything else matches itself.
 */

export interface HeaderRule {
  /** The path pattern, e.g. "/members/*" or "/". */
  path: string;
  headers: [name: string, value: string][];
}

export function renderHeadersFile(rules: HeaderRule[], comment: string[] = []): string {
  const lines = comment.map((c) => `# ${c}`.trimEnd());
  for (const rule of rules) {
    if (lines.length > 0) lines.push('');
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon <= 0) throw new Error(`_headers: "${line}" is not under a path or has no "Name: value"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

export function pathMatches(pattern: string, path: string): boolean {
  return patternRegExp(pattern).test(path);
}

/**
 * The headers a request for `path` gets: those of every matching rule, in
 * file order. A name set by two matching rules appears twice, as Cloudflare
 * Pages sends it (joined); the site's file never does that (a unit test checks).
 */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => pathMatches(r.path, path)).flatMap((r) => r.headers);
}
