/**
 * A line chart of dated values on a true time axis: each published value is a
 * marked, labelled point; lines only join points of the same series. Used for
 * the cluster's members, projects and products over time.
 */
import { extent, max } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { utcYear } from 'd3-time';
import { asOfToDate } from '../util/as-of.ts';
import { axisLine, xDateTicks, yValueGrid } from './axis.ts';
import {
  attrs,
  marker,
  SERIES_COLOURS,
  SERIES_SHAPES,
  svgDocument,
  text,
  textWidth,
  tip,
  type ChartText,
  type Size,
} from './svg.ts';

export interface TimePoint {
  /** The "as of" date: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  value: number;
  /** The value as the reader sees it next to the point ("more than 300"). */
  label: string;
  /** Read-out on hover: series, date and value in words. */
  tip?: string;
}

export interface TimeSeries {
  id: string;
  label: string;
  points: TimePoint[];
}

export interface TimeChartOptions extends ChartText {
  /** Tick labels of the value axis. */
  formatTick: (value: number) => string;
}

const MARGIN = { top: 16, right: 56, bottom: 34, left: 52 };
const LEGEND_ROW = 22;

/**
 * Where each legend entry goes: left to right, wrapping to a new row when an
 * entry would run past the right edge, so long labels (French ones are
 * longer) are never cut off.
 */
export function legendLayout(widths: readonly number[], left: number, right: number): { x: number; row: number }[] {
  const out: { x: number; row: number }[] = [];
  let x = left;
  let row = 0;
  for (const w of widths) {
    if (x > left && x + w > right) {
      x = left;
      row += 1;
    }
    out.push({ x, row });
    x += w;
  }
  return out;
}

export function timeChart(series: readonly TimeSeries[], size: Size, options: TimeChartOptions): string {
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) throw new Error(`${options.id}: a time chart needs at least one point`);
  // Each entry: marker, gap, label, then space before the next one.
  const places = legendLayout(
    series.map((s) => textWidth(s.label, 13) + 40),
    MARGIN.left,
    size.width - MARGIN.right + 40,
  );
  const legend = series.length > 1 ? LEGEND_ROW * (Math.max(0, ...places.map((p) => p.row)) + 1) : 0;
  const top = MARGIN.top + legend + 14;
  const bottom = size.height - MARGIN.bottom;
  const [first, last] = extent(all, (p) => asOfToDate(p.asOf)) as [Date, Date];
  // The axis starts at the first year's start and ends after the last year, so every point is inside it.
  const x = scaleUtc()
    .domain([utcYear.floor(first), utcYear.offset(utcYear.floor(last), 1)])
    .range([MARGIN.left, size.width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, max(all, (p) => p.value) ?? 0])
    .nice()
    .range([bottom, top]);

  const years = x.ticks(utcYear.every(x.domain()[1]!.getUTCFullYear() - x.domain()[0]!.getUTCFullYear() > 12 ? 2 : 1)!);
  const parts: string[] = [
    ...yValueGrid(y, y.ticks(5), { from: MARGIN.left, to: size.width - MARGIN.right }, options.formatTick),
    ...xDateTicks(
      years.map((d) => ({ at: x(d), label: String(d.getUTCFullYear()) })),
      bottom,
    ),
    axisLine(MARGIN.left, bottom, size.width - MARGIN.right, bottom),
  ];

  series.forEach((s, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const shape = SERIES_SHAPES[i % SERIES_SHAPES.length]!;
    if (legend) {
      const { x: lx, row } = places[i]!;
      const ly = MARGIN.top + row * LEGEND_ROW;
      parts.push(marker(shape, lx + 6, ly + 6, colour, { 'aria-hidden': 'true' }));
      parts.push(text(s.label, { x: lx + 16, y: ly + 11, 'font-size': 13 }));
    }
    const points = [...s.points].sort((a, b) => a.asOf.localeCompare(b.asOf));
    const path = line<TimePoint>()
      .x((p) => x(asOfToDate(p.asOf)))
      .y((p) => y(p.value))(points);
    if (path && points.length > 1)
      parts.push(`<path${attrs({ d: path, fill: 'none', stroke: colour, 'stroke-width': 2.5 })}/>`);
    for (const p of points) {
      const px = x(asOfToDate(p.asOf));
      const py = y(p.value);
      parts.push(
        `<g class="mark"${attrs({ 'data-series': s.id, 'data-as-of': p.asOf, 'data-value': String(p.value) })}>` +
          tip(p.tip) +
          marker(shape, px, py, colour, {}) +
          text(p.label, { x: px, y: py - 10, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 600 }) +
          `</g>`,
      );
    }
  });
  return svgDocument(size, options, parts.join(''));
}
