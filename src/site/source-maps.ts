/**
 * Strips the source-map comments of built files whose map is not in the build.
 * Vite copies MapLibre's worker (imported as a URL) as it is, with its
 * "//# sourceMappingURL=maplibre-gl-worker.mjs.map" but without the map, so
 * browsers' developer tools ask for a file that answers 404. Runs at the end
 * of `astro build` over the scripts and stylesheets of dist/.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A source-map comment: "//# sourceMappingURL=x" in scripts, "/*# sourceMappingURL=x *\/" in stylesheets. */
export const SOURCE_MAP_COMMENT =
  /(?:\/\/[#@] ?sourceMappingURL=([^\s'"]+)[ \t]*|\/\*[#@] ?sourceMappingURL=([^\s*]+)\s*\*\/)(\r?\n)?/g;

/** The text without the source-map comments whose map `exists` says is missing (data: maps stay). */
export function stripDanglingSourceMaps(text: string, exists: (url: string) => boolean): string {
  return text.replace(SOURCE_MAP_COMMENT, (comment, js?: string, css?: string) => {
    const url = js ?? css ?? '';
    return url.startsWith('data:') || exists(url) ? comment : '';
  });
}

/** The scripts and stylesheets of a folder, recursively. */
export function assetFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(m?js|css)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

export function sourceMaps(): AstroIntegration {
  return {
    name: 'medicen:source-maps',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const stripped: string[] = [];
        for (const file of assetFiles(fileURLToPath(dir))) {
          const text = readFileSync(file, 'utf8');
          if (!text.includes('sourceMappingURL')) continue;
          const exists = (url: string) => existsSync(join(dirname(file), decodeURIComponent(url.split(/[?#]/)[0]!)));
          const out = stripDanglingSourceMaps(text, exists);
          if (out !== text) {
            writeFileSync(file, out);
            stripped.push(file.slice(fileURLToPath(dir).length));
          }
        }
        if (stripped.length > 0) logger.info(`source-map comments without a map removed from ${stripped.join(', ')}`);
      },
    },
  };
}
