/**
 * Advance widths read from a TrueType/OpenType font file, so that text laid
 * out in an SVG (the social preview images) can be wrapped at the width the
 * renderer will really draw. Reads only what that needs: the `head` table
 * (units per em), `hhea` and `hmtx` (advances) and a `cmap` subtable of
 * format 4 (the Basic Multilingual Plane, which holds every Latin letter).
 * Kerning is ignored: it moves a line by a few pixels, which the callers'
 * margins absorb.
 */

/** Width of a text in em at font size 1; multiply by the font size for pixels. */
export type EmWidth = (text: string) => number;

interface Tables {
  [tag: string]: { offset: number; length: number };
}

function readTables(view: DataView): Tables {
  const count = view.getUint16(4);
  const tables: Tables = {};
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    tables[tag] = { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  }
  return tables;
}

/** The offset of the Unicode BMP subtable (platform 3 encoding 1, or platform 0), which must be format 4. */
function findFormat4(view: DataView, cmap: number): number {
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const sub = cmap + view.getUint32(at + 4);
    if ((platform === 3 && encoding === 1) || platform === 0) {
      if (view.getUint16(sub) === 4) return sub;
    }
  }
  throw new Error('font has no Unicode cmap subtable of format 4');
}

/** Maps a BMP code point to its glyph id through a format 4 subtable (0 = missing glyph). */
function glyphLookup(view: DataView, sub: number): (code: number) => number {
  const segCount = view.getUint16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (code) => {
    for (let i = 0; i < segCount; i++) {
      if (view.getUint16(ends + i * 2) < code) continue;
      const start = view.getUint16(starts + i * 2);
      if (start > code) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeAt = rangeOffsets + i * 2;
      const range = view.getUint16(rangeAt);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeAt + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * A function giving the width of a text, in em, as the font draws it.
 * Characters outside the BMP count as the font's missing glyph.
 */
export function fontWidths(font: Uint8Array): EmWidth {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const need = (tag: string) => {
    const table = tables[tag];
    if (!table) throw new Error(`font has no "${tag}" table`);
    return table.offset;
  };
  const unitsPerEm = view.getUint16(need('head') + 18);
  const metricsCount = view.getUint16(need('hhea') + 34);
  const hmtx = need('hmtx');
  const glyphOf = glyphLookup(view, findFormat4(view, need('cmap')));
  const advance = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, metricsCount - 1) * 4);
  const cache = new Map<string, number>();
  return (text) => {
    let units = 0;
    for (const char of text) {
      let width = cache.get(char);
      if (width === undefined) {
        const code = char.codePointAt(0) ?? 0;
        width = advance(code > 0xffff ? 0 : glyphOf(code));
        cache.set(char, width);
      }
      units += width;
    }
    return units / unitsPerEm;
  };
}
