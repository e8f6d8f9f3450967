/**
 * A chart drawn again for a phone: one row per value, its label on a line of
 * its own above a bar (or above the number alone where the values do not
 * share a scale), the value written out. Drawn 320 wide, it is shown at 320
 * px or more, so its smallest text (13) never reads under 11 px; the wide
 * drawing stays the one downloaded and printed.
 */
import { max } from 'd3-array';
import { formatAsOf, formatValue } from '../i18n/format.ts';
import { wrapLabel } from './big-numbers.ts';
import { describe, type DrawText } from './draw-text.ts';
import type { ChartRow } from './prepare.ts';
import { attrs, INK_SOFT, SERIES_COLOURS, svgDocument, text, textWidth } from './svg.ts';

export const NARROW_WIDTH = 320;
const FONT_SIZE = 13;
const LINE = 17;
const BAR = 14;
const GAP = 14;

/** The words before a value: its label where labels differ, its date where dates differ. */
function labeller(rows: readonly ChartRow[], words: DrawText): (r: ChartRow) => string {
  const labels = new Set(rows.map((r) => words.labelOf(r))).size > 1;
  const dates = new Set(rows.map((r) => r.as_of)).size > 1;
  return (r) =>
    [labels || !dates ? words.labelOf(r) : '', dates ? formatAsOf(r.as_of, words.locale) : '']
      .filter(Boolean)
      .join(' · ');
}

/** The narrow drawing of a chart's rows. Bars only when every value has the same unit and `bars` is asked. */
export function narrowChart(rows: readonly ChartRow[], words: DrawText, options: { bars: boolean }): string {
  const label = labeller(rows, words);
  const bars = options.bars && new Set(rows.map((r) => r.unit)).size === 1;
  const valueLabels = rows.map((r) => formatValue(r.value, r.unit, words.locale, r.qualifier));
  const valueWidth = Math.max(...valueLabels.map((v) => textWidth(v, FONT_SIZE) * 1.15)) + 8;
  const top = max(rows, (r) => r.value) ?? 0;
  const scale = (v: number) => (top > 0 ? (Math.max(0, v) / top) * (NARROW_WIDTH - valueWidth) : 0);
  // About 7.5 px per character of 13 px text.
  const chars = Math.floor(NARROW_WIDTH / 7.5);
  let y = 4;
  const parts = rows.map((r, i) => {
    const lines = wrapLabel(label(r), chars);
    const texts = lines.map((l, j) => text(l, { x: 0, y: y + LINE * (j + 1) - 4, 'font-size': FONT_SIZE }));
    y += LINE * lines.length + 2;
    const w = bars ? Math.max(2, scale(r.value)) : 0;
    const mark =
      (bars ? `<rect${attrs({ x: 0, y, width: w, height: BAR, fill: SERIES_COLOURS[0], rx: 2 })}/>` : '') +
      text(valueLabels[i]!, {
        x: bars ? w + 6 : 0,
        y: y + BAR - 2,
        'font-size': FONT_SIZE + (bars ? 0 : 2),
        'font-weight': 700,
        fill: bars ? INK_SOFT : '#0b2545',
      });
    y += BAR + GAP;
    return `<g${attrs({ class: 'narrow-mark', 'data-value': String(r.value) })}>${texts.join('')}${mark}</g>`;
  });
  return svgDocument(
    { width: NARROW_WIDTH, height: y },
    { id: `${words.id}-narrow`, title: words.title, desc: describe(rows, words) },
    parts.join(''),
  );
}
