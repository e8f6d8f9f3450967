/**
 * Reads content files from disk into plain data, keeping where each field
 * sits (its line) so that messages can point editors at it.
 *
 * The checker reads the files the way the build does, so that a file passes
 * the one exactly when it passes the other: the same files (a collection's
 * folder, its extension, no subfolder but fr/, no hidden file, no file
 * starting with _: any other file is refused with a message), the same
 * parsers (front matter with Astro's own reader, js-yaml; JSON with the
 * strict JSON.parse), and UTF-8 only. The `yaml` library only finds the line
 * of a field; it never decides what a file holds.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
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
  /** The text of a field's value as written in the file, where known. */
  textOf: (path: readonly PropertyKey[]) => string | undefined;
  /** The text after the front matter (empty for JSON), and the 1-based line it starts at. */
  body: string;
  bodyLine: number;
  /** The whole text with the front matter blanked out, so that its lines are the file's (empty for JSON). */
  text: string;
}

const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(\r?\n|$)/;

/** Bidirectional control characters: they can make a text read otherwise than it is stored. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function positionFinder(doc: Document, counter: LineCounter, source: string, offsetLines: number) {
  const nodeAt = (path: readonly PropertyKey[], exact: boolean) => {
    for (let n = path.length; n >= (exact ? path.length : 0); n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return node;
    }
    return undefined;
  };
  return {
    lineOf: (path: readonly PropertyKey[]) => {
      const node = nodeAt(path, false);
      return node?.range ? counter.linePos(node.range[0]).line + offsetLines : undefined;
    },
    textOf: (path: readonly PropertyKey[]) => {
      const node = nodeAt(path, true);
      return node?.range ? source.slice(node.range[0], node.range[1]).trim() : undefined;
    },
  };
}

/** Decodes a file as UTF-8, reporting an invalid byte, a byte order mark and bidirectional controls. */
function decode(bytes: Buffer, file: string, problems: Problem[]): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = new TextDecoder('utf-8').decode(bytes).indexOf('\uFFFD');
    problems.push({
      file,
      field: '',
      line: bad >= 0 ? lineAt(new TextDecoder('utf-8').decode(bytes), bad) : 1,
      rule: 'wrong-encoding',
      message: 'is not UTF-8 text (an accented letter is stored in another encoding); save the file as UTF-8',
    });
    return undefined;
  }
  if (text.startsWith('\uFEFF')) {
    problems.push({
      file,
      field: '',
      line: 1,
      rule: 'byte-order-mark',
      message: 'the file starts with a byte order mark; save it as UTF-8 without BOM',
    });
    text = text.slice(1);
  }
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
    problems.push({
      file,
      field: '',
      line: lineAt(text, m.index),
      rule: 'bidi-control',
      message: `holds an invisible bidirectional control character (U+${code}) at line ${lineAt(text, m.index)}, which can make the text read otherwise than it is; delete it`,
    });
  }
  return text;
}

/**
 * The line of a JSON syntax error: where JSON.parse says, else the first
 * comment or comma before a closing bracket (the usual mistakes, which its
 * message does not place), else the first line.
 */
function jsonErrorLine(text: string, message: string): number {
  const line = /\(line (\d+) column/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  // Blank out the texts in quotes, keeping their length, so that only the JSON's own punctuation is searched.
  const bare = text.replace(/"(?:[^"\\\n]|\\.)*"/g, (s) => ' '.repeat(s.length));
  const mistake = /,\s*[\]}]|\/\/|\/\*/.exec(bare);
  return mistake ? lineAt(text, mistake.index) : 1;
}

function unreadable(file: string, line: number, reason: string, hint: string): Problem {
  return {
    file,
    field: '',
    line,
    rule: 'unreadable',
    message: `cannot be read at line ${line}: ${reason} (${hint})`,
  };
}

const YAML_HINT = 'check quotes, colons and indentation; a value containing ": " needs quotes';
const JSON_HINT =
  'JSON allows no comment and no comma after the last item of a list or group; every name and text is in double quotes';

