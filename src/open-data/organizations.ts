/**
 * The open-data files of the directory: /data/organizations.json, .csv and
 * .geojson. One record shape (`OpenOrganization`) is built from content; the
 * three files are derived from the same records, and the /data/ page
 * documents them from the same field list (`OPEN_FIELDS`), so the files and
 * their documentation cannot drift apart (a unit test holds the records to
 * the list).
 *
 * CSV: one row per organization, because a reader opening it in a
 * spreadsheet expects to count organizations by counting rows. Lists (areas,
 * fields, sources) and the site columns of an organization with several sites
 * hold their values in order, separated by " | "; for the one-site majority
 * the site cells are plain values. One row per site: the GeoJSON.
 *
 * GeoJSON: one Point feature per site. An organization with no known site
 * has no coordinates, so it is in the JSON and CSV files but not here.
 */
import { KINDS, PRECISIONS, RELATIONS, type Precision } from '../model/constants.ts';
import { toCsv } from '../util/csv.ts';
import { escapeForLog } from '../util/hidden-characters.ts';

/** One site of an organization, as published. */
export interface OpenSite {
  label: string;
  city: string;
  /** Null when only the town is known. */
  postcode: string | null;
  department: string;
  lat: number;
  lon: number;
  precision: Precision;
}

/** One organization, as published: every public field of its content file, plus its text and pages. */
export interface OpenOrganization {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: string[];
  fields: string[];
  website: string | null;
  description_en: string;
  description_fr: string | null;
  page_en: string;
  page_fr: string;
  sources: string[];
  sites: OpenSite[];
}

/** What a field holds, for the documentation's "type" column. */
export type FieldType = 'slug' | 'text' | 'slugs' | 'texts' | 'url' | 'urls' | 'enum' | 'number' | 'code' | 'postcode';

/** One documented field: its name in each file (null: not in that file) and its type. */
export interface OpenField {
  /** Its id: the i18n key of its meaning is `data.field.<id>`. */
  id: string;
  /** Whether it belongs to the organization or to one of its sites. */
  level: 'organization' | 'site';
  /** Its key in the record (an organization's or a site's); null for a value derived from the record. */
  key: string | null;
  json: string | null;
  csv: string | null;
  geojson: string | null;
  type: FieldType;
  /** For enums: the values it takes. */
  values?: readonly string[];
  /** Whether it may be empty (null in JSON and GeoJSON, an empty cell in CSV). */
  optional?: boolean;
}

type OrgKey = Exclude<keyof OpenOrganization, 'sites'>;

/** A field of the organization, named alike in the three files. */
const org = (key: OrgKey, type: FieldType, extra: Partial<OpenField> = {}): OpenField => ({
  id: key,
  level: 'organization',
  key,
  json: key,
  csv: key,
  geojson: key,
  type,
  ...extra,
});

/** A field of a site: nested under `sites` in JSON, prefixed with `site_` in CSV and GeoJSON. */
const site = (key: keyof OpenSite, type: FieldType, extra: Partial<OpenField> = {}): OpenField => ({
  id: `site_${key}`,
  level: 'site',
  key,
  json: `sites[].${key}`,
  csv: `site_${key}`,
  geojson: `site_${key}`,
  type,
  ...extra,
});

/** Every field of the three files, in file order. */
export const OPEN_FIELDS: readonly OpenField[] = [
  org('slug', 'slug'),
  org('name', 'text'),
  org('kind', 'enum', { values: KINDS }),
  org('relation', 'enum', { values: RELATIONS }),
  org('areas', 'slugs'),
  org('fields', 'texts'),
  org('website', 'url', { optional: true }),
  org('description_en', 'text'),
  org('description_fr', 'text', { optional: true }),
  org('page_en', 'url'),
  org('page_fr', 'url'),
  org('sources', 'urls'),
  // Derived: the JSON has the sites array itself, the GeoJSON one feature per site.
  { id: 'site_count', level: 'organization', key: null, json: null, csv: 'site_count', geojson: null, type: 'number' },
  { id: 'site_index', level: 'site', key: null, json: null, csv: null, geojson: 'site_index', type: 'number' },
  site('label', 'text'),
  site('city', 'text'),
  site('postcode', 'postcode', { optional: true }),
  site('department', 'code'),
  site('lat', 'number'),
  site('lon', 'number'),
  site('precision', 'enum', { values: PRECISIONS }),
];

/** The separator of several values in one CSV cell. */
export const CSV_LIST_SEPARATOR = ' | ';

/** The licence of the compiled data (no earlier statement existed in content/ or the README). */
export const DATA_LICENCE = {
  id: 'etalab-2.0',
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
} as const;

/** The content-file schemas published in public/schemas/ (a unit test holds this list to the folder). */
export const CONTENT_SCHEMAS = [
  'organization',
  'area',
  'story',
  'figure',
  'departments',
  'timeline',
  'cluster',
  'site',
] as const;

