/**
 * The one data preparation shared by each chart and its CSV file: the rows a
 * chart draws are exactly the rows its CSV lists, by construction (both are
 * made from `prepareChart`'s output, and a test checks it).
 */
import type { Qualifier } from '../model/constants.ts';
import { chronological, latest } from '../model/figures.ts';
import type { ChartSpec, FigureChartSpec } from './catalogue.ts';

export interface SourceLike {
  title: string;
  url: string;
  publisher: string;
}
interface TextLike {
  en: string;
  fr?: string | undefined;
}
export interface FigureLike {
  id: string;
  label: TextLike;
  scope: string;
  unit: string;
  values: readonly {
    as_of: string;
    value: number;
    qualifier: Qualifier;
    note?: TextLike | undefined;
    source?: SourceLike | undefined;
  }[];
  note?: TextLike | undefined;
  source?: SourceLike | undefined;
}

/** One value a chart draws: a dated value of a series, in a category. */
export interface ChartRow {
  /** The series it belongs to: a figure id, or the counted chart's id. */
  series: string;
  /** The category (bar) it is drawn in: a figure id, a department code, a kind... or its as_of for dated bars. */
  category: string;
  as_of: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** The source's note on the value, in English (the CSV is English; the page shows the locale's). */
  note: TextLike | undefined;
  source: SourceLike | undefined;
}

export interface PreparedChart {
  spec: ChartSpec;
  /** The figures the chart reads that exist in content, in the spec's order. */
  figures: FigureLike[];
  rows: ChartRow[];
}

/** A dated value of a figure as a chart row. */
function rowOf(figure: FigureLike, v: FigureLike['values'][number], category: string): ChartRow {
  return {
    series: figure.id,
    category,
    as_of: v.as_of,
    value: v.value,
    qualifier: v.qualifier,
    unit: figure.unit,
    note: v.note,
    source: v.source ?? figure.source,
  };
}

/**
 * The rows a figure chart draws, or undefined when content has none of its
 * series (or, for a part-of-whole chart, not its total).
 */
export function prepareChart(spec: FigureChartSpec, all: readonly FigureLike[]): PreparedChart | undefined {
  const figures = spec.figures
    .map((id) => all.find((f) => f.id === id))
    .filter((f): f is FigureLike => f !== undefined);
  if (figures.length === 0) return undefined;
  if (spec.kind === 'part' && figures[0]?.id !== spec.figures[0]) return undefined;
  let rows: ChartRow[];
  switch (spec.kind) {
    case 'time':
    case 'part':
      rows = figures.flatMap((f) => chronological(f.values).map((v) => rowOf(f, v, '')));
      break;
    case 'bars-by-date':
      rows = figures.flatMap((f) => chronological(f.values).map((v) => rowOf(f, v, v.as_of)));
      break;
    case 'bars':
    case 'numbers':
      rows = figures.map((f) => rowOf(f, latest(f.values), f.id));
      break;
  }
  return { spec, figures, rows };
}

/** One count of the directory: how many organizations fall in a category. */
export interface Count {
  key: string;
  value: number;
}

/** The rows of a chart counted from the directory, dated the day of the build. */
export function prepareCounts(
  spec: ChartSpec,
  counts: readonly Count[],
  asOf: string,
  source: SourceLike,
): PreparedChart {
  return {
    spec,
    figures: [],
    rows: counts.map((c) => ({
      series: spec.id,
      category: c.key,
      as_of: asOf,
      value: c.value,
      qualifier: 'exact',
      unit: 'organizations',
      note: undefined,
      source,
    })),
  };
}

/** The distinct sources of a chart's rows, each with the "as of" dates of the values it gave. */
export function sourcesOf(rows: readonly ChartRow[]): { source: SourceLike; dates: string[] }[] {
  const out = new Map<string, { source: SourceLike; dates: string[] }>();
  for (const r of rows) {
    if (!r.source) continue;
    const entry = out.get(r.source.url) ?? { source: r.source, dates: [] };
    if (!entry.dates.includes(r.as_of)) entry.dates.push(r.as_of);
    out.set(r.source.url, entry);
  }
  return [...out.values()];
}

/** The most recent "as of" date among a chart's rows. */
export function latestAsOf(rows: readonly ChartRow[]): string {
  return (
    rows
      .map((r) => r.as_of)
      .sort((a, b) => a.localeCompare(b))
      .at(-1) ?? ''
  );
}
