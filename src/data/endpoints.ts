/**
 * The data files whose text depends on the language (site labels in the map's
 * points, chart titles and legends), made once per locale: the English files
 * live under /data/, the French ones under /fr/data/. Route files only pick
 * the locale.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../model/constants.ts';
import { chartCsv } from '../charts/csv.ts';
import { loadCharts } from './charts.ts';
import { loadMapSites } from './map.ts';

/** /data/map-sites.geojson: every site as a point, fetched by the interactive map when it starts. */
export function mapSitesEndpoint(locale: Locale): APIRoute {
  return async () =>
    new Response(JSON.stringify(await loadMapSites(locale)), {
      headers: { 'content-type': 'application/geo+json' },
    });
}

/** getStaticPaths for the per-chart files: one path per chart, with its model. */
export function chartPaths(locale: Locale): GetStaticPaths {
  return async () => (await loadCharts(locale)).map((model) => ({ params: { id: model.id }, props: { model } }));
}

type ChartProps = { model: Awaited<ReturnType<typeof loadCharts>>[number] };

/** /data/charts/<id>.svg: a chart as a standalone SVG file, the same markup the page shows. */
export const chartSvg: APIRoute<ChartProps> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.model.svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  });

/** /data/charts/<id>.csv: the values a chart draws, one line per value, with source and date. */
export const chartCsvFile: APIRoute<ChartProps> = ({ props }) =>
  new Response(chartCsv(props.model.prepared.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
