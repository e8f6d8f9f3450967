/**
 * "Download this list" on the directory: the organizations it shows, as the
 * same CSV and JSON files as /data/organizations.csv and .json, with the same
 * records, the same fields and the same CSV writer (byte-order mark, formula
 * guard), holding only the organizations shown, in the order shown. The
 * browser builds them from /data/organizations.json, so a filtered download
 * and the open-data file cannot disagree.
 */
import {
  organizationsCsv,
  organizationsJson,
  type OpenDataMeta,
  type OpenOrganization,
} from '../open-data/organizations.ts';
import { slugify } from '../util/text.ts';
import type { FilterState } from '../map/filters.ts';

/** /data/organizations.json as the build writes it. */
export interface OrganizationsFile extends OpenDataMeta {
  count: number;
  organizations: OpenOrganization[];
}

/** The records of the organizations shown, in the order given; a slug with no record is skipped. */
export function recordsShown(records: readonly OpenOrganization[], slugs: readonly string[]): OpenOrganization[] {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

/** The CSV of the organizations shown: /data/organizations.csv with only their rows. */
export function shownCsv(file: OrganizationsFile, slugs: readonly string[]): string {
  return organizationsCsv(recordsShown(file.organizations, slugs));
}

/**
 * The JSON of the organizations shown: /data/organizations.json with only their records, and
 * `source` naming the filtered list they come from.
 */
export function shownJson(file: OrganizationsFile, slugs: readonly string[], source: string): string {
  const meta: OpenDataMeta = {
    title: file.title,
    publisher: file.publisher,
    source,
    documentation: file.documentation,
    licence: file.licence,
    attribution: file.attribution,
    generated: file.generated,
    as_of: file.as_of,
  };
  return JSON.stringify(organizationsJson(recordsShown(file.organizations, slugs), meta), null, 2);
}

/** The longest file name part a name query adds. */
const MAX_QUERY_PART = 30;

/**
 * The name of a downloaded list: "medicen-organizations.csv" for everything,
 * "medicen-organizations-sme-91.csv" with filters, in the URL's order.
 */
export function downloadName(state: FilterState, extension: 'csv' | 'json'): string {
  const query = slugify(state.q).slice(0, MAX_QUERY_PART).replace(/-+$/, '');
  const parts = [state.kind, state.relation, state.area, state.dept, query].filter(Boolean);
  return `${['medicen-organizations', ...parts].join('-')}.${extension}`;
}
