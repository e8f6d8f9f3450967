#!/usr/bin/env node
/**
 * `npm run check:content`: every content check, without building the site.
 * Prints one line per problem (the same lines as the build) and exits 1 if
 * there is any; then a notice of the site-wide facts still empty, which
 * never fails. In GitHub Actions each problem is also an annotation on its
 * file and line.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentNotices, formatProblem, loadContent, OUTLINES_FILE } from '../src/content-check/index.ts';
import { annotationOf, noticeAnnotation } from './lib/github-annotation.ts';
import { SITE_FACTS_FILE } from '../src/site/site-facts.ts';
import { escapeForLog } from '../src/util/hidden-characters.ts';

/** The project's own folder; a folder given as argument (a fixture) is checked instead of it. */
const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.argv[2] ?? project);
const content = loadContent(root, resolve(project, OUTLINES_FILE));
const { problems } = content;
for (const p of problems) {
  console.error(formatProblem(p));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(annotationOf(p));
}
if (problems.length > 0) {
  console.error(
    `\n${problems.length} content problem${problems.length > 1 ? 's' : ''} found. Each line names the file, the field and the fix;\n` +
      'docs/content-checks.md explains each kind of message.',
  );
  process.exit(1);
}
console.log('Content checks passed.');
// Not a failure: what editors can still add (the site shows only what is filled).
const notices = contentNotices(content);
if (notices.length > 0) {
  console.log(`\nNotice: ${notices.map(escapeForLog).join('\n')}`);
  if (process.env.GITHUB_ACTIONS === 'true') {
    console.log(noticeAnnotation(SITE_FACTS_FILE, 'Site-wide facts still empty', notices));
  }
}
