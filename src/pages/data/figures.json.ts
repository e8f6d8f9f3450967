/**
 * /data/figures.json: the whole figure set in one file: every series from
 * content with its values and sources, and every chart's drawn rows
 * (including the counts computed from the directory).
 */
import type { APIRoute } from 'astro';
import { BUILD_DATE, loadCharts } from '../../data/charts.ts';
import { loadFigures } from '../../data/content.ts';

export const GET: APIRoute = async () => {
  const figures = (await loadFigures()).map((f) => {
    // $schema only helps editors' completion; it is not part of the data.
    const data: Partial<typeof f.data> = { ...f.data };
    delete data.$schema;
    return data;
  });
  const charts = (await loadCharts('en')).map((m) => ({
    id: m.id,
    name: m.name,
    title: m.title,
    figures: m.figureIds,
    csv: m.csvPath,
    svg: m.svgPath,
    rows: m.prepared.rows,
  }));
  return new Response(JSON.stringify({ generated: BUILD_DATE, figures, charts }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
