#!/usr/bin/env node
/**
 * `npm run edit`: the web editor against the working tree, offline. Builds the
 * site (unless --no-build), then serves, on one local address:
 *
 * - the built site, /admin/ among it, with the headers of dist/_headers
 *   (scripts/serve-dist.mjs);
 * - /api/v1: Decap's local proxy (decap-server's file-system middleware),
 *   which reads and writes the files of content/ in the working tree.
 *
 * One origin, so the editor's policy needs no other host (connect-src 'self').
 * Nothing is sent anywhere: saving writes the files, which you then commit or
 * check with `npm run check:content`. For one's own machine only: it listens
 * on localhost, and a guard (scripts/lib/editor-guard.mjs) answers only the
 * editor's own page at its own address (no other origin, port or host name)
 * and lets the proxy touch only content/ and the media folder. With --workflow, the proxy works as on
 * GitHub instead: each saved entry is a local branch (cms/<collection>/<name>)
 * shown on the editor's Workflow board, merged into the current branch when
 * published (the repository must be a Git repository with a clean tree).
 *
 *   npm run edit [-- --port 4322] [-- --no-build] [-- --repo DIR] [-- --workflow]
 */
import { spawnSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve-dist.mjs';
import { editorGuard } from './lib/editor-guard.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const decapServer = require.resolve('decap-server/dist/middlewares.js');
// The express decap-server itself uses.
const express = createRequire(decapServer)('express');
const { registerLocalFs, registerLocalGit } = require(decapServer);

/**
 * Starts the editor's server: the site of `dir` and the local proxy writing
 * into `repo` (the folder holding content/). Resolves to its address and a
 * function that stops it.
 */
export async function startEditor({
  dir = 'dist',
  repo = ROOT,
  port = 4322,
  host = '127.0.0.1',
  quiet = false,
  workflow = false,
} = {}) {
  const site = await serveDist({ dir: resolve(ROOT, dir), port: 0, host: '127.0.0.1' });
  const siteAddress = site.server.address();
  const app = express();
  const server = createServer(app);
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  // The one origin the editor answers: the address it prints, with the port it got.
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${server.address().port}`;
  const guard = editorGuard({ origin: url, repo: resolve(repo) });
  app.use(guard.request);
  // The proxy's body, parsed here so that the guard reads the paths before decap-server acts
  // (its own parser then leaves the parsed body as it is).
  app.use('/api/v1', express.json({ limit: '50mb' }), guard.paths);
  // decap-server reads the folder to serve and the origin its CORS answers from the environment
  // when the middleware is registered.
  const before = { GIT_REPO_DIRECTORY: process.env.GIT_REPO_DIRECTORY, ORIGIN: process.env.ORIGIN };
  process.env.GIT_REPO_DIRECTORY = resolve(repo);
  process.env.ORIGIN = url;
  try {
    await (workflow ? registerLocalGit : registerLocalFs)(app, { logLevel: quiet ? 'error' : 'info' });
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  // Everything else is the built site, as scripts/serve-dist.mjs serves it.
  app.use((req, res) => {
    const upstream = request(
      { host: '127.0.0.1', port: siteAddress.port, path: req.originalUrl, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => site.server.close(() => done()));
        site.server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  if (!args.includes('--no-build')) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const { url } = await startEditor({
    port: Number(arg('port', process.env.PORT ?? 4322)),
    host: 'localhost',
    repo: arg('repo', ROOT),
    workflow: args.includes('--workflow'),
  });
  console.log(
    `\nWeb editor: ${url}/admin/ (this address only, on this machine; saves into ${arg('repo', ROOT)}/content; Ctrl+C to stop)`,
  );
}
