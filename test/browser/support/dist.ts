/** Reading the built site: its pages and their paths. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../../dist');
export const ROOT = resolve(import.meta.dirname, '../../..');

/** The web editor's own folder: a page of Decap CMS with its own policy, not a page of the site (test/browser/editor.test.ts). */
export const EDITOR_FOLDER = 'admin';

/** Every HTML page of the site in dist/, as site paths ("/members/genethon/", "/404.html"); not the web editor's. */
export function htmlPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (dir !== DIST || e.name !== EDITOR_FOLDER) walk(p);
      } else if (e.name.endsWith('.html')) {
        const rel = '/' + relative(DIST, p).split('\\').join('/');
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(DIST);
  return out.sort();
}

/** The HTML of a built page, by site path. */
export function readPage(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}
