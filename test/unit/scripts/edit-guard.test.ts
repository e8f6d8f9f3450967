/**
 * `npm run edit` (scripts/edit.mjs) answers only the editor's own page and
 * lets its proxy touch only content/ and the media folder
 * (scripts/lib/editor-guard.mjs), over a copy of a small project in a
 * temporary folder: the request of issue 29 (another local origin
 * overwriting CONTRIBUTING.md), DNS rebinding, other folders, links out of
 * content/ and file types the media folder does not take are refused with
 * 403 and no CORS header; what the editor itself sends is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEditor } from '../../../scripts/edit.mjs';
import { originRefusal, pathsOf } from '../../../scripts/lib/editor-guard.mjs';

const project = resolve(import.meta.dirname, '../../..');
const ORIGINAL = '# Contributing\n';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One raw request to `url`'s server, with exactly the headers given (Host included). */
function send(
  url: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown },
) {
  const { hostname, port } = new URL(url);
  const data = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise<Answer>((ok, fail) => {
    const req = request(
      {
        host: hostname,
        port,
        path,
        method: options.method ?? 'POST',
        headers: {
          ...(data === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', fail);
    req.end(data);
  });
}

/** The request of issue 29: write `path` as a media file. */
const persistMedia = (path: string) => ({
  action: 'persistMedia',
  params: {
    branch: 'main',
    asset: { path, content: Buffer.from('overwritten\n').toString('base64'), encoding: 'base64' },
    options: { commitMessage: 'x' },
  },
});

/** A small project: content/, the media folder, CONTRIBUTING.md and src/, and a built page. */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'medicen-edit-guard-'));
  mkdirSync(join(dir, 'content/areas/en'), { recursive: true });
  writeFileSync(join(dir, 'content/areas/en/imaging.md'), '---\ntitle: Imaging\n---\n');
  mkdirSync(join(dir, 'public/uploads'), { recursive: true });
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/keep.ts'), 'export {};\n');
  writeFileSync(join(dir, 'CONTRIBUTING.md'), ORIGINAL);
  // A link inside content/ that leads out of it.
  symlinkSync(join(dir, 'src'), join(dir, 'content/linked'));
  mkdirSync(join(dir, 'dist/admin'), { recursive: true });
  writeFileSync(join(dir, 'dist/admin/index.html'), '<!doctype html><title>Editor</title>');
  return dir;
}

describe('the guard, pure', () => {
  const own = 'http://localhost:4322';
  it('accepts only the own host and origin, and requires an origin for the proxy', () => {
    expect(originRefusal({ host: 'localhost:4322', origin: own, api: true }, own)).toBeUndefined();
    expect(originRefusal({ host: 'LOCALHOST:4322', api: false }, own)).toBeUndefined();
    expect(originRefusal({ host: 'localhost:4322', origin: own, fetchSite: 'same-origin', api: true }, own)).toBe(
      undefined,
    );
    for (const refused of [
      { host: '127.0.0.1:4322', origin: own, api: true },
      { host: 'localhost:4323', origin: own, api: true },
      { host: 'rebind.example:4322', origin: 'http://rebind.example:4322', api: true },
      { host: 'localhost:4322', origin: 'http://localhost:9999', api: true },
      { host: 'localhost:4322', origin: 'null', api: true },
      { host: 'localhost:4322', origin: 'http://localhost:9999', api: false },
      { host: 'localhost:4322', api: true },
      { host: 'localhost:4322', origin: own, fetchSite: 'same-site', api: true },
      { host: undefined, origin: own, api: true },
    ]) {
      expect(originRefusal(refused, own), JSON.stringify(refused)).toMatch(/answers only/);
    }
  });

  it('finds every path an action names', () => {
    expect(
      pathsOf({
        entry: { path: 'content/a.md', newPath: 'content/b.md', raw: 'path: x' },
        dataFiles: [{ path: 'content/c.md' }],
        assets: [{ path: 'public/uploads/a.png', content: '' }],
        paths: ['content/d.md'],
        folder: 'content/areas/en',
        mediaFolder: 'public/uploads',
      }).sort(),
    ).toEqual([
      'content/a.md',
      'content/areas/en',
      'content/b.md',
      'content/c.md',
      'content/d.md',
      'public/uploads',
      'public/uploads/a.png',
    ]);
  });
});

describe('npm run edit, as issue 29 ran it', () => {
  let dir: string;
  let child: ChildProcess;
  let url: string;
  beforeAll(async () => {
    dir = makeProject();
    child = spawn(process.execPath, ['scripts/edit.mjs', '--no-build', '--port', '0', '--repo', dir], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((ok, fail) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Web editor: (http:\/\/[^/\s]+)\/admin\//.exec(out);
        if (m) ok(m[1]!);
      });
      child.on('exit', (code) => fail(new Error(`edit.mjs exited with ${code}: ${out}`)));
    });
  });
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints its one address, on localhost', () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
  });

  it('refuses the POST of another local origin to 127.0.0.1, and CONTRIBUTING.md stays as it was', async () => {
    const { port } = new URL(url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const answer = await send(url, '/api/v1', {
        headers: { host, origin: 'http://localhost:9999' },
        body: persistMedia('CONTRIBUTING.md'),
      });
      expect(answer.status, host).toBe(403);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')).toBe(ORIGINAL);
  });
});

