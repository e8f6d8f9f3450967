#!/usr/bin/env node
/**
 * Serves the built site (dist/) as a static host would: /path/ -> index.html,
 * unknown paths -> 404.html with status 404, right content types. Used by
 * `npm start` and by the browser tests; no dependency, no request elsewhere.
 *
 *   node scripts/serve-dist.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Resolves a URL path to a file in `dir`, or undefined. */
function fileFor(dir, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const target = normalize(join(dir, path));
  if (target !== dir && !target.startsWith(dir + sep)) return undefined;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = join(target, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** Starts a static server on `port` (0 = any free port); resolves to the server and its URL. */
export function serveDist({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    // A page path without its trailing slash redirects, as static hosts do.
    if (!extname(urlPath) && !urlPath.endsWith('/') && existsSync(join(root, urlPath, 'index.html'))) {
      res.writeHead(301, { location: `${urlPath}/` });
      res.end();
      return;
    }
    const file = fileFor(root, urlPath);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    if (!existsSync(body)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(status, {
      'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const address = server.address();
      ok({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', arg('dir', 'dist'));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}: run "npm run build" first (npm start does both).`);
    process.exit(1);
  }
  const { url } = await serveDist({ dir, port: Number(arg('port', process.env.PORT ?? 4321)), host: 'localhost' });
  console.log(`Serving the built site at ${url}/ (Ctrl+C to stop)`);
}
