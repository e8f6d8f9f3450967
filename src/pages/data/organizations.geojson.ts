/** /data/organizations.geojson: one point per site of every organization, for maps (see /data/). */
import type { APIRoute } from 'astro';
import { loadOpenOrganizations, openDataMeta } from '../../data/open-organizations.ts';
import { organizationsGeojson } from '../../open-data/organizations.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(organizationsGeojson(await loadOpenOrganizations(), openDataMeta()), null, 2), {
    headers: { 'content-type': 'application/geo+json' },
  });
