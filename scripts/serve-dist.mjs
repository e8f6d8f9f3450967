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
import { dirname, extname, join, posix, relative, resolve, sep } from 'node:path';
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
  '.yml': 'text/yaml; charset=utf-8',
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

/** Methods a static site answers; anything else gets 405. */
const METHODS = ['GET', 'HEAD'];

/** Files a host reads but never serves (besides dotfiles). */
const HIDDEN = new Set(['_headers', '_redirects']);

/**
 * The path of a request target, decoded (`written`) and normalized (`path`: "/a/./b//c" -> "/a/b/c"),
 * or undefined when it is not a path (no leading slash, bad %-encoding, NUL byte). A target in
 * absolute form ("http://host/path", which proxies send) counts by its path.
 */
export function requestPath(target) {
  const raw = target.replace(/^https?:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0];
  if (!raw.startsWith('/')) return undefined;
  let written;
  try {
    written = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (written.includes('\0')) return undefined;
  return { written, path: posix.normalize(written) };
}

/** A path as a Location: each segment encoded, so it starts with one slash and names no other host. */
function locationOf(path, query) {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `/${encoded.replace(/^\/+/, '')}${query}`;
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/**
 * What to answer for a normalized site path under the root: a file, a redirect to the folder
 * address, or nothing (404). Dotfiles and the host's own files (_headers) are never served.
 */
function resolveFile(root, sitePath) {
  const segments = sitePath.split('/').filter(Boolean);
  if (segments.some((s) => s.startsWith('.')) || (segments.length === 1 && HIDDEN.has(segments[0]))) return {};
  const target = join(root, ...segments);
  if (target !== root && !target.startsWith(root + sep)) return {};
  if (isFile(target) && !sitePath.endsWith('/')) return { file: target };
  if (!isFile(join(target, 'index.html'))) return {};
  return sitePath.endsWith('/') ? { file: join(target, 'index.html') } : { folder: true };
}

/** The address a file of the root is published at, the one _headers rules are written for ("/base/x/" for x/index.html). */
function publishedPath(root, prefix, file) {
  const rel = relative(root, file).split(sep).join('/');
  return prefix + (rel === 'index.html' || rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

/**
 * Starts a static server on `port` (0 = any free port); resolves to the server and its URL
 * (which ends with the base path when there is one, without its final slash).
 * `gzip: true` compresses text responses for clients that accept it, as hosts and CDNs do
 * (the Lighthouse script measures with it; tests read the files as they are).
 *
 * Safe to expose: a request is decoded and normalized once, and both the file served and the
 * _headers rules it gets come from that one path (the rules are matched on the address of the
 * file actually served, so /%6Dembers/x/, /index.html and the 404 page get their page's
 * policy); an unparsable target gets 400, other methods 405, and no redirect leaves the site.
 */
export function serveDist({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/', gzip = false } = {}) {
  const root = resolve(dir);
  const prefix = base.replace(/\/?$/, '/');
  // Read once: the browser tests and `npm start` serve one build.
  const rules = headerRules(root);
  const plain = (res, status, text, extra = {}) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', ...extra });
    res.end(text);
  };
  const handle = (req, res) => {
    if (!METHODS.includes(req.method ?? ''))
      return plain(res, 405, 'Method not allowed', { allow: METHODS.join(', ') });
    const target = req.url ?? '/';
    const parsed = requestPath(target);
    if (parsed === undefined) return plain(res, 400, 'Bad request');
    const { written, path } = parsed;
    // Outside the base path there is nothing, as on a host serving the site in a sub-folder.
    const found = path.startsWith(prefix) ? resolveFile(root, `/${path.slice(prefix.length)}`) : {};
    // A folder without its final slash, or an address written another way (//, /./, /../),
    // moves to its one address, as static hosts do.
    const moved =
      found.folder || `${path}/` === prefix ? `${path}/` : found.file && written !== path ? path : undefined;
    if (moved) {
      const query = /\?[^#]*/.exec(target)?.[0] ?? '';
      res.writeHead(301, { location: locationOf(moved, query), 'cache-control': 'no-cache' });
      return res.end();
    }
    const status = found.file ? 200 : 404;
    const body = found.file ?? join(root, '404.html');
    if (!isFile(body)) return plain(res, 404, 'Not found');
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const compress = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...ruleHeaders(rules, publishedPath(root, prefix, body)),
      ...(gzip && { vary: 'Accept-Encoding' }),
      ...(compress ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(body).size }),
    });
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(body);
    stream.on('error', () => res.destroy());
    if (compress) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
    }
  });
  // A malformed request line gets 400 from Node itself; the server keeps running.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
