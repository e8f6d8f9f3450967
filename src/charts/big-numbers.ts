/**
 * A set of big numbers as tiles: value, what it counts, and its date. For
 * figures that are single facts rather than comparable quantities (the
 * hospital network, the region's research), where bars would suggest a scale
 * they do not share.
 */
import { attrs, INK_SOFT, svgDocument, text, type ChartText, type Size } from './svg.ts';

export interface BigNumber {
  key: string;
  value: number;
  /** The value as the reader sees it ("10,000,000", "EUR 21.7bn"). */
  valueLabel: string;
  /** What it counts, in up to three short lines. */
  label: string;
  /** "2018", "March 2023". */
  asOfLabel: string;
}

const TILE_HEIGHT = 136;
const GAP = 12;

export function bigNumbersHeight(count: number, columns: number): number {
  return Math.ceil(count / columns) * (TILE_HEIGHT + GAP);
}

/** Splits a label into at most three lines of about `width` characters (the last one takes the rest). */
export function wrapLabel(label: string, width: number): string[] {
  const words = label.split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const current = lines[lines.length - 1]!;
    if (current && (current + ' ' + w).length > width && lines.length < 3) lines.push(w);
    else lines[lines.length - 1] = current ? `${current} ${w}` : w;
  }
  return lines;
}

export function bigNumbers(items: readonly BigNumber[], size: Size, options: ChartText & { columns: number }): string {
  if (items.length === 0) throw new Error(`${options.id}: a set of big numbers needs at least one number`);
  const cols = options.columns;
  const tileWidth = (size.width - GAP * (cols - 1)) / cols;
  const parts = items.map((item, i) => {
    const x = (i % cols) * (tileWidth + GAP);
    const y = Math.floor(i / cols) * (TILE_HEIGHT + GAP);
    // About 8 px per character of 13 px bold text, with the tile's padding left free.
    const lines = wrapLabel(item.label, Math.floor((tileWidth - 28) / 8));
    return (
      `<g class="mark"${attrs({ 'data-key': item.key, 'data-value': String(item.value) })}>` +
      `<rect${attrs({ x, y, width: tileWidth, height: TILE_HEIGHT, fill: '#f5f7fa', rx: 8 })}/>` +
      `<rect${attrs({ x, y, width: 4, height: TILE_HEIGHT, fill: '#0a6e7c' })}/>` +
      text(item.valueLabel, { x: x + 16, y: y + 40, 'font-size': 28, 'font-weight': 750, fill: '#0b2545' }) +
      lines.map((l, j) => text(l, { x: x + 16, y: y + 66 + j * 18, 'font-size': 13, 'font-weight': 600 })).join('') +
      text(item.asOfLabel, { x: x + 16, y: y + TILE_HEIGHT - 10, 'font-size': 12, fill: INK_SOFT }) +
      `</g>`
    );
  });
  return svgDocument(size, options, parts.join(''));
}
