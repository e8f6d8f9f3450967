/**
 * Builds the Pagefind search index from the built pages at the end of
 * `astro build`, into dist/pagefind/. Only what is inside a page's
 * data-pagefind-body element (the <main> of Base.astro) is indexed, so the
 * header, navigation and footer never match. Pagefind's binary ships in an
 * npm package and runs offline.
 *
 * Pagefind also writes its ready-made interfaces (Default, Modular and
 * Component UI, and its highlighting script: about 400 KB); the site has its
 * own (src/search/client loads pagefind.js only), so they are deleted.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind's own interfaces, which the site does not use (pagefind-ui.js, pagefind-modular-ui.css...). */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(?:[a-z]+-)?(?:ui|highlight)\.(?:js|css)$/;

/** Deletes Pagefind's interfaces from its output folder; returns their names. */
export function removeUnusedPagefindFiles(dir: string): string[] {
  const unused = readdirSync(dir).filter((name) => UNUSED_PAGEFIND_FILE.test(name));
  for (const name of unused) rmSync(join(dir, name));
  return unused;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'medicen:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; ') || 'Pagefind could not create an index');
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          if (added.page_count === 0) throw new Error(`no page to index in ${site}: is data-pagefind-body missing?`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const removed = removeUnusedPagefindFiles(written.outputPath);
          const ms = Math.round(performance.now() - start);
          logger.info(
            `search index: ${added.page_count} pages indexed into ${written.outputPath} in ${ms} ms (unused ${removed.join(', ')} removed)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
