/**
 * A copy of the project to build or change without touching the working
 * tree: its git-tracked files, and links to every package of node_modules
 * (not its caches, which the copy gets its own of). Used by
 * scripts/bench-build.mjs and the web editor's build test.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Caches that live in node_modules and must not be shared with the project: the copy gets its own. */
export const OWN_CACHES = new Set(['.astro', '.cache', '.vite', '.vite-temp']);

/** Copies the git-tracked files of `project` into `to` and links every package of its node_modules. */
export function copyProject(project, to) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: project, encoding: 'utf8' }).split('\0');
  for (const file of files.filter(Boolean)) {
    const from = join(project, file);
    if (!existsSync(from) || statSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(from, join(to, file));
  }
  mkdirSync(join(to, 'node_modules'));
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(project, 'node_modules', entry), join(to, 'node_modules', entry));
  }
}
