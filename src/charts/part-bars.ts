/**
 * Totals as horizontal bars, with a published part of each total (the public
 * funding of the cluster's projects) drawn inside it from the same baseline.
 * A total whose part was not published is drawn whole, and says so.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { axisLine, xValueGrid } from './axis.ts';
import { attrs, svgDocument, text, textWidth, type ChartText, type Size } from './svg.ts';

export interface PartBar {
  key: string;
  label: string;
  total: number;
  totalLabel: string;
  part?: number | undefined;
  partLabel?: string | undefined;
}

export interface PartBarsOptions extends ChartText {
  formatTick: (value: number) => string;
  /** Legend for the part ("Public funding"). */
  partName: string;
  /** Legend for the whole ("Total invested"). */
  totalName: string;
  /** Written after a total whose part is not known ("public share not published"). */
  noPart: string;
}

const ROW = 46;
const FONT_SIZE = 13;
const PART = '#0a6e7c';
const WHOLE = '#a9d8de';

export function partBarsHeight(count: number): number {
  return count * ROW + 80;
}

export function partBars(bars: readonly PartBar[], size: Size, options: PartBarsOptions): string {
  if (bars.length === 0) throw new Error(`${options.id}: a part-of-whole chart needs at least one bar`);
  const labelWidth = Math.max(...bars.map((b) => textWidth(b.label, FONT_SIZE))) + 12;
  const valueWidth = Math.max(...bars.map((b) => textWidth(b.totalLabel, FONT_SIZE))) + 12;
  const left = labelWidth + 8;
  const right = size.width - valueWidth - 8;
  const top = 36;
  const bottom = size.height - 28;
  const x = scaleLinear()
    .domain([0, max(bars, (b) => Math.max(b.total, b.part ?? 0)) ?? 0])
    .nice()
    .range([left, right]);
  const y = scaleBand()
    .domain(bars.map((b) => b.key))
    .range([top, bottom])
    .padding(0.25);
  const parts: string[] = [];
  // Legend: swatches with their names, so the part is told by shade and by words.
  parts.push(`<rect${attrs({ x: left, y: 6, width: 14, height: 14, fill: WHOLE, stroke: PART })}/>`);
  parts.push(text(options.totalName, { x: left + 20, y: 18, 'font-size': FONT_SIZE }));
  const px = left + 40 + textWidth(options.totalName, FONT_SIZE);
  parts.push(`<rect${attrs({ x: px, y: 6, width: 14, height: 14, fill: PART })}/>`);
  parts.push(text(options.partName, { x: px + 20, y: 18, 'font-size': FONT_SIZE }));
  parts.push(...xValueGrid(x, x.ticks(5), { from: top, to: bottom }, options.formatTick));
  for (const b of bars) {
    const by = y(b.key) ?? 0;
    const h = y.bandwidth();
    const mid = by + h / 2 + 4.5;
    let g =
      `<g class="mark"${attrs({ 'data-key': b.key, 'data-value': String(b.total), 'data-part': b.part === undefined ? undefined : String(b.part) })}>` +
      text(b.label, { x: left - 8, y: mid, 'text-anchor': 'end', 'font-size': FONT_SIZE }) +
      `<rect${attrs({ class: 'bar total', x: x(0), y: by, width: x(b.total) - x(0), height: h, fill: WHOLE, stroke: PART })}/>` +
      text(b.totalLabel, { x: x(b.total) + 6, y: mid, 'font-size': FONT_SIZE, 'font-weight': 600 });
    if (b.part !== undefined) {
      g += `<rect${attrs({ class: 'bar part', x: x(0), y: by, width: x(b.part) - x(0), height: h, fill: PART })}/>`;
      // The part's label sits inside its bar in white when it fits, else just after it.
      const inside = x(b.part) - x(0) > textWidth(b.partLabel ?? '', 12) + 12;
      g += text(b.partLabel ?? '', {
        x: inside ? x(0) + 6 : x(b.part) + 6,
        y: mid,
        'font-size': 12,
        fill: inside ? '#ffffff' : '#16202e',
        'font-weight': 600,
      });
    } else {
      g += text(options.noPart, { x: x(0) + 6, y: mid, 'font-size': 12, 'font-style': 'italic' });
    }
    parts.push(`${g}</g>`);
  }
  parts.push(axisLine(x(0), top, x(0), bottom));
  return svgDocument(size, options, parts.join(''));
}
