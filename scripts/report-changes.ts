#!/usr/bin/env node
/**
 * `npm run report:changes -- <git-ref>`: what the content of the working tree
 * changes compared with <git-ref> (for a pull request: its base commit), as
 * Markdown for a pull-request comment. Run from the repository's root.
 * The content at <git-ref> is read with git itself (no checkout), so the
 * working tree is left as it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { contentNotices, loadContent, OUTLINES_FILE, type LoadedContent } from '../src/content-check/index.ts';
import { changeReportMarkdown, diffContent, noticeMarkdown, type ContentSnapshot } from './lib/change-report.ts';

const ref = process.argv[2];
if (!ref) {
  console.error('Usage: npm run report:changes -- <git-ref>   (e.g. origin/main)');
  process.exit(1);
}
const root = process.cwd();
const outlines = resolve(import.meta.dirname, '..', OUTLINES_FILE);
const git = (args: string[], input?: string) =>
  execFileSync('git', args, { cwd: root, input, maxBuffer: 256 * 1024 * 1024 });

/** Writes the content/ folder as it is at `ref` into `dir`, with one `git cat-file --batch` for all files. */
function extractContent(dir: string): void {
  const paths = git(['ls-tree', '-r', '--name-only', ref!, '--', 'content'])
    .toString('utf8')
    .split('\n')
    .filter(Boolean);
  if (paths.length === 0) return;
  const out = git(['cat-file', '--batch'], paths.map((p) => `${ref}:${p}`).join('\n') + '\n');
  let pos = 0;
  for (const path of paths) {
    const header = out.subarray(pos, out.indexOf(10, pos)).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const start = out.indexOf(10, pos) + 1;
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, out.subarray(start, start + size));
    pos = start + size + 1;
  }
}

function snapshot(content: LoadedContent): ContentSnapshot {
  return {
    organizations: content.organizations.map((o) => ({
      slug: o.slug,
      name: o.data.name,
      departments: [...new Set(o.data.sites.map((s) => s.department))].sort(),
    })),
    figures: content.figures.map((f) => ({
      id: f.data.id,
      label: f.data.label.en,
      unit: f.data.unit,
      values: f.data.values,
    })),
  };
}

try {
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
} catch {
  console.error(`"${ref}" is not a commit of this repository (for a pull request, fetch its base first).`);
  process.exit(1);
}
const baseDir = mkdtempSync(join(tmpdir(), 'medicen-base-'));
try {
  extractContent(baseDir);
  const before = loadContent(baseDir, outlines);
  const after = loadContent(root, outlines);
  const names = Object.fromEntries(Object.entries(after.departments).map(([code, d]) => [code, d.name]));
  let text = changeReportMarkdown(diffContent(snapshot(before), snapshot(after)), names);
  if (after.problems.length > 0) {
    text += `\n> ${after.problems.length} content problem${after.problems.length > 1 ? 's' : ''} found: files with a problem are left out of this report until it is fixed; see the content checks of this pull request.\n`;
  }
  const notice = noticeMarkdown(contentNotices(after));
  if (notice) text += `\n${notice}`;
  process.stdout.write(text);
} finally {
  rmSync(baseDir, { recursive: true, force: true });
}
