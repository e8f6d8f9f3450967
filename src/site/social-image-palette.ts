/**
 * Writes a rendered social preview image as a palette PNG of 16 colours at
 * most, 4 bits a pixel: a fraction of the size of the full-colour PNG the
 * renderer writes, because the card only has flat colours and the
 * anti-aliased edges of its text. The palette is every background, plus
 * each ink blended over the main background at a few levels, which keeps
 * the edges of the text smooth. Each pixel takes the nearest palette colour.
 * Pure (node:zlib only).
 */
import { promisify } from 'node:util';
import { crc32, deflate, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** The most colours a 4-bit palette PNG holds. */
const MAX_COLOURS = 16;

/** "#0b2545" as [11, 37, 69]. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * The palette: the backgrounds, then each ink over the first background at
 * `levels` steps (the last step is the ink itself). Throws when that is more
 * than 16 colours.
 */
export function blendPalette(backgrounds: readonly string[], inks: readonly string[], levels: number): Rgb[] {
  const palette: Rgb[] = [];
  const add = (c: Rgb) => {
    if (!palette.some((p) => p[0] === c[0] && p[1] === c[1] && p[2] === c[2])) palette.push(c);
  };
  const bgs = backgrounds.map(parseHex);
  for (const bg of bgs) add(bg);
  const [base] = bgs;
  if (!base) throw new Error('a palette needs a background');
  for (const ink of inks.map(parseHex)) {
    for (let step = 1; step <= levels; step++) {
      const t = step / levels;
      add([0, 1, 2].map((i) => Math.round(base[i]! * (1 - t) + ink[i]! * t)) as unknown as Rgb);
    }
  }
  if (palette.length > MAX_COLOURS) throw new Error(`${palette.length} colours: a 4-bit PNG holds ${MAX_COLOURS}`);
  return palette;
}

/**
 * The nearest palette index of every 0xRRGGBB colour met so far, 255 for
 * "not looked up yet": one byte per colour (16 MB, allocated on first use and
 * kept for the build), far quicker than a Map for the million pixels of a card.
 * Keyed by palette, since a table only holds for the palette it was filled for.
 */
const nearestTables = new WeakMap<readonly Rgb[], Uint8Array>();

/** The index of the palette colour nearest each pixel of RGBA bytes (alpha ignored: the card is opaque). */
export function quantize(rgba: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  const out = new Uint8Array(rgba.length / 4);
  let nearest = nearestTables.get(palette);
  if (!nearest) {
    nearest = new Uint8Array(1 << 24).fill(255);
    nearestTables.set(palette, nearest);
  }
  for (let p = 0, p4 = 0; p < out.length; p++, p4 += 4) {
    const rgb = (rgba[p4]! << 16) | (rgba[p4 + 1]! << 8) | rgba[p4 + 2]!;
    let index = nearest[rgb]!;
    if (index === 255) {
      index = nearestColour(rgb, palette);
      nearest[rgb] = index;
    }
    out[p] = index;
  }
  return out;
}

/** The index of the palette colour nearest a 0xRRGGBB colour, by distance in RGB. */
function nearestColour(rgb: number, palette: readonly Rgb[]): number {
  const r = rgb >> 16;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  let best = Infinity;
  let index = 0;
  for (let i = 0; i < palette.length; i++) {
    const c = palette[i]!;
    const d = (c[0] - r) ** 2 + (c[1] - g) ** 2 + (c[2] - b) ** 2;
    if (d < best) [best, index] = [d, i];
  }
  return index;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** The rows of a 4-bit palette image as PNG scanlines: filter type 0 (none, the best for palette images), two pixels a byte. */
function scanlines(width: number, height: number, indexes: Uint8Array): Buffer {
  if (indexes.length !== width * height) throw new Error('one index a pixel');
  const rowBytes = Math.ceil(width / 2);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) raw[row + (x >> 1)]! |= indexes[y * width + x]! << (x & 1 ? 0 : 4);
  }
  return raw;
}

/** The PNG file around compressed scanlines. */
function pngFile(width: number, height: number, palette: readonly Rgb[], compressed: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bit depth
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * A 4-bit palette PNG of `width` x `height` pixels from their palette
 * indexes, row by row, compressed at a zlib `level` (on these images, 9
 * is about 7 % smaller than 6 and several times slower).
 */
export function encodePalettePng(
  width: number,
  height: number,
  indexes: Uint8Array,
  palette: readonly Rgb[],
  level = 6,
): Buffer {
  const compressed = deflateSync(scanlines(width, height, indexes), { level, memLevel: 9 });
  return pngFile(width, height, palette, compressed);
}

/** The same PNG, compressed in libuv's thread pool so that the build's main thread goes on meanwhile. */
export async function encodePalettePngAsync(
  width: number,
  height: number,
  indexes: Uint8Array,
  palette: readonly Rgb[],
  level = 6,
): Promise<Buffer> {
  const compressed = await deflateAsync(scanlines(width, height, indexes), { level, memLevel: 9 });
  return pngFile(width, height, palette, compressed);
}

const deflateAsync = promisify(deflate);

/**
 * The width and height of a PNG when it is whole: the signature, then
 * chunks whose checksums match, up to an IEND chunk at the very end.
 * undefined for anything else (a truncated or damaged file).
 */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) return undefined;
  let size: { width: number; height: number } | undefined;
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buf.length) return undefined;
    const type = buf.toString('latin1', at + 4, at + 8);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return undefined;
    if (type === 'IHDR') size = { width: buf.readUInt32BE(at + 8), height: buf.readUInt32BE(at + 12) };
    if (type === 'IEND') return end === buf.length ? size : undefined;
    at = end;
  }
  return undefined;
}
