/**
 * Draws a prepared chart (src/charts/prepare.ts) with the chart function its
 * kind calls for, formatting values for the reader's locale. The marks carry
 * the raw values (data-value) that the chart's CSV lists.
 */
import type { Locale } from '../model/constants.ts';
import type { ChartRow, PreparedChart } from './prepare.ts';
import { formatAsOf, formatHeadline, formatMoney, formatNumber, formatValue, isMoney } from '../i18n/format.ts';
import { barChart, barChartHeight } from './bar-chart.ts';
import { bigNumbers, bigNumbersHeight } from './big-numbers.ts';
import { partBars, partBarsHeight } from './part-bars.ts';
import { timeChart } from './time-chart.ts';

export interface DrawText {
  /** Unique id prefix for the SVG's title and desc. */
  id: string;
  title: string;
  locale: Locale;
  /** The label of a row's category (a bar), or of its series for time charts. */
  labelOf: (row: ChartRow) => string;
  /** Part-of-whole legend and the words for a total whose part is not published. */
  partName?: string;
  totalName?: string;
  noPart?: string;
}

export const CHART_WIDTH = 760;
const TIME_HEIGHT = 340;

/** An axis tick in the unit of the rows: "EUR 500m", "1,000". */
function tickFormatter(unit: string, locale: Locale) {
  return (v: number) => (v === 0 ? '0' : isMoney(unit) ? formatMoney(v, unit, locale) : formatNumber(v, locale));
}

/** The description read out with the chart: every drawn value with its label and date. */
export function describe(rows: readonly ChartRow[], text: DrawText): string {
  return rows.map((r) => readout(r, text)).join('; ');
}

/** One drawn value in words: "Members, March 2023: about 530". */
function readout(r: ChartRow, text: DrawText): string {
  return `${text.labelOf(r)}, ${formatAsOf(r.as_of, text.locale)}: ${formatValue(r.value, r.unit, text.locale, r.qualifier)}`;
}

export function drawChart(prepared: PreparedChart, text: DrawText): string {
  const { spec, rows } = prepared;
  const { locale } = text;
  const unit = rows[0]?.unit ?? '';
  const chart = { id: text.id, title: text.title, desc: describe(rows, text), formatTick: tickFormatter(unit, locale) };
  const value = (r: ChartRow) => formatValue(r.value, r.unit, locale, r.qualifier);
  switch (spec.kind) {
    case 'time': {
      const ids = [...new Set(rows.map((r) => r.series))];
      const series = ids.map((id) => {
        const own = rows.filter((r) => r.series === id);
        return {
          id,
          label: text.labelOf(own[0]!),
          points: own.map((r) => ({
            asOf: r.as_of,
            value: r.value,
            label: formatHeadline(r.value, r.unit, locale, r.qualifier),
            tip: readout(r, text),
          })),
        };
      });
      return timeChart(series, { width: CHART_WIDTH, height: TIME_HEIGHT }, chart);
    }
    case 'part': {
      const [totalId, partId] = spec.figures;
      const totals = rows.filter((r) => r.series === totalId);
      const parts = rows.filter((r) => r.series === partId);
      const bars = totals.map((t) => {
        const part = parts.find((p) => p.as_of === t.as_of);
        return {
          key: t.as_of,
          label: formatAsOf(t.as_of, locale),
          total: t.value,
          totalLabel: value(t),
          part: part?.value,
          partLabel: part && `${value(part)} (${formatNumber((100 * part.value) / t.value, locale, 0)}%)`,
        };
      });
      return partBars(
        bars,
        { width: CHART_WIDTH, height: partBarsHeight(bars.length) },
        {
          ...chart,
          partName: text.partName ?? '',
          totalName: text.totalName ?? '',
          noPart: text.noPart ?? '',
        },
      );
    }
    case 'numbers': {
      const items = rows.map((r) => ({
        key: r.category,
        value: r.value,
        valueLabel: formatHeadline(r.value, r.unit, locale, r.qualifier),
        label: text.labelOf(r),
        asOfLabel: formatAsOf(r.as_of, locale),
      }));
      const columns = items.length > 4 ? 3 : Math.max(1, items.length);
      return bigNumbers(
        items,
        { width: CHART_WIDTH, height: bigNumbersHeight(items.length, columns) },
        { ...chart, columns },
      );
    }
    default: {
      const total = spec.kind === 'bars' ? spec.total : undefined;
      const bars = rows.map((r) => ({
        key: r.category,
        label: text.labelOf(r),
        value: r.value,
        valueLabel: value(r),
        total: r.category === total,
        tip: readout(r, text),
      }));
      return barChart(bars, { width: CHART_WIDTH, height: barChartHeight(bars.length) }, chart);
    }
  }
}
