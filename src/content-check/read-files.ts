/**
 * Reads content files from disk into plain data, keeping where each field
 * sits (its line) so that messages can point editors at it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './validation.ts';

export interface ReadFile {
  /** Path from the project root, with forward slashes. */
  file: string;
  /** File name without its extension. */
  slug: string;
  /** The parsed front matter (Markdown) or document (JSON); undefined when unreadable. */
  data: unknown;
  /** The 1-based line of a field, where known. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The text after the front matter (empty for JSON), and the 1-based line it starts at. */
  body: string;
  bodyLine: number;
}

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(\r?\n|$)/;

function lineFinder(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLines;
    }
    return undefined;
  };
}

/** Parses one content file (Markdown/MDX front matter or JSON). */
export function readContentFile(root: string, path: string, problems: Problem[]): ReadFile {
  const file = relative(root, path).split('\\').join('/');
  const name = path.split(/[\\/]/).pop()!;
  const slug = name.replace(/\.[^.]+$/, '');
  const text = readFileSync(path, 'utf8');
  const none = { file, slug, data: undefined, lineOf: () => undefined, body: '', bodyLine: 1 };
  let source = text;
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (!name.endsWith('.json')) {
    const m = FRONT_MATTER.exec(text);
    if (!m) {
      problems.push({
        file,
        field: '',
        line: 1,
        rule: 'no-front-matter',
        message: 'has no front matter; the file must start with a line "---", the fields, and another "---"',
      });
      return none;
    }
    source = m[1] ?? '';
    offset = 1;
    body = text.slice(m[0].length);
    bodyLine = m[0].split('\n').length;
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // The first error is the one to fix; the others usually follow from it.
    const err = doc.errors[0]!;
    const line = counter.linePos(err.pos[0]).line + offset;
    problems.push({
      file,
      field: '',
      line,
      rule: 'unreadable',
      message: `cannot be read at line ${line}: ${err.message.split('\n')[0]} (check quotes, colons and indentation; a value containing ": " needs quotes)`,
    });
    return none;
  }
  // An empty front matter (a French file that translates only the text) reads as no fields.
  return { file, slug, data: doc.toJS() ?? {}, lineOf: lineFinder(doc, counter, offset), body, bodyLine };
}

/** Lists a content folder; files with another extension are reported, never skipped silently. */
export function listFolder(root: string, folder: string, ext: string, problems: Problem[]): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    if (entry.name.endsWith(ext)) out.push(join(dir, entry.name));
    else {
      problems.push({
        file: `${folder}/${entry.name}`,
        field: '',
        rule: 'wrong-extension',
        message: `is not a ${ext} file, so the site would ignore it; rename it to end in ${ext} (or move it out of ${folder}/)`,
      });
    }
  }
  return out.sort();
}
