/** /data/organizations.csv: one row per organization, for spreadsheets (see /data/). */
import type { APIRoute } from 'astro';
import { loadOpenOrganizations } from '../../data/open-organizations.ts';
import { organizationsCsv } from '../../open-data/organizations.ts';

export const GET: APIRoute = async () =>
  new Response(organizationsCsv(await loadOpenOrganizations()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
