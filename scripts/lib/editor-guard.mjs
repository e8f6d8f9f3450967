/**
 * The guard in front of decap-server's local proxy in `npm run edit`
 * (scripts/edit.mjs). decap-server answers any http://localhost or
 * http://127.0.0.1 origin on any port and any Host, and reads and writes
 * anywhere in the folder it is given, so any page open in the browser on
 * another local port, or on a DNS name that resolves to 127.0.0.1 (DNS
 * rebinding), could read and overwrite the whole project. Its one option
 * (ORIGIN) changes only the CORS answer, never what the proxy does; hence
 * this guard, which answers 403 (and no CORS header) unless:
 *
 * - the request's Host is the editor's own host and port (a rebinding page
 *   sends its own name);
 * - its Origin, when it has one, is the editor's own origin; the proxy
 *   (/api/v1) also requires one (browsers send Origin with every POST) and a
 *   Sec-Fetch-Site of same-origin when the browser sends it;
 * - every path the proxy is asked to read, list, write, move or delete is
 *   under content/ or the media folder (public/uploads/), symbolic links
 *   resolved; a file written under content/ is an entry (.md, .mdx, .json)
 *   and one written in the media folder is of a type it takes
 *   (MEDIA_TYPES of src/model/constants.ts).
 *
 * The editor itself needs nothing else: it is served from that origin and
 * saves only entries and media.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MEDIA_FOLDER, MEDIA_TYPES } from '../../src/model/constants.ts';

/** The folders the proxy may read and write, from the project root. */
export const EDITABLE_FOLDERS = ['content', MEDIA_FOLDER];

/** What the editor writes in content/: its entries. */
const ENTRY_EXTENSIONS = ['.md', '.mdx', '.json'];

/** The parameters of decap-server's actions that name a file or a folder (any action, any depth). */
const PATH_KEYS = new Set(['path', 'newPath', 'folder', 'mediaFolder', 'paths']);

/** The actions that write (or move) files at the paths they name. */
const WRITE_ACTIONS = new Set(['persistEntry', 'persistMedia']);

/**
 * Why a request must be refused for where it comes from, or undefined: `own` is the editor's
 * origin ("http://localhost:4322"), `api` whether the request is for the proxy.
 *
 * @param {{ host?: string, origin?: string, fetchSite?: string, api: boolean }} request its headers
 * @param {string} own
 * @returns {string | undefined}
 */
export function originRefusal({ host, origin, fetchSite, api }, own) {
  const ownHost = new URL(own).host;
  if (String(host ?? '').toLowerCase() !== ownHost) {
    return `this editor answers only at ${own}/ (the request was for host ${JSON.stringify(host ?? '')})`;
  }
  if (origin !== undefined && origin !== own) {
    return `this editor answers only its own page at ${own}/ (the request came from ${JSON.stringify(origin)})`;
  }
  if (api && origin === undefined) return `the editor's proxy answers only its own page at ${own}/`;
  if (api && fetchSite !== undefined && fetchSite !== 'same-origin') {
    return `the editor's proxy answers only its own page at ${own}/ (Sec-Fetch-Site: ${fetchSite})`;
  }
  return undefined;
}

/** Every path an action's parameters name, wherever they sit (entry.path, dataFiles[].newPath, paths[]...). */
export function pathsOf(params) {
  const out = [];
  const visit = (value, key) => {
    if (typeof value === 'string') {
      if (PATH_KEYS.has(key)) out.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(params, '');
  return out;
}

const within = (child, parent) => {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** The real path of `path` (links resolved), for a path whose end may not exist yet. */
async function realPathOf(path) {
  const rest = [];
  let current = path;
  for (;;) {
    try {
      return join(await realpath(current), ...rest);
    } catch (error) {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
    }
    const up = dirname(current);
    if (up === current) return path;
    rest.unshift(basename(current));
    current = up;
  }
}

/**
 * Why the proxy must not do `action` with `params` in the project at `repo`, or undefined:
 * a path outside content/ and the media folder, or a file type they do not take.
 */
export async function pathRefusal(repo, action, params) {
  const root = resolve(repo);
  const writes = WRITE_ACTIONS.has(action);
  for (const path of pathsOf(params)) {
    const shown = JSON.stringify(path);
    if (path === '' || isAbsolute(path) || /[\\\0]/.test(path)) return `${shown} is not a path in the project`;
    const target = resolve(root, path);
    const real = await realPathOf(target);
    let folder;
    for (const f of EDITABLE_FOLDERS) {
      const top = resolve(root, f);
      if (within(target, top) && within(real, await realPathOf(top))) folder = f;
    }
    if (folder === undefined) {
      return `the editor reads and writes only ${EDITABLE_FOLDERS.map((f) => `${f}/`).join(' and ')}: ${shown} is outside them`;
    }
    if (!writes) continue;
    const ext = extname(path).toLowerCase();
    if (folder === MEDIA_FOLDER && !Object.hasOwn(MEDIA_TYPES, ext.slice(1))) {
      return `${shown}: the media folder takes only ${[...new Set(Object.values(MEDIA_TYPES))].join(', ')} files`;
    }
    if (folder === 'content' && !ENTRY_EXTENSIONS.includes(ext)) {
      return `${shown}: the editor writes only entries (${ENTRY_EXTENSIONS.join(', ')}) in content/`;
    }
  }
  return undefined;
}

const API = '/api/v1';

/**
 * The guard's two Express middlewares: `request` before anything else (Host and Origin of every
 * request), `paths` on the proxy's route once its JSON body is parsed.
 */
export function editorGuard({ origin, repo }) {
  const refuse = (res, api, message) => {
    if (api) {
      res.status(403).json({ error: message });
    } else {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(`Forbidden: ${message}\n`);
    }
  };
  return {
    request(req, res, next) {
      const api = req.path === API || req.path.startsWith(`${API}/`);
      const header = (name) => (typeof req.headers[name] === 'string' ? req.headers[name] : undefined);
      const why = originRefusal(
        { host: header('host'), origin: header('origin'), fetchSite: header('sec-fetch-site'), api },
        origin,
      );
      if (why) return refuse(res, api, why);
      if (api && req.method !== 'POST') return refuse(res, api, `the editor's proxy answers only POST`);
      return next();
    },
    paths(req, res, next) {
      const body = req.body ?? {};
      pathRefusal(repo, String(body.action ?? ''), body.params).then(
        (why) => (why ? refuse(res, true, why) : next()),
        (error) => next(error),
      );
    },
  };
}
