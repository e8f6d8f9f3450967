/**
 * The words a chart's drawing needs besides its rows: its accessible title,
 * the labels of its rows, and values formatted for the reader's locale. The
 * marks carry the raw values (data-value) that the chart's CSV lists.
 */
import type { Locale } from '../model/constants.ts';
import { formatAsOf, formatMoney, formatNumber, formatValue, isMoney } from '../i18n/format.ts';
import type { ChartRow } from './prepare.ts';

export interface DrawText {
  /** Unique id prefix for the SVG's title and desc. */
  id: string;
  title: string;
  locale: Locale;
  /** The label of a row's category (a bar), or of its series for time charts. */
  labelOf: (row: ChartRow) => string;
  /** The chart's own dictionary text `chart.<id>.<name>` (a part chart's legend, for one). */
  chartText: (name: string) => string;
}

export const CHART_WIDTH = 760;

/** An axis tick in the unit of the rows: "EUR 500m", "1,000". */
export function tickFormatter(unit: string, locale: Locale): (v: number) => string {
  return (v: number) => (v === 0 ? '0' : isMoney(unit) ? formatMoney(v, unit, locale) : formatNumber(v, locale));
}

/** The description read out with the chart: every drawn value with its label and date. */
export function describe(rows: readonly ChartRow[], text: DrawText): string {
  return rows.map((r) => readout(r, text)).join('; ');
}

/** One drawn value in words: "Members, March 2023: about 530". */
export function readout(r: ChartRow, text: DrawText): string {
  return `${text.labelOf(r)}, ${formatAsOf(r.as_of, text.locale)}: ${formatValue(r.value, r.unit, text.locale, r.qualifier)}`;
}

/** What every chart function needs besides its marks: ids, accessible name and description, tick labels. */
export function chartFrame(rows: readonly ChartRow[], text: DrawText) {
  return {
    id: text.id,
    title: text.title,
    desc: describe(rows, text),
    formatTick: tickFormatter(rows[0]?.unit ?? '', text.locale),
  };
}
