/** /data/map-sites.geojson: every site as a point, fetched by the interactive map when it starts. */
import type { APIRoute } from 'astro';
import { loadMapSites } from '../../data/map.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadMapSites()), { headers: { 'content-type': 'application/geo+json' } });
