/**
 * What the text of an entry (the Markdown or MDX below its front matter) may
 * hold: Markdown and the site's own components, never code or raw HTML.
 * One rule for both readers of the text: the content checker reports every
 * problem (src/content-check/body-check.ts), and the build refuses code and
 * strips markup (src/content-check/markdown-plugins.ts), so a file that skips
 * the check still cannot run code or publish markup.
 *
 * Pure: walks a Markdown syntax tree (mdast, as Sätteri and remark build it).
 */
import { NO_USERINFO } from '../model/text-rules.ts';
import { findHidden, hiddenCharacterName } from '../util/hidden-characters.ts';
import type { ProblemRule } from './problem-rules.ts';

/**
 * The site's components a story's text may use, by name: none today. Adding
 * one also means keeping its node in the sanitizer's schema
 * (src/content-check/markdown-plugins.ts), which removes every component.
 */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** The kinds of web address a link may have: a relative address (#, /page/) has none and is kept. */
export const ALLOWED_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** A node of a Markdown syntax tree: only the fields the rules read. */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: unknown;
  position?: { start: { line: number } } | undefined;
  children?: readonly BodyNode[];
}

/** One thing the text may not hold; `code` problems stop the build, the others are stripped from the page. */
export interface BodyProblem {
  rule: Extract<
    ProblemRule,
    'code-in-content' | 'component-not-allowed' | 'raw-html' | 'link-not-allowed' | 'invisible-character'
  >;
  /** 1-based line in the text given to the parser. */
  line: number | undefined;
  message: string;
  /** Whether the build must refuse it (it would run code), not only strip it. */
  code: boolean;
}

function shorten(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}

/**
 * Whether a link address is one the site publishes: relative, or with an allowed protocol, and no
 * user name before an "@" (https://www.linkedin.com@evil.example/ leads to evil.example).
 */
export function isAllowedUrl(url: string): boolean {
  // Browsers ignore white space and control characters inside a protocol ("java\tscript:").
  const bare = [...url].filter((c) => c.charCodeAt(0) > 0x20).join('');
  if (!NO_USERINFO.test(bare)) return false;
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(bare);
  if (!m) return true;
  return (ALLOWED_PROTOCOLS as readonly string[]).includes(m[1]!.toLowerCase());
}

/** Text the reader sees or copies: the hidden characters it may hold are line breaks and tabs. */
const TEXT_NODES = new Set(['text', 'inlineCode', 'code']);

/** The first hidden character of a text node, with its line (its own line breaks counted). */
function hiddenInText(node: BodyNode): BodyProblem | undefined {
  if (!TEXT_NODES.has(node.type) || typeof node.value !== 'string') return undefined;
  const found = findHidden(node.value, '\n\t\r');
  if (!found) return undefined;
  const start = node.position?.start.line;
  const before = node.value.slice(0, found.index);
  const line = start === undefined ? undefined : start + (before.match(/\n/g)?.length ?? 0);
  const after = [...(before.split('\n').at(-1) ?? '')].slice(-20).join('');
  return {
    rule: 'invisible-character',
    code: false,
    line,
    message: `the text holds ${hiddenCharacterName(found.code)}${after ? ` after "${after}"` : ''}, invisible to readers; delete it (it may be written as a character reference such as &#x200B;)`,
  };
}

/** The problem one node is, if any. */
function problemOf(node: BodyNode): Omit<BodyProblem, 'line'> | undefined {
  const value = typeof node.value === 'string' ? node.value : '';
  switch (node.type) {
    case 'mdxjsEsm':
      return {
        rule: 'code-in-content',
        code: true,
        message: `"${shorten(value)}" is code (import/export), which would run when the site is built; remove the line: a text holds only Markdown`,
      };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return {
        rule: 'code-in-content',
        code: true,
        message: `"{${shorten(value)}}" is code in braces, which would run when the site is built; remove the braces, or write \\{ to show a brace`,
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (name && ALLOWED_COMPONENTS.includes(name)) return undefined;
      return {
        rule: 'component-not-allowed',
        code: true,
        message: `<${name || '>'}${name ? '>' : ''} is not one of the site's components (${ALLOWED_COMPONENTS.length ? ALLOWED_COMPONENTS.join(', ') : 'a story may use none'}); write it in Markdown`,
      };
    }
    case 'html':
      return {
        rule: 'raw-html',
        code: false,
        message: `the HTML "${shorten(value)}" is removed from the page; write it in Markdown (a link: [text](https://...))`,
      };
    case 'link':
    case 'image':
    case 'definition':
      if (typeof node.url === 'string' && !NO_USERINFO.test(node.url.trim())) {
        return {
          rule: 'link-not-allowed',
          code: false,
          message: `the link address "${shorten(node.url)}" has a name and "@" before the site's address, so it leads elsewhere than it reads; write the address as the site gives it`,
        };
      }
      if (typeof node.url === 'string' && !isAllowedUrl(node.url)) {
        return {
          rule: 'link-not-allowed',
          code: false,
          message: `the link address "${shorten(node.url)}" is removed from the page; use a web address starting with https:// (or mailto:)`,
        };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Every problem in a Markdown or MDX syntax tree, in document order. */
export function findBodyProblems(tree: BodyNode): BodyProblem[] {
  const out: BodyProblem[] = [];
  const visit = (node: BodyNode): void => {
    const problem = problemOf(node);
    if (problem) out.push({ ...problem, line: node.position?.start.line });
    const hidden = hiddenInText(node);
    if (hidden) out.push(hidden);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
