/** The CSV downloads of the charts and figure series (/data/charts/<id>.csv, /data/figures/<id>.csv). */
import { toCsv } from '../util/csv.ts';
import type { ChartRow, FigureLike } from './prepare.ts';

export const CHART_CSV_HEADER = [
  'series',
  'category',
  'as_of',
  'value',
  'qualifier',
  'unit',
  'note',
  'source_publisher',
  'source_title',
  'source_url',
] as const;

/** The CSV of the values a chart draws, one line per drawn value. */
export function chartCsv(rows: readonly ChartRow[]): string {
  return toCsv(
    CHART_CSV_HEADER,
    rows.map((r) => [
      r.series,
      r.category,
      r.as_of,
      r.value,
      r.qualifier,
      r.unit,
      r.note?.en ?? '',
      r.source?.publisher ?? '',
      r.source?.title ?? '',
      r.source?.url ?? '',
    ]),
  );
}

/** The CSV of a whole figure series, every dated value with its source. */
export function figureCsv(figure: FigureLike): string {
  return chartCsv(
    figure.values.map((v) => ({
      series: figure.id,
      category: '',
      as_of: v.as_of,
      value: v.value,
      qualifier: v.qualifier,
      unit: figure.unit,
      note: v.note,
      source: v.source ?? figure.source,
    })),
  );
}
