/**
 * A small horizontal bar chart for a department's profile (organizations by
 * kind, by strategic area, per department): each category's name on a line
 * of its own above its bar, so that long names never squeeze the bars, and
 * the chart reads the same in a page's side column and on a phone. Bars start
 * from a zero baseline against the value grid every chart shares
 * (./axis.ts); the count is written at the end of each bar. Pure: the same
 * data and size give the same SVG, every text escaped.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { axisLine, xValueGrid } from './axis.ts';
import { wrapLabel } from './big-numbers.ts';
import { attrs, SERIES_COLOURS, svgDocument, text, textWidth, tip, type ChartText, type Size } from './svg.ts';

export interface ProfileBar {
  /** Stable key (a kind, an area id, a department code): written on the mark. */
  key: string;
  label: string;
  value: number;
  /** The value as the reader sees it ("12"). */
  valueLabel: string;
}

export interface ProfileBarsData extends ChartText {
  bars: readonly ProfileBar[];
  /** A grid tick as the reader sees it. */
  formatTick: (value: number) => string;
}

/** The width the profile charts are drawn at; pages scale them down to a phone's width. */
export const PROFILE_BARS_WIDTH = 360;
const FONT_SIZE = 13;
const LINE = 16;
const BAR = 12;
const GAP = 10;
const TOP = 4;
const AXIS = 26;
const LEFT = 8;

/** The lines a label takes at `width` (about 7 px per character of 13 px text; three lines at most). */
function labelLines(label: string, width: number): string[] {
  return wrapLabel(label, Math.max(12, Math.floor((width - LEFT) / 7)));
}

/** The height the chart of `data` needs at `width`. */
export function profileBarsHeight(bars: readonly Pick<ProfileBar, 'label'>[], width = PROFILE_BARS_WIDTH): number {
  const rows = bars.reduce((sum, b) => sum + labelLines(b.label, width).length * LINE + BAR + GAP, 0);
  return TOP + rows + AXIS;
}

/** The chart as an SVG document. */
export function profileBars(data: ProfileBarsData, size: Size): string {
  const { bars } = data;
  if (bars.length === 0) throw new Error(`${data.id}: a profile chart needs at least one bar`);
  // Values are written in bold, about an eighth wider than the estimate for regular text.
  const valueWidth = Math.max(...bars.map((b) => textWidth(b.valueLabel, FONT_SIZE) * 1.15)) + 8;
  const x = scaleLinear()
    .domain([0, Math.max(1, max(bars, (b) => b.value) ?? 0)])
    .nice()
    .range([LEFT, size.width - valueWidth - 4]);
  const bottom = size.height - AXIS;
  // Counts are whole organizations: no tick between two of them.
  const ticks = x.ticks(4).filter((v) => Number.isInteger(v));
  const parts: string[] = [...xValueGrid(x, ticks, { from: TOP, to: bottom }, data.formatTick)];
  let y = TOP;
  for (const b of bars) {
    const lines = labelLines(b.label, size.width);
    const labels = lines.map((l, i) => text(l, { x: LEFT + 4, y: y + LINE * (i + 1) - 4, 'font-size': FONT_SIZE }));
    y += LINE * lines.length;
    const w = Math.max(0, x(b.value) - x(0));
    parts.push(
      `<g class="mark"${attrs({ 'data-key': b.key, 'data-value': String(b.value) })}>` +
        tip(`${b.label}: ${b.valueLabel}`) +
        labels.join('') +
        `<rect${attrs({ class: 'bar', x: x(0), y, width: w, height: BAR, fill: SERIES_COLOURS[0], rx: 2 })}/>` +
        text(b.valueLabel, { x: x(0) + w + 6, y: y + BAR - 1.5, 'font-size': FONT_SIZE, 'font-weight': 600 }) +
        `</g>`,
    );
    y += BAR + GAP;
  }
  parts.push(axisLine(x(0), TOP, x(0), bottom));
  return svgDocument(size, data, parts.join(''));
}
