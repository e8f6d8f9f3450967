/** /data/organizations.json: every organization with its sites, text, pages and sources (see /data/). */
import type { APIRoute } from 'astro';
import { loadOpenOrganizations, openDataMeta } from '../../data/open-organizations.ts';
import { organizationsJson } from '../../open-data/organizations.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(organizationsJson(await loadOpenOrganizations(), openDataMeta()), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
