/**
 * Writes the web editor into dist/admin/ at the end of `astro build`:
 *
 * - index.html: a page of its own (no site layout, noindex) with the editor's
 *   policy in a <meta> too, for hosts that send no header (GitHub Pages), which
 *   loads admin.js (it refuses to start inside a frame, since only a header
 *   can forbid framing);
 * - admin.js: src/editor/client/admin.ts bundled with esbuild (the site's
 *   checks that run in the form);
 * - decap/: Decap CMS's prebuilt bundle and its chunks, copied from
 *   node_modules/decap-cms (nothing is fetched from another host);
 * - config.yml: the configuration generated from the content model
 *   (src/editor/config.ts);
 * - a rule for /admin/* in dist/_headers with the editor's own policy.
 *
 * It runs after the integrations that list pages (search index, sitemap,
 * security headers), so /admin/ is in none of them. The repository the
 * editor saves to and its sign-in service come from EDITOR_REPO,
 * EDITOR_BRANCH and EDITOR_AUTH_URL (see README, "Web editor").
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { en } from '../i18n/en.ts';
import { renderHeadersFile } from '../site/headers-file.ts';
import { editorHeaderRule } from '../site/security-headers.ts';
import { escapeXml } from '../util/escape.ts';
import { editorCollections, editorFiles, HELP_SCHEMA_FILES, type HelpByCollection } from './collections.ts';
import { editorConfig, helpFromJsonSchema, type BackendOptions } from './config.ts';
import { editorPolicy } from './policy.ts';

/** Decap's files the page loads: the main bundle, its chunks and WebAssembly modules (not the source maps). */
export const DECAP_FILE = /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

/** A script without its trailing `//# sourceMappingURL=` comment. */
export function withoutSourceMapComment(js: string): string {
  return js.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/**
 * The editor's page: nothing but the script that starts Decap, which draws the whole interface.
 * Its policy is in a <meta> as well as in _headers, so that it holds on a host that sends no
 * header; a <meta> cannot say who may frame the page, so admin.js refuses to start in a frame.
 */
export function adminPage(): string {
  return `<!doctype html>
<html lang="en" data-form-problems="${escapeXml(en['editor.formProblems'])}" data-framed="${escapeXml(en['editor.framed'])}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(editorPolicy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeXml(en['editor.title'])} · Medicen Paris Region</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<script type="module" src="admin.js"></script>
</head>
<body>
<noscript><p>${escapeXml(en['editor.noscript'])}</p></noscript>
</body>
</html>
`;
}

/** Where the editor saves, from the environment of the build. */
export function backendFromEnv(env: NodeJS.ProcessEnv): BackendOptions {
  return {
    repo: env.EDITOR_REPO ?? 'medicen/website',
    branch: env.EDITOR_BRANCH ?? 'main',
    ...(env.EDITOR_AUTH_URL ? { authUrl: env.EDITOR_AUTH_URL } : {}),
    ...(env.EDITOR_AUTH_ENDPOINT ? { authEndpoint: env.EDITOR_AUTH_ENDPOINT } : {}),
  };
}

/** The configuration file, with its help texts read from the JSON Schemas of public/schemas/. */
export function configFile(projectRoot: string, backend: BackendOptions): string {
  const help = Object.fromEntries(
    Object.entries(HELP_SCHEMA_FILES).map(([collection, file]) => [
      collection,
      helpFromJsonSchema(JSON.parse(readFileSync(join(projectRoot, 'public/schemas', file), 'utf8'))),
    ]),
  ) as unknown as HelpByCollection;
  return `# Written by src/editor/integration.ts from src/content.config.ts at each build: edit those, not this.\n${stringify(
    editorConfig(editorCollections(help), backend, editorFiles(help)),
    { lineWidth: 0 },
  )}`;
}

export function webEditor(): AstroIntegration {
  let projectRoot = '';
  let base = '/';
  return {
    name: 'medicen:web-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        const decap = join(projectRoot, 'node_modules/decap-cms/dist');
        mkdirSync(join(out, 'decap'), { recursive: true });
        for (const name of readdirSync(decap).filter((n) => DECAP_FILE.test(n))) {
          if (!name.endsWith('.js')) copyFileSync(join(decap, name), join(out, 'decap', name));
          // Without the comment pointing at a source map dist/ does not hold.
          else
            writeFileSync(join(out, 'decap', name), withoutSourceMapComment(readFileSync(join(decap, name), 'utf8')));
        }
        await build({
          entryPoints: [join(projectRoot, 'src/editor/client/admin.ts')],
          outfile: join(out, 'admin.js'),
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          legalComments: 'none',
          logLevel: 'warning',
        });
        writeFileSync(join(out, 'index.html'), adminPage());
        writeFileSync(join(out, 'config.yml'), configFile(projectRoot, backendFromEnv(process.env)));
        const rule = renderHeadersFile([editorHeaderRule(base, editorPolicy())], ['The web editor (src/editor/).']);
        appendFileSync(join(fileURLToPath(dir), '_headers'), `\n${rule}`);
        logger.info('web editor written to admin/');
      },
    },
  };
}
