/**
 * A horizontal bar chart: one labelled bar per category, its length
 * proportional to the value from a zero baseline, the value written at its
 * end. Used for categories (sectors, site functions, departments, kinds) and
 * for counts per period.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { axisLine, xValueGrid } from './axis.ts';
import { attrs, SERIES_COLOURS, svgDocument, text, textWidth, tip, type ChartText, type Size } from './svg.ts';

export interface Bar {
  /** Stable key (a department code, a figure id, an "as of" date). */
  key: string;
  label: string;
  value: number;
  /** The value as the reader sees it ("more than 1,000"). */
  valueLabel: string;
  /** A bar drawn apart (outlined) because it is a total, not one of the categories. */
  total?: boolean;
  /** Read-out on hover. */
  tip?: string;
}

export interface BarChartOptions extends ChartText {
  formatTick: (value: number) => string;
}

const ROW = 34;
const FONT_SIZE = 13;

/** The height a bar chart of `count` bars needs. */
export function barChartHeight(count: number): number {
  return count * ROW + 48;
}

export function barChart(bars: readonly Bar[], size: Size, options: BarChartOptions): string {
  if (bars.length === 0) throw new Error(`${options.id}: a bar chart needs at least one bar`);
  const labelWidth = Math.min(size.width * 0.42, Math.max(...bars.map((b) => textWidth(b.label, FONT_SIZE))) + 12);
  // Values are written in bold, about an eighth wider than the estimate for regular text.
  const valueWidth = Math.max(...bars.map((b) => textWidth(b.valueLabel, FONT_SIZE) * 1.15)) + 12;
  const left = labelWidth + 8;
  const right = size.width - valueWidth - 8;
  const top = 8;
  const bottom = size.height - 28;
  const x = scaleLinear()
    .domain([0, max(bars, (b) => b.value) ?? 0])
    .nice()
    .range([left, right]);
  const y = scaleBand()
    .domain(bars.map((b) => b.key))
    .range([top, bottom])
    .padding(0.28);
  const parts: string[] = [];
  parts.push(...xValueGrid(x, x.ticks(5), { from: top, to: bottom }, options.formatTick));
  for (const b of bars) {
    const by = y(b.key) ?? 0;
    const h = y.bandwidth();
    const w = x(b.value) - x(0);
    const colour = b.total ? SERIES_COLOURS[3] : SERIES_COLOURS[0];
    parts.push(
      `<g class="mark"${attrs({ 'data-key': b.key, 'data-value': String(b.value) })}>` +
        tip(b.tip) +
        text(b.label, { x: left - 8, y: by + h / 2 + 4.5, 'text-anchor': 'end', 'font-size': FONT_SIZE }) +
        `<rect${attrs({ class: 'bar', x: x(0), y: by, width: w, height: h, fill: colour, rx: 2 })}/>` +
        text(b.valueLabel, { x: x(b.value) + 6, y: by + h / 2 + 4.5, 'font-size': FONT_SIZE, 'font-weight': 600 }) +
        `</g>`,
    );
  }
  parts.push(axisLine(x(0), top, x(0), bottom));
  return svgDocument(size, options, parts.join(''));
}
