/**
 * scripts/serve-dist.mjs as a server one could expose: over a small built site in a temporary
 * folder (with the _headers the build would write), odd and hostile requests get the right
 * status, the right headers (those of the file actually served) and never take the server down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderHeadersFile } from '../../../src/site/headers-file.ts';
import { IMMUTABLE, siteHeaderRules } from '../../../src/site/security-headers.ts';
import { requestPath, serveDist } from '../../../scripts/serve-dist.mjs';

const POLICY = "default-src 'self'";
const PAGES = ['/', '/404.html', '/members/', '/members/genethon/', '/embed/map/', '/fr/', '/fr/404/'];
const FILES: Record<string, string> = {
  ...Object.fromEntries(
    PAGES.map((p) => [p.endsWith('/') ? `${p}index.html` : p, `<!doctype html><title>${p}</title>`]),
  ),
  '/_astro/app.js': 'export {};',
  '/.hidden': 'secret',
  '/members/.env': 'secret',
};

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let dir: string;
let server: Server;
let port: number;

/** One raw request: the path is sent exactly as written, and no redirect is followed. */
function send(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const frameAncestors = (a: Answer) => /frame-ancestors ([^;]+)/.exec(String(a.headers['content-security-policy']))?.[1];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const rules = siteHeaderRules({ pages: PAGES, policy: POLICY, base: '/', localePrefixes: ['fr'] });
  writeFileSync(join(dir, '_headers'), renderHeadersFile(rules));
  ({ server } = (await serveDist({ dir, port: 0 })) as { server: Server });
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

describe('requestPath', () => {
  it('decodes and normalizes a path, and refuses what is not one', () => {
    expect(requestPath('/%6Dembers/./x//y/?q=1')).toEqual({ written: '/members/./x//y/', path: '/members/x/y/' });
    expect(requestPath('/../../etc/passwd')?.path).toBe('/etc/passwd');
    expect(requestPath('//')?.path).toBe('/');
    expect(requestPath('/%E0%A4%A')).toBeUndefined();
    expect(requestPath('/a%00b')).toBeUndefined();
    expect(requestPath('http://other.example/a/../b')?.path).toBe('/b');
    expect(requestPath('http://other.example')).toBeUndefined();
    expect(requestPath('*')).toBeUndefined();
  });
});

describe('serveDist', () => {
  it('serves pages with their policy, framing only the embed', async () => {
    const home = await send('/');
    expect(home.status).toBe(200);
    expect(frameAncestors(home)).toBe("'none'");
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(frameAncestors(await send('/embed/map/'))).toBe('*');
    expect(frameAncestors(await send('/members/genethon/'))).toBe("'none'");
  });

  it('gives a page written another way the headers of the file it serves', async () => {
    for (const path of ['/index.html', '/fr/index.html', '/%6Dembers/genethon/', '/members/genethon/index.html']) {
      const a = await send(path);
      expect(a.status, path).toBe(200);
      expect(frameAncestors(a), path).toBe("'none'");
      expect(a.headers['x-frame-options'], path).toBe('DENY');
    }
    const embed = await send('/%65mbed/map/');
    expect(embed.body).toContain('/embed/map/');
    expect(frameAncestors(embed)).toBe('*');
  });

  it('answers an unknown address with the 404 page and its policy, never cached as immutable', async () => {
    for (const path of ['/no-such-page/', '/_astro/missing.js', '/members/nobody/']) {
      const a = await send(path);
      expect(a.status, path).toBe(404);
      expect(a.body, path).toContain('/404.html');
      expect(frameAncestors(a), path).toBe("'none'");
      expect(a.headers['cache-control'], path).not.toContain('immutable');
    }
    expect((await send('/_astro/app.js')).headers['cache-control']).toBe(IMMUTABLE);
  });

  it('never serves _headers or a dotfile, however written', async () => {
    for (const path of [
      '/_headers',
      '/%5Fheaders',
      '/%5fheaders',
      '/.hidden',
      '/%2Ehidden',
      '/members/.env',
      '/x/../.hidden',
    ]) {
      const a = await send(path);
      expect(a.status, path).toBe(404);
      expect(a.body, path).not.toMatch(/secret|Content-Security-Policy/);
    }
  });

  it('moves odd spellings to the one address, never to another host', async () => {
    const cases: [string, string][] = [
      ['//', '/'],
      ['/.//members', '/members/'],
      ['//members', '/members/'],
      ['/members', '/members/'],
      ['/members//genethon/?a=1', '/members/genethon/?a=1'],
      ['/x/../members/', '/members/'],
    ];
    for (const [path, location] of cases) {
      const a = await send(path);
      expect([a.status, a.headers.location], path).toEqual([301, location]);
    }
    // Nothing there: a 404, not a redirect.
    expect((await send('//other.example/')).status).toBe(404);
    expect((await send('/\\other.example')).status).toBe(404);
  });

  it('answers 400 to what is not a path, and keeps running', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/a%00b', '*']) {
      expect((await send(path)).status, path).toBe(400);
    }
    expect((await send('/')).status).toBe(200);
  });

  it('answers 405 to methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH']) {
      const a = await send('/', method);
      expect([a.status, a.headers.allow], method).toEqual([405, 'GET, HEAD']);
    }
    const head = await send('/', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect(frameAncestors(head)).toBe("'none'");
  });
});

describe('serveDist with gzip', () => {
  it('compresses text for clients that accept it, with the same headers', async () => {
    const { server: zipped } = (await serveDist({ dir, port: 0, gzip: true })) as { server: Server };
    const plainPort = port;
    port = (zipped.address() as { port: number }).port;
    try {
      const { headers: a } = await send('/index.html', 'GET', { 'accept-encoding': 'gzip' });
      expect([a['content-encoding'], a.vary]).toEqual(['gzip', 'Accept-Encoding']);
      expect(a['content-security-policy']).toContain("frame-ancestors 'none'");
      expect((await send('/')).headers['content-encoding']).toBeUndefined();
    } finally {
      port = plainPort;
      await new Promise((ok) => zipped.close(ok));
    }
  });
});

describe('serveDist under a base path', () => {
  it('serves the site in its sub-folder only, and moves the bare folder to its slash', async () => {
    const { server: sub, url } = (await serveDist({ dir, port: 0, base: '/medicen/' })) as {
      server: Server;
      url: string;
    };
    const subPort = port;
    port = (sub.address() as { port: number }).port;
    try {
      expect(url).toMatch(/\/medicen$/);
      expect((await send('/medicen/members/genethon/')).status).toBe(200);
      expect((await send('/members/genethon/')).status).toBe(404);
      const bare = await send('/medicen');
      expect([bare.status, bare.headers.location]).toEqual([301, '/medicen/']);
      expect((await send('/medicen/_headers')).status).toBe(404);
    } finally {
      port = subPort;
      await new Promise((ok) => sub.close(ok));
    }
  });
});
