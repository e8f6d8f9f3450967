/**
 * A content-addressed cache of the social preview images, so a rebuild only
 * draws the images whose inputs changed. An image is stored as
 * `<sha256 of its inputs>.png` in a folder outside dist/ (by default
 * node_modules/.cache/medicen-social-images, which git ignores with
 * node_modules): the inputs are everything the PNG depends on (the card's
 * SVG, the fonts, the renderer's version and options, the encoder's
 * version), so a changed input is a new name and a stale image is never
 * used. A file that is missing or damaged is drawn again. Nothing here
 * knows about cards: only fs and hashing.
 *
 * SOCIAL_IMAGE_CACHE=off turns the cache off (every image drawn);
 * SOCIAL_IMAGE_CACHE_DIR puts it elsewhere.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The default folder, under the project's node_modules. */
export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'medicen-social-images');

/** The cache folder the environment asks for, or undefined when the cache is off. */
export function cacheDirFromEnv(env: Record<string, string | undefined>, root: string): string | undefined {
  const setting = env.SOCIAL_IMAGE_CACHE?.trim().toLowerCase();
  if (setting === 'off' || setting === '0' || setting === 'false' || setting === 'no') return undefined;
  return env.SOCIAL_IMAGE_CACHE_DIR || join(root, DEFAULT_CACHE_DIR);
}

/** JSON with the keys of every object sorted, so the same inputs always give the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The SHA-256, in hex, of some inputs (any JSON value; key order does not matter). */
export function cacheKey(inputs: unknown): string {
  return createHash('sha256').update(canonicalJson(inputs)).digest('hex');
}

/** The SHA-256, in hex, of some bytes: the identity of a font file. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Numbers the files being written, so two drawings of one card at once never share a name. */
let partials = 0;

export interface CachedImage {
  bytes: Uint8Array;
  /** Whether the image came from the cache rather than being drawn. */
  hit: boolean;
}

/**
 * The image stored under `key` in `dir` when there is one that `isWhole`
 * accepts; otherwise `draw()`'s, stored for the next build. With no `dir`
 * (the cache off) it always draws. A cache that cannot be written (a
 * read-only disk) only costs the time: the image is still returned.
 */
export async function cachedImage(
  dir: string | undefined,
  key: string,
  draw: () => Uint8Array | Promise<Uint8Array>,
  isWhole: (bytes: Uint8Array) => boolean,
): Promise<CachedImage> {
  if (!dir) return { bytes: await draw(), hit: false };
  const file = join(dir, `${key}.png`);
  try {
    const bytes = readFileSync(file);
    if (isWhole(bytes)) return { bytes, hit: true };
  } catch {
    // Not cached yet.
  }
  const bytes = await draw();
  try {
    mkdirSync(dir, { recursive: true });
    // Written under another name then renamed, so a build stopped half-way or
    // a build running alongside never sees half a file.
    const partial = `${file}.${process.pid}.${++partials}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch {
    // The cache is an optimisation; the image is still good.
  }
  return { bytes, hit: false };
}
