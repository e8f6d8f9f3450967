/**
 * The checker's half of the rules of src/content-check/body-rules.ts: parses
 * an entry's text with the build's own parser (Sätteri: MDX for .mdx files,
 * Markdown for .md) and reports every problem with its line in the file.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { findBodyProblems, type BodyNode } from './body-rules.ts';
import type { ReadFile } from './read-files.ts';
import type { Problem } from './validation.ts';

/** Every problem in the text below a file's front matter (none for JSON). */
export function bodyProblems(read: ReadFile, ext: string): Problem[] {
  if (ext === '.json' || read.text === '') return [];
  let tree: BodyNode;
  try {
    tree = (ext === '.mdx' ? mdxToMdast(read.text) : markdownToMdast(read.text)) as BodyNode;
  } catch (error) {
    // The MDX parser names where it stopped as "line:column: reason".
    const message = (error as Error).message;
    const at = /^(\d+):\d+: (.*?)(?: \([a-z-]+:[a-z-]+\))?$/s.exec(message);
    const line = at ? Number(at[1]) : read.bodyLine;
    return [
      {
        file: read.file,
        field: '',
        line,
        rule: 'unreadable',
        message: `cannot be read at line ${line}: ${at ? at[2] : message.split('\n')[0]} (a "<" or "{" starts code in a story: write \\< and \\{ to show them)`,
      },
    ];
  }
  return findBodyProblems(tree).map((p) => ({
    file: read.file,
    field: '',
    line: p.line,
    rule: p.rule,
    message: p.message,
  }));
}