/** Parses one content file (Markdown/MDX front matter or JSON). */
export function readContentFile(root: string, path: string, problems: Problem[]): ReadFile {
  const file = relative(root, path).split('\\').join('/');
  const name = path.split(/[\\/]/).pop()!;
  const slug = name.replace(/\.[^.]+$/, '');
  const none = {
    file,
    slug,
    data: undefined,
    lineOf: () => undefined,
    textOf: () => undefined,
    body: '',
    bodyLine: 1,
    text: '',
  };
  const text = decode(readFileSync(path), file, problems);
  if (text === undefined) return none;

  if (name.endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      problems.push(
        unreadable(file, jsonErrorLine(text, message), message.split(/, "|, \.\.\.| in JSON/)[0]!, JSON_HINT),
      );
      return none;
    }
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    return { ...none, data, ...positionFinder(doc, counter, text, 0) };
  }

  const m = FRONT_MATTER.exec(text);
  // A French file that translates only the text may be the text alone: the web editor writes it so.
  if (!m && file.split('/').includes('fr') && !text.startsWith('---')) {
    return { ...none, data: {}, body: text, text };
  }
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
  let data: unknown;
  let blanked: string;
  try {
    // Astro's own reader of front matter (js-yaml), as the build uses it.
    const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    data = parsed.frontmatter;
    blanked = parsed.content;
  } catch (error) {
    const e = error as Error & { reason?: string; mark?: { line: number } };
    problems.push(unreadable(file, (e.mark?.line ?? 0) + 1, e.reason ?? e.message.split('\n')[0]!, YAML_HINT));
    return none;
  }
  const source = m[1] ?? '';
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  return {
    file,
    slug,
    // An empty front matter (a French file that translates only the text) reads as no fields.
    data: data ?? {},
    ...positionFinder(doc, counter, source, 1),
    body: text.slice(m[0].length),
    bodyLine: m[0].split('\n').length,
    text: blanked,
  };
}

/** Lists every file below a folder, with its path from that folder. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The language folders of a collection of Markdown entries: content/<collection>/en/ and fr/. */
export const LANGUAGE_FOLDERS = ['en', 'fr'] as const;

/**
 * Refuses what sits directly in a collection's folder (content/organizations/)
 * instead of one of its language folders, which the site would not read.
 */
export function languageFolderProblems(root: string, folder: string, problems: Problem[]): void {
  const dir = join(root, folder);
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && (LANGUAGE_FOLDERS as readonly string[]).includes(entry.name)) continue;
    problems.push({
      file: `${folder}/${entry.name}`,
      field: '',
      rule: 'not-published',
      message: `is not in a language folder, so the site does not read it; move it to ${folder}/en/ (English) or ${folder}/fr/ (its French version, same file name)`,
    });
  }
}

/**
 * Lists a content folder as the build reads it (src/content.config.ts): the
 * files of `ext` directly in it, not hidden, not starting with _. Every other
 * file is reported, never skipped silently; `subfolders` (fr) are read on
 * their own.
 */
export function listFolder(
  root: string,
  folder: string,
  ext: string,
  problems: Problem[],
  subfolders: readonly string[] = [],
): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const refuse = (name: string, message: string) =>
    problems.push({ file: `${folder}/${name}`, field: '', rule: 'not-published', message });
  for (const name of walk(dir)) {
    const [top, ...rest] = name.split('/');
    if (rest.length > 0) {
      if (subfolders.includes(top!)) continue;
      refuse(name, `is in the subfolder ${folder}/${top}/, which the site does not read; move it to ${folder}/`);
    } else if (name.startsWith('.')) {
      refuse(name, 'is a hidden file (its name starts with a dot), which the site does not read; remove the dot');
    } else if (name.startsWith('_')) {
      refuse(name, 'files starting with _ are not published: remove the _ or move it to content/_templates');
    } else if (name.endsWith(ext)) out.push(join(dir, name));
    else {
      problems.push({
        file: `${folder}/${name}`,
        field: '',
        rule: 'wrong-extension',
        message: `is not a ${ext} file, so the site would ignore it; rename it to end in ${ext} (or move it out of ${folder}/)`,
      });
    }
  }
  return out.sort();
}
