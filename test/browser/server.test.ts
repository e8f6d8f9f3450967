/**
 * The bundled server (scripts/serve-dist.mjs) over the real build and its real _headers:
 * every spelling of a page gets that page's policy and framing rule, the 404 answer its
 * own, and nothing the host keeps to itself is served. test/unit/scripts/serve-dist.test.ts
 * covers the server's rules in detail over a small site.
 */
import { describe, expect, it } from 'vitest';
import { request, type IncomingHttpHeaders } from 'node:http';
import { baseUrl } from './support/browser.ts';
import { htmlPages } from './support/dist.ts';

/** A raw request: the path sent exactly as written, no redirect followed. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((ok, fail) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

const framing = (headers: IncomingHttpHeaders) =>
  /frame-ancestors ([^;]+)/.exec(String(headers['content-security-policy'] ?? ''))?.[1];

const member = htmlPages().find((p) => /^\/members\/(?!area\/|department\/)[a-z0-9-]+\/$/.test(p))!;

describe('the server over dist/', () => {
  it('sends each spelling of a page its policy, framing only the embeds', async () => {
    const cases: [string, number, string][] = [
      ['/', 200, "'none'"],
      ['/index.html', 200, "'none'"],
      ['/fr/', 200, "'none'"],
      ['/fr/index.html', 200, "'none'"],
      ['/fr/404/', 200, "'none'"],
      [member.replace('/members/', '/%6Dembers/'), 200, "'none'"],
      ['/%65mbed/map/', 200, '*'],
      ['/fr/%65mbed/map/index.html', 200, '*'],
      ['/no-such-page/', 404, "'none'"],
      ['/_astro/no-such-file.js', 404, "'none'"],
      ['/%5Fheaders', 404, "'none'"],
    ];
    const got = await Promise.all(cases.map(async ([path]) => get(path)));
    expect(got.map((a, i) => [cases[i]![0], a.status, framing(a.headers)])).toEqual(cases);
    for (const a of got) expect(a.headers['cache-control']).not.toContain('immutable');
  });

  it('moves odd spellings to a path on the site, and refuses other methods and bad paths', async () => {
    expect((await get('//')).headers.location).toBe('/');
    expect((await get('/.//members')).headers.location).toBe('/members/');
    expect((await get('/%')).status).toBe(400);
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/', 'TRACE')).headers.allow).toBe('GET, HEAD');
    expect((await get('/')).status).toBe(200);
  });
});
