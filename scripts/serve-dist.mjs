#!/usr/bin/env node
/**
 * Serves the built site (dist/) as a static host would: /path/ -> index.html,
 * unknown paths -> 404.html with status 404, right content types, and the
 * headers of dist/_headers (the Content-Security-Policy among them), as
 * Netlify or Cloudflare Pages would send them. Used by `npm start` and by the
 * browser tests; no dependency, no request elsewhere.
 *
 *   node scripts/serve-dist.mjs [--port 4321] [--dir dist] [--base /sub-folder/]
 *
 * --base serves the site under a sub-folder, as GitHub Pages serves a project
 * site: build with the same BASE_PATH.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/site/headers-file.ts';

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

/** The rules of dir/_headers, or none when the build wrote no such file. */
function headerRules(dir) {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** Headers from _headers, grouped by name (a name two rules set is sent twice, as Cloudflare Pages does). */
function ruleHeaders(rules, path) {
  const out = {};
  for (const [name, value] of headersFor(rules, path)) {
    const key = name.toLowerCase();
    out[key] = key in out ? [out[key], value].flat() : value;
  }
  return out;
}

/** Content types a host compresses (text formats); images, fonts and the search index are already compact. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg)/;

/**
 * Starts a static server on `port` (0 = any free port); resolves to the server and its URL
 * (which ends with the base path when there is one, without its final slash).
 * `gzip: true` compresses text responses for clients that accept it, as hosts and CDNs do
 * (the Lighthouse script measures with it; tests read the files as they are).
 */
export function serveDist({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/', gzip = false } = {}) {
  const root = resolve(dir);
  const prefix = base.replace(/\/?$/, '/');
  // Read once: the browser tests and `npm start` serve one build.
  const rules = headerRules(root);
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    // Outside the base path there is nothing, as on a host serving the site in a sub-folder.
    const urlPath = requested.startsWith(prefix) ? `/${requested.slice(prefix.length)}` : undefined;
    // A page path without its trailing slash redirects, as static hosts do.
    if (`${requested}/` === prefix) {
      res.writeHead(301, { location: prefix });
      res.end();
      return;
    }
    if (urlPath && !extname(urlPath) && !urlPath.endsWith('/') && existsSync(join(root, urlPath, 'index.html'))) {
      res.writeHead(301, { location: `${requested}/` });
      res.end();
      return;
    }
    // Hosts read _headers; they do not serve it.
    const file = urlPath && urlPath !== '/_headers' ? fileFor(root, urlPath) : undefined;
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    if (!existsSync(body)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const compress = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...ruleHeaders(rules, requested),
      ...(gzip && { vary: 'Accept-Encoding' }),
      ...(compress && { 'content-encoding': 'gzip' }),
    });
    if (req.method === 'HEAD') res.end();
    else if (compress) createReadStream(body).pipe(createGzip()).pipe(res);
    else createReadStream(body).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
      ok({ server, url: `${origin}${prefix.replace(/\/$/, '')}` });
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
  const { url } = await serveDist({
    dir,
    port: Number(arg('port', process.env.PORT ?? 4321)),
    host: 'localhost',
    base: arg('base', process.env.BASE_PATH ?? '/'),
  });
  console.log(`Serving the built site at ${url}/ (Ctrl+C to stop)`);
}
