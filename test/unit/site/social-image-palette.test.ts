import { describe, expect, it } from 'vitest';
import {
  blendPalette,
  encodePalettePng,
  parseHex,
  quantize,
  readPngSize,
} from '../../../src/site/social-image-palette.ts';

describe('blendPalette', () => {
  it('holds the backgrounds, then each ink over the first background in even steps', () => {
    expect(blendPalette(['#000000', '#0000ff'], ['#ffffff'], 2)).toEqual([
      [0, 0, 0],
      [0, 0, 255],
      [128, 128, 128],
      [255, 255, 255],
    ]);
  });
  it('refuses more than 16 colours', () => {
    expect(() => blendPalette(['#000000'], ['#ffffff', '#ff0000', '#00ff00', '#0000ff'], 4)).toThrow(/16/);
  });
  it('reads #rrggbb colours only', () => {
    expect(parseHex('#0b2545')).toEqual([11, 37, 69]);
    expect(() => parseHex('#fff')).toThrow();
  });
});

describe('quantize', () => {
  it('gives each pixel the index of the nearest palette colour', () => {
    const palette = [parseHex('#000000'), parseHex('#ffffff'), parseHex('#ff0000')];
    const rgba = Uint8Array.from([10, 10, 10, 255, 250, 240, 250, 255, 200, 30, 20, 255, 200, 30, 20, 255]);
    expect([...quantize(rgba, palette)]).toEqual([0, 1, 2, 2]);
  });
});

describe('encodePalettePng and readPngSize', () => {
  const palette = [parseHex('#000000'), parseHex('#ffffff')];
  const png = encodePalettePng(3, 2, Uint8Array.from([0, 1, 0, 1, 0, 1]), palette);

  it('writes a 4-bit palette PNG of the given size', () => {
    expect(readPngSize(png)).toEqual({ width: 3, height: 2 });
    expect(png[24]).toBe(4); // bit depth
    expect(png[25]).toBe(3); // colour type: palette
  });
  it('finds no size in a truncated or damaged file', () => {
    expect(readPngSize(png.subarray(0, png.length - 4))).toBeUndefined();
    const damaged = Uint8Array.from(png);
    damaged[40] = damaged[40]! ^ 0xff;
    expect(readPngSize(damaged)).toBeUndefined();
    expect(readPngSize(new Uint8Array(0))).toBeUndefined();
  });
});
