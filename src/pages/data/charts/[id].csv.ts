/** /data/charts/<id>.csv: the values a chart draws, one line per value, with source and date. */
import type { APIRoute } from 'astro';
import { loadCharts } from '../../../data/charts.ts';
import { chartCsv } from '../../../lib/csv.ts';

export async function getStaticPaths() {
  return (await loadCharts('en')).map((model) => ({ params: { id: model.id }, props: { rows: model.prepared.rows } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