describe('the editor server (startEditor)', () => {
  let dir: string;
  let editor: { url: string; close: () => Promise<void> };
  let own: Record<string, string>;
  beforeAll(async () => {
    dir = makeProject();
    editor = await startEditor({ dir: join(dir, 'dist'), repo: dir, port: 0, quiet: true });
    own = { host: new URL(editor.url).host, origin: editor.url };
  });
  afterAll(async () => {
    await editor?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const api = (body: unknown, headers = own) => send(editor.url, '/api/v1', { headers, body });

  it('answers the editor page and its proxy from its own origin, with no wildcard CORS', async () => {
    const info = await api({ action: 'info' });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ type: 'local_fs' });
    expect([undefined, editor.url]).toContain(info.headers['access-control-allow-origin']);
    const page = await send(editor.url, '/admin/', { method: 'GET', headers: { host: own.host! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Editor</title>');
  });

  it('refuses other origins, no origin, preflights and rebinding host names, with 403 and no CORS header', async () => {
    const { port } = new URL(editor.url);
    const cases: Record<string, string>[] = [
      { host: own.host!, origin: 'http://localhost:9999' },
      { host: own.host!, origin: `http://localhost:${port}` },
      { host: own.host!, origin: 'null' },
      { host: own.host! },
      { host: `rebind.example:${port}`, origin: `http://rebind.example:${port}` },
      { host: `localhost:${port}`, origin: `http://localhost:${port}` },
    ];
    for (const headers of cases) {
      const answer = await api(persistMedia('src/x.ts'), headers);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    }
    const preflight = await send(editor.url, '/api/v1', {
      method: 'OPTIONS',
      headers: {
        host: own.host!,
        origin: 'http://localhost:9999',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const rebound = await send(editor.url, '/admin/', { method: 'GET', headers: { host: `rebind.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect(existsSync(join(dir, 'src/x.ts'))).toBe(false);
  });

  it('reads and writes only under content/ and the media folder, links resolved', async () => {
    const refused = [
      persistMedia('CONTRIBUTING.md'),
      persistMedia('src/x.ts'),
      persistMedia('content/../src/x.ts'),
      persistMedia('content/linked/x.md'),
      persistMedia(join(dir, 'src/x.ts')),
      { action: 'getEntry', params: { branch: 'main', path: 'CONTRIBUTING.md' } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'content/linked/keep.ts' } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'src', extension: 'ts', depth: 1 } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'md', depth: 2 } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'public' } },
      { action: 'deleteFiles', params: { branch: 'main', paths: ['content/areas/en/imaging.md', 'src/keep.ts'] } },
      {
        action: 'persistEntry',
        params: {
          branch: 'main',
          entry: { slug: 'x', path: 'content/areas/en/x.md', raw: 'x', newPath: 'src/x.md' },
          assets: [],
          options: { collectionName: 'areas', commitMessage: 'x', useWorkflow: false, status: 'draft' },
        },
      },
    ];
    for (const body of refused) {
      const answer = await api(body);
      expect(answer.status, JSON.stringify(body)).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/reads and writes only content\/ and public\/uploads\/|not a path/);
    }
    expect(readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')).toBe(ORIGINAL);
    expect(existsSync(join(dir, 'src/x.ts'))).toBe(false);
    expect(existsSync(join(dir, 'src/x.md'))).toBe(false);
    expect(existsSync(join(dir, 'content/areas/en/imaging.md'))).toBe(true);
    expect(existsSync(join(dir, 'src/keep.ts'))).toBe(true);

    const listed = await api({
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'content/areas/en', extension: 'md', depth: 1 },
    });
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toEqual([expect.objectContaining({ data: '---\ntitle: Imaging\n---\n' })]);
    const saved = await api({
      action: 'persistEntry',
      params: {
        branch: 'main',
        entry: { slug: 'x', path: 'content/areas/en/x.md', raw: '---\ntitle: X\n---\n' },
        assets: [],
        options: { collectionName: 'areas', commitMessage: 'x', useWorkflow: false, status: 'draft' },
      },
    });
    expect(saved.status).toBe(200);
    expect(readFileSync(join(dir, 'content/areas/en/x.md'), 'utf8')).toBe('---\ntitle: X\n---\n');
  });

  it('takes images and PDF in the media folder, nothing a browser would run', async () => {
    for (const name of ['probe.html', 'probe.svg', 'probe.js', 'probe']) {
      const answer = await api(persistMedia(`public/uploads/${name}`));
      expect(answer.status, name).toBe(403);
      expect(JSON.parse(answer.body).error).toContain('the media folder takes only');
      expect(existsSync(join(dir, 'public/uploads', name))).toBe(false);
    }
    const entry = await api(persistMedia('content/areas/en/x.html'));
    expect(entry.status).toBe(403);
    for (const name of ['logo.png', 'report.pdf']) {
      expect((await api(persistMedia(`public/uploads/${name}`))).status, name).toBe(200);
      expect(existsSync(join(dir, 'public/uploads', name))).toBe(true);
    }
  });
});
