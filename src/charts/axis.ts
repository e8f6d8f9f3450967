/**
 * The axes every plotted chart shares: value gridlines with their tick
 * labels, date ticks under a time axis, and the axis line itself. Written once
 * so all charts keep the same tick size, colours and spacing.
 */
import { attrs, GRID, INK_SOFT, text } from './svg.ts';

/** The span of the plot across the axis: where gridlines start and end. */
export interface Span {
  from: number;
  to: number;
}

const TICK_FONT_SIZE = 12;

/** A tick label in the axes' small, soft type. */
function tickLabel(content: string, x: number, y: number, anchor: 'middle' | 'end'): string {
  return text(content, { x, y, 'text-anchor': anchor, 'font-size': TICK_FONT_SIZE, fill: INK_SOFT });
}

/** A straight line from (x1, y1) to (x2, y2). */
function rule(x1: number, y1: number, x2: number, y2: number, stroke: string): string {
  return `<line${attrs({ x1, x2, y1, y2, stroke })}/>`;
}

/** A value axis along x (bar charts): per tick, a vertical gridline across `span` and its label below it. */
export function xValueGrid(
  x: (value: number) => number,
  ticks: readonly number[],
  span: Span,
  formatTick: (value: number) => string,
): string[] {
  return ticks.flatMap((v) => [
    rule(x(v), span.from, x(v), span.to, GRID),
    tickLabel(formatTick(v), x(v), span.to + 18, 'middle'),
  ]);
}

/** A value axis along y (time charts): per tick, a horizontal gridline across `span` and its label to the left. */
export function yValueGrid(
  y: (value: number) => number,
  ticks: readonly number[],
  span: Span,
  formatTick: (value: number) => string,
): string[] {
  return ticks.flatMap((v) => [
    rule(span.from, y(v), span.to, y(v), GRID),
    tickLabel(formatTick(v), span.from - 8, y(v) + 4, 'end'),
  ]);
}

/** Date ticks under a time axis whose line is at `baseline`: a short tick at each position, its label below. */
export function xDateTicks(ticks: readonly { at: number; label: string }[], baseline: number): string[] {
  return ticks.flatMap(({ at, label }) => [
    rule(at, baseline, at, baseline + 5, INK_SOFT),
    tickLabel(label, at, baseline + 20, 'middle'),
  ]);
}

/** The axis line itself, darker than the gridlines: the zero baseline of bars, the time line of a time chart. */
export function axisLine(x1: number, y1: number, x2: number, y2: number): string {
  return rule(x1, y1, x2, y2, INK_SOFT);
}
