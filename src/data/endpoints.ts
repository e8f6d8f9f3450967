/**
 * The data files whose text depends on the language (site labels in the map's
 * points, chart titles and legends), made once per locale: the English files
 * live under /data/, the French ones under /fr/data/. Route files in
 * src/pages/[...locale]/data/ only pick the paths.
 */
import type { APIRoute } from 'astro';
import type { Locale } from '../model/constants.ts';
import { chartCsv } from '../charts/csv.ts';
import { renderChartImage } from '../site/chart-image-png.ts';
import { loadCharts } from './charts.ts';
import { loadMapSites } from './map.ts';
import { localePaths } from './paths.ts';

/** /data/map-sites.geojson: every site as a point, fetched by the interactive map when it starts. */
export const mapSitesFile: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(await loadMapSites(props.locale)), {
    headers: { 'content-type': 'application/geo+json' },
  });

/** getStaticPaths for the per-chart files: one path per chart and locale, with its model. */
export async function chartPaths() {
  const perLocale = await Promise.all(
    localePaths().map(async ({ params, props }) =>
      (await loadCharts(props.locale)).map((model) => ({
        params: { ...params, id: model.id },
        props: { model, locale: props.locale },
      })),
    ),
  );
  return perLocale.flat();
}

type ChartProps = { model: Awaited<ReturnType<typeof loadCharts>>[number]; locale: Locale };

/** /data/charts/<id>.svg: a chart as a standalone SVG file, the same markup the page shows. */
export const chartSvg: APIRoute<ChartProps> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.model.svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  });

/** /data/charts/<id>.csv: the values a chart draws, one line per value, with source and date. */
export const chartCsvFile: APIRoute<ChartProps> = ({ props }) =>
  new Response(chartCsv(props.model.prepared.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

/** /data/charts/<id>.png: a chart as a 1200 px picture with its title, sources and date inside. */
export const chartPngFile: APIRoute<ChartProps> = async ({ props }) =>
  new Response(new Uint8Array(await renderChartImage(props.model, props.locale)), {
    headers: { 'content-type': 'image/png' },
  });
