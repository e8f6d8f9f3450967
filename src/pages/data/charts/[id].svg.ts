/** /data/charts/<id>.svg: a chart as a standalone SVG file, the same markup the page shows. */
import type { APIRoute } from 'astro';
import { loadCharts } from '../../../data/charts.ts';

export async function getStaticPaths() {
  return (await loadCharts('en')).map((model) => ({ params: { id: model.id }, props: { svg: model.svg } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, {
    headers: { 'content-type': 'image/svg+xml' },
  });