/** What a content file gives for one organization (the Zod output of its front matter). */
export interface OrgSource {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: readonly string[];
  fields: readonly string[];
  website?: string | undefined;
  sources: readonly string[];
  sites: readonly (Omit<OpenSite, 'postcode'> & { postcode?: string | undefined })[];
}

/** What the site adds: the page text in both languages and the page addresses. */
export interface OrgExtras {
  description_en: string;
  description_fr?: string | undefined;
  page_en: string;
  page_fr: string;
}

/** The published record of one organization; missing optional values become null. */
export function openOrganization(o: OrgSource, extras: OrgExtras): OpenOrganization {
  const fr = extras.description_fr?.trim();
  return {
    slug: o.slug,
    name: o.name,
    kind: o.kind,
    relation: o.relation,
    areas: [...o.areas],
    fields: [...o.fields],
    website: o.website ?? null,
    description_en: extras.description_en.trim(),
    description_fr: fr ? fr : null,
    page_en: extras.page_en,
    page_fr: extras.page_fr,
    sources: [...o.sources],
    sites: o.sites.map((s) => ({
      label: s.label,
      city: s.city,
      postcode: s.postcode ?? null,
      department: s.department,
      lat: s.lat,
      lon: s.lon,
      precision: s.precision,
    })),
  };
}

/** What every file says about itself. */
export interface OpenDataMeta {
  title: string;
  publisher: string;
  /** The site's home page. */
  source: string;
  /** The /data/ page. */
  documentation: string;
  licence: typeof DATA_LICENCE;
  /** Where the facts come from. */
  attribution: string;
  /** The build date, YYYY-MM-DD. */
  generated: string;
  /** The date the directory is true at: the content as it stood at the build. */
  as_of: string;
}

/** /data/organizations.json: the metadata, then every organization. */
export function organizationsJson(records: readonly OpenOrganization[], meta: OpenDataMeta) {
  return { ...meta, count: records.length, organizations: records };
}

/** A list as one CSV cell; a value holding the separator would be ambiguous, so it stops the build. */
function cell(values: readonly (string | number | null)[]): string {
  for (const v of values) {
    if (typeof v === 'string' && v.includes(CSV_LIST_SEPARATOR)) {
      throw new Error(
        `open data: "${escapeForLog(v)}" contains "${CSV_LIST_SEPARATOR}", the CSV list separator; reword it`,
      );
    }
  }
  return values.map((v) => v ?? '').join(CSV_LIST_SEPARATOR);
}

/** One CSV cell of a field for a record. */
function csvValue(r: OpenOrganization, f: OpenField): string | number {
  if (f.id === 'site_count') return r.sites.length;
  if (f.level === 'site') return cell(r.sites.map((s) => s[f.key as keyof OpenSite]));
  const v = r[f.key as OrgKey];
  return Array.isArray(v) ? cell(v) : (v ?? '');
}

const CSV_FIELDS = OPEN_FIELDS.filter((f) => f.csv !== null);

/**
 * /data/organizations.csv: RFC 4180, one row per organization. It starts with
 * a byte-order mark so that spreadsheet programs read it as UTF-8 (accents in
 * names such as Généthon) rather than guessing a local encoding.
 */
export function organizationsCsv(records: readonly OpenOrganization[]): string {
  return (
    '\uFEFF' +
    toCsv(
      CSV_FIELDS.map((f) => f.csv!),
      records.map((r) => CSV_FIELDS.map((f) => csvValue(r, f))),
    )
  );
}

/** A feature's properties: the organization's fields, then the site's, by their GeoJSON names. */
function featureProperties(r: OpenOrganization, index: number): Record<string, unknown> {
  const s = r.sites[index]!;
  const props: Record<string, unknown> = {};
  for (const f of OPEN_FIELDS) {
    if (f.geojson === null) continue;
    if (f.id === 'site_index') props[f.geojson] = index;
    else if (f.level === 'site') props[f.geojson] = s[f.key as keyof OpenSite];
    else props[f.geojson] = r[f.key as OrgKey];
  }
  return props;
}

/** /data/organizations.geojson: one Point per site; organizations without a site are left out. */
export function organizationsGeojson(records: readonly OpenOrganization[], meta: OpenDataMeta) {
  const features = records.flatMap((r) =>
    r.sites.map((s, i) => ({
      type: 'Feature' as const,
      id: `${r.slug}/${i}`,
      geometry: { type: 'Point' as const, coordinates: [s.lon, s.lat] as [number, number] },
      properties: featureProperties(r, i),
    })),
  );
  const unlocated = records.filter((r) => r.sites.length === 0).map((r) => r.slug);
  return { type: 'FeatureCollection' as const, ...meta, unlocated, features };
}

/** Counts the /data/ page states: organizations, sites, and organizations the GeoJSON cannot place. */
export function openDataCounts(records: readonly OpenOrganization[]) {
  return {
    organizations: records.length,
    sites: records.reduce((n, r) => n + r.sites.length, 0),
    unlocated: records.filter((r) => r.sites.length === 0).length,
  };
}
