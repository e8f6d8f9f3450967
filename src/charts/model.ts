/**
 * Everything a chart block of the key-figures page shows, built from content:
 * the finding as its title (worded from the data, never typed in), units,
 * sources with dates, the data table, notes, download paths and the SVG.
 * Every chart is built the same way; what differs by kind is in its module
 * (src/charts/kinds/). Pure given its inputs, so it is unit-tested without a build.
 */
import type { Locale } from '../model/constants.ts';
import { formatAsOf, formatValue } from '../i18n/format.ts';
import { localizePath, t, type UiKey } from '../i18n/index.ts';
import { localText } from '../util/text.ts';
import { CHARTS, type ChartSection, type ChartSpec } from './catalogue.ts';
import type { ChartInputs } from './inputs.ts';
import { kindOf } from './kinds/registry.ts';
import { narrowChart } from './narrow.ts';
import { figureLabelOf } from './labels.ts';
import { latestAsOf, sourcesOf, type ChartRow, type PreparedChart, type SourceLike } from './prepare.ts';
import { subtitleOf, titleOf } from './title.ts';

export interface TableRow {
  series: string;
  category: string;
  asOf: string;
  value: string;
  note: string;
  source: SourceLike | undefined;
}

export interface ChartModel {
  id: string;
  section: ChartSection;
  /** Short name, for citations and downloads ("Members over time"). */
  name: string;
  /** The finding, worded from the data. */
  title: string;
  subtitle: string;
  svg: string;
  /** The same values drawn for a phone (src/charts/narrow.ts): the page shows it instead of the wide SVG on a narrow screen. */
  svgNarrow: string;
  prepared: PreparedChart;
  /** Figure ids drawn here, so /figures/#<figure-id> lands on this block. */
  figureIds: string[];
  table: TableRow[];
  sources: { source: SourceLike; dates: string[] }[];
  /** The latest "as of" date of the values drawn, for readers. */
  asOf: string;
  notes: { asOf: string; series: string; text: string }[];
  csvPath: string;
  svgPath: string;
  /** The chart as a 1200 px PNG with its title, sources and date inside (src/site/chart-image.ts). */
  pngPath: string;
  /** The chart alone with its title, sources and a link back, made to be framed by other sites. */
  embedPath: string;
  /** The chart's absolute address on the key-figures page (…/figures/#<id>), in its language. */
  url: string;
  citation: string;
}

/** The file paths of a chart's downloads (stable: they only depend on the chart's id). */
export const chartCsvPath = (id: string) => `/data/charts/${id}.csv`;
export const chartSvgPath = (id: string) => `/data/charts/${id}.svg`;
export const chartPngPath = (id: string) => `/data/charts/${id}.png`;
export const chartEmbedPath = (id: string) => `/embed/chart/${id}/`;

/** The chart block of one catalogue entry, or undefined when content has nothing for it to draw. */
function buildChartModel<S extends ChartSpec>(spec: S, inputs: ChartInputs, locale: Locale): ChartModel | undefined {
  const kind = kindOf(spec);
  const context = { inputs, locale };
  const prepared = kind.prepare(spec, context);
  if (!prepared) return undefined;
  const { rows } = prepared;
  const labelOf = kind.labelOf(prepared, context);
  const chartText = (name: string) => t(locale, `chart.${spec.id}.${name}` as UiKey);
  const name = chartText('name');
  const title = titleOf(spec.id, kind.titleParams(prepared, { ...context, labelOf }), locale);
  const asOf = latestAsOf(rows);
  const words = { id: `chart-${spec.id}`, title, locale, labelOf, chartText };
  const svg = kind.draw(prepared, words);
  // A row's series is its figure's label; a counted chart's rows are of no figure, so they are the chart's.
  const figureLabel = figureLabelOf(prepared.figures, locale);
  const url = new URL(`${localizePath(locale, '/figures/')}#${spec.id}`, inputs.site).href;
  const seriesLabel = (r: ChartRow) => (prepared.figures.some((f) => f.id === r.series) ? figureLabel(r) : name);
  return {
    id: spec.id,
    section: spec.section,
    name,
    title,
    subtitle: subtitleOf(spec.id, rows, locale),
    svg,
    svgNarrow: narrowChart(rows, words, { bars: spec.kind !== 'numbers' }),
    prepared,
    figureIds: prepared.figures.map((f) => f.id),
    table: rows.map((r) => ({
      series: seriesLabel(r),
      category: kind.tableCategory ? labelOf(r) : '',
      asOf: r.as_of,
      value: formatValue(r.value, r.unit, locale, r.qualifier),
      note: localText(r.note, locale),
      source: r.source,
    })),
    sources: sourcesOf(rows).map((s) => ({ source: s.source, dates: s.dates.map((d) => formatAsOf(d, locale)) })),
    asOf,
    notes: rows
      .filter((r) => r.note)
      .map((r) => ({ asOf: r.as_of, series: seriesLabel(r), text: localText(r.note, locale) })),
    csvPath: chartCsvPath(spec.id),
    svgPath: chartSvgPath(spec.id),
    pngPath: chartPngPath(spec.id),
    embedPath: chartEmbedPath(spec.id),
    url,
    citation: t(locale, 'chart.citation', {
      name,
      date: formatAsOf(asOf, locale),
      url,
      accessed: formatAsOf(inputs.buildDate, locale),
    }),
  };
}

/** Every chart of the catalogue that content has data for, in the catalogue's order. */
export function buildChartModels(inputs: ChartInputs, locale: Locale): ChartModel[] {
  return CHARTS.map((spec) => buildChartModel(spec, inputs, locale)).filter((m): m is ChartModel => m !== undefined);
}
