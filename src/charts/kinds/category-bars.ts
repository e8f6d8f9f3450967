/** Rows drawn as one horizontal bar each: shared by the bars, bars-by-date and counts kinds. */
import { barChart, barChartHeight } from '../bar-chart.ts';
import { CHART_WIDTH, chartFrame, readout, type DrawText } from '../draw-text.ts';
import type { ChartRow } from '../prepare.ts';
import { valueText } from '../title.ts';

/** The bar chart of `rows`, a bar per row in their order; the row of category `total` is drawn apart. */
export function drawCategoryBars(rows: readonly ChartRow[], text: DrawText, total?: string): string {
  const bars = rows.map((r) => ({
    key: r.category,
    label: text.labelOf(r),
    value: r.value,
    valueLabel: valueText(r, text.locale),
    total: r.category === total,
    tip: readout(r, text),
  }));
  return barChart(bars, { width: CHART_WIDTH, height: barChartHeight(bars.length) }, chartFrame(rows, text));
}
