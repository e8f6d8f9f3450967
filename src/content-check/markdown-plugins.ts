/**
 * The build's half of the rules of src/content-check/body-rules.ts, as plugins
 * of Sätteri, Astro's Markdown and MDX processor (`markdown.processor:
 * satteri({ mdastPlugins, hastPlugins })` in astro.config.mjs; MDX inherits
 * them):
 *
 * - `contentIsTextPlugin` (Markdown tree) stops the build on code in a text:
 *   import/export, {expressions}, components other than the allowed ones,
 *   naming the file and line, so a file that skips `npm run check:content`
 *   still cannot run code at build time.
 * - `sanitizePlugin` (HTML tree) keeps only an allowlist of elements and
 *   attributes (hast-util-sanitize's GitHub-like default, with links limited
 *   to http, https and mailto): raw HTML, `style` and `on*` attributes,
 *   `script`, `iframe`, `meta`, `form`... never reach a page. It runs before
 *   the external-links plugin, which adds rel to the links it keeps.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Root as HastRoot } from 'hast';
import { ALLOWED_PROTOCOLS, findBodyProblems, type BodyNode } from './body-rules.ts';

/** What the published text may hold: GitHub's allowlist, links only to web pages and e-mail addresses. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...ALLOWED_PROTOCOLS], cite: ['http', 'https'] },
};

/** Where a document is, from the project root, for a message. */
function fileOf(url: URL | undefined): string {
  if (!url) return 'a Markdown text';
  return relative(process.cwd(), fileURLToPath(url)).split('\\').join('/');
}

interface MdastContext {
  readonly fileURL: URL | undefined;
}

/** Throws on code in a text (Markdown tree stage), with one `file:line: message` line per problem. */
export function contentIsTextPlugin() {
  return {
    name: 'medicen:content-is-text',
    options: { position: true },
    before(root: Readonly<BodyNode>, ctx: MdastContext) {
      const code = findBodyProblems(root).filter((p) => p.code);
      if (code.length === 0) return;
      const file = fileOf(ctx.fileURL);
      throw new Error(
        `Content may not run code. Each line names the file and the fix:\n${code.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n')}`,
      );
    },
  };
}

interface HastContext {
  replaceNode(node: Readonly<HastRoot>, newNode: HastRoot): void;
}

/** Replaces the HTML tree of a text by its sanitized copy (HTML tree stage). */
export function sanitizePlugin() {
  return {
    name: 'medicen:sanitize',
    before(root: Readonly<HastRoot>, ctx: HastContext) {
      ctx.replaceNode(root, sanitize(root as HastRoot, SANITIZE_SCHEMA) as HastRoot);
    },
  };
}
