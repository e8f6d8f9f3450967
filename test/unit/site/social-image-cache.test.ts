import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDirFromEnv, cachedImage, cacheKey } from '../../../src/site/social-image-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'social-image-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A drawing function that counts its calls. */
function drawer(bytes: number[]) {
  const draw = () => {
    draw.calls++;
    return Uint8Array.from(bytes);
  };
  draw.calls = 0;
  return draw;
}
/** Stands for the PNG check: a whole "image" starts with 1. */
const isWhole = (b: Uint8Array) => b[0] === 1;

describe('cacheKey', () => {
  it('is the same for the same inputs, whatever the order of their keys', async () => {
    expect(cacheKey({ a: 1, b: { c: 'x', d: [1, 2] } })).toBe(cacheKey({ b: { d: [1, 2], c: 'x' }, a: 1 }));
    expect(cacheKey({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when any input changes', async () => {
    expect(cacheKey({ card: { title: 'A' }, fonts: ['f1'] })).not.toBe(
      cacheKey({ card: { title: 'B' }, fonts: ['f1'] }),
    );
    expect(cacheKey({ card: { title: 'A' }, fonts: ['f1'] })).not.toBe(
      cacheKey({ card: { title: 'A' }, fonts: ['f2'] }),
    );
    expect(cacheKey({ d: [1, 2] })).not.toBe(cacheKey({ d: [2, 1] }));
  });
});

describe('cachedImage', () => {
  it('draws on a miss and stores the image under its key; a hit does not draw', async () => {
    const draw = drawer([1, 2, 3]);
    const key = cacheKey({ title: 'A' });
    expect(await cachedImage(dir, key, draw, isWhole)).toEqual({ bytes: Uint8Array.from([1, 2, 3]), hit: false });
    expect(readdirSync(dir)).toEqual([`${key}.png`]);
    const again = await cachedImage(dir, key, draw, isWhole);
    expect(again.hit).toBe(true);
    expect([...again.bytes]).toEqual([1, 2, 3]);
    expect(draw.calls).toBe(1);
  });

  it('misses after an input change, and keeps the old image for its own inputs', async () => {
    const draw = drawer([1, 9]);
    await cachedImage(dir, cacheKey({ title: 'A' }), draw, isWhole);
    expect((await cachedImage(dir, cacheKey({ title: 'B' }), draw, isWhole)).hit).toBe(false);
    expect(draw.calls).toBe(2);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('draws again, and repairs the cache, when the stored file is damaged or missing', async () => {
    const draw = drawer([1, 2]);
    const key = cacheKey({ title: 'A' });
    await cachedImage(dir, key, draw, isWhole);
    writeFileSync(join(dir, `${key}.png`), Uint8Array.from([0, 0]));
    expect((await cachedImage(dir, key, draw, isWhole)).hit).toBe(false);
    expect([...readFileSync(join(dir, `${key}.png`))]).toEqual([1, 2]);
    rmSync(join(dir, `${key}.png`));
    expect((await cachedImage(dir, key, draw, isWhole)).hit).toBe(false);
    expect((await cachedImage(dir, key, draw, isWhole)).hit).toBe(true);
    expect(draw.calls).toBe(3);
  });

  it('always draws with no folder, and still answers when the folder cannot be written', async () => {
    const draw = drawer([1]);
    expect((await cachedImage(undefined, 'k', draw, isWhole)).hit).toBe(false);
    expect((await cachedImage(undefined, 'k', draw, isWhole)).hit).toBe(false);
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    expect([...(await cachedImage(join(file, 'sub'), 'k', draw, isWhole)).bytes]).toEqual([1]);
    expect(draw.calls).toBe(3);
  });
});

describe('cacheDirFromEnv', () => {
  it('is under node_modules/.cache by default, elsewhere with SOCIAL_IMAGE_CACHE_DIR, off with SOCIAL_IMAGE_CACHE=off', async () => {
    expect(cacheDirFromEnv({}, '/site')).toBe('/site/node_modules/.cache/medicen-social-images');
    expect(cacheDirFromEnv({ SOCIAL_IMAGE_CACHE_DIR: '/tmp/x' }, '/site')).toBe('/tmp/x');
    expect(cacheDirFromEnv({ SOCIAL_IMAGE_CACHE: 'off' }, '/site')).toBeUndefined();
    expect(cacheDirFromEnv({ SOCIAL_IMAGE_CACHE: '0' }, '/site')).toBeUndefined();
  });
});
