import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontWidths } from '../../../src/site/font-metrics.ts';

/**
 * A minimal font: units per em, advances for glyphs 0-3 (0 is the missing
 * glyph), and a format 4 cmap mapping "A"-"B" by delta and "é" through the
 * glyph array, as real fonts do both.
 */
function tinyFont(unitsPerEm: number, advances: number[]): Uint8Array {
  const u16 = (...v: number[]) => v.flatMap((n) => [(n >> 8) & 255, n & 255]);
  const u32 = (n: number) => [...u16(n >>> 16), ...u16(n & 0xffff)];
  const head = [...new Array(18).fill(0), ...u16(unitsPerEm), ...new Array(34).fill(0)];
  const hhea = [...new Array(34).fill(0), ...u16(advances.length)];
  const hmtx = advances.flatMap((a) => u16(a, 0));
  // Segments: A-B (65-66) -> glyphs 1-2 by delta; é (233) -> glyph 3 through idRangeOffset; 0xFFFF end.
  const segs = 3;
  const sub = [
    ...u16(4, 0, 0, segs * 2, 0, 0, 0),
    ...u16(66, 233, 0xffff), // endCode
    ...u16(0), // reservedPad
    ...u16(65, 233, 0xffff), // startCode
    ...u16((1 - 65) & 0xffff, 0, 1), // idDelta
    ...u16(0, 4, 0), // idRangeOffset: the second one points 4 bytes ahead, at the glyph array
    ...u16(3), // glyphIdArray
  ];
  sub.splice(2, 2, ...u16(sub.length));
  const cmap = [...u16(0, 1), ...u16(3, 1), ...u32(12), ...sub];
  const tables: [string, number[]][] = [
    ['cmap', cmap],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
  ];
  let offset = 12 + tables.length * 16;
  const dir: number[] = [];
  const body: number[] = [];
  for (const [tag, data] of tables) {
    dir.push(...[...tag].map((c) => c.charCodeAt(0)), ...u32(0), ...u32(offset), ...u32(data.length));
    body.push(...data);
    offset += data.length;
  }
  return Uint8Array.from([...u32(0x00010000), ...u16(tables.length, 0, 0, 0), ...dir, ...body]);
}

describe('fontWidths', () => {
  it('reads advances through the cmap, in em', () => {
    const width = fontWidths(tinyFont(1000, [500, 600, 700, 650]));
    expect(width('A')).toBeCloseTo(0.6);
    expect(width('B')).toBeCloseTo(0.7);
    expect(width('é')).toBeCloseTo(0.65);
    expect(width('ABé')).toBeCloseTo(1.95);
    expect(width('')).toBe(0);
  });
  it('counts a character the font lacks as its missing glyph', () => {
    const width = fontWidths(tinyFont(2048, [1024, 600, 700, 650]));
    expect(width('Z')).toBeCloseTo(0.5);
    expect(width('😀')).toBeCloseTo(0.5);
  });
  it('measures the Noto Sans the preview images are drawn with', () => {
    const file = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');
    const width = fontWidths(readFileSync(file));
    expect(width('m')).toBeGreaterThan(width('n'));
    expect(width('n')).toBeGreaterThan(width('i'));
    // Accented letters are as wide as their base letters in Noto Sans.
    expect(width('é')).toBeCloseTo(width('e'));
    // A bold em-size word: between a third and a whole em a character.
    const w = width('Généthon');
    expect(w / 8).toBeGreaterThan(0.33);
    expect(w / 8).toBeLessThan(1);
  });
});
