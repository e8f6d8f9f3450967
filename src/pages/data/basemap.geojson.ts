/** /data/basemap.geojson: the embedded basemap (department and region outlines, label points). */
import type { APIRoute } from 'astro';
import { basemap } from '../../data/map.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(basemap), { headers: { 'content-type': 'application/geo+json' } });
