/**
 * The rows a chart draws and its CSV file lists, and the helpers each chart
 * kind (src/charts/kinds/) prepares them with: the rows a chart draws are
 * exactly the rows its CSV lists, by construction (both are made from the
 * kind's `prepare` output, and a test checks it).
 */
import type { Qualifier } from '../model/constants.ts';
import { chronological, latest } from '../model/figures.ts';
import type { ChartSpec } from './catalogue.ts';

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

export interface PreparedChart<S extends ChartSpec = ChartSpec> {
  spec: S;
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

/** The figures of `ids` that exist in content, in the order of `ids`. */
export function figuresIn(ids: readonly string[], all: readonly FigureLike[]): FigureLike[] {
  return ids.map((id) => all.find((f) => f.id === id)).filter((f): f is FigureLike => f !== undefined);
}

/** Every dated value of each figure, oldest first; `dateAsCategory` makes each date a category (a bar per date). */
export function datedRows(figures: readonly FigureLike[], dateAsCategory = false): ChartRow[] {
  return figures.flatMap((f) => chronological(f.values).map((v) => rowOf(f, v, dateAsCategory ? v.as_of : '')));
}

/** The latest value of each figure, the figure being its category. */
export function latestRows(figures: readonly FigureLike[]): ChartRow[] {
  return figures.map((f) => rowOf(f, latest(f.values), f.id));
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
