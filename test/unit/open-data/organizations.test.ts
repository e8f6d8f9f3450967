import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { parseCsv } from '../../../src/util/csv.ts';
import {
  CONTENT_SCHEMAS,
  CSV_LIST_SEPARATOR,
  OPEN_FIELDS,
  openDataCounts,
  openOrganization,
  organizationsCsv,
  organizationsGeojson,
  organizationsJson,
  type OrgSource,
} from '../../../src/open-data/organizations.ts';
import { meta } from './fixture-meta.ts';

const site = (label: string, city: string, lat: number, lon: number, postcode?: string) => ({
  label,
  city,
  postcode,
  department: '91',
  lat,
  lon,
  precision: 'campus' as const,
});
const source = (slug: string, sites: OrgSource['sites'], extra: Partial<OrgSource> = {}): OrgSource => ({
  slug,
  name: slug.toUpperCase(),
  kind: 'research',
  relation: 'member',
  areas: ['imaging'],
  fields: ['gene therapy', 'rare diseases'],
  sources: ['https://example.org/a', 'https://example.org/b'],
  sites,
  ...extra,
});
const extras = (slug: string, fr?: string) => ({
  description_en: `\n${slug}: first paragraph, with a comma and "quotes".\n\nSecond paragraph.\n`,
  description_fr: fr,
  page_en: `https://example.org/members/${slug}/`,
  page_fr: `https://example.org/fr/members/${slug}/`,
});

const records = [
  openOrganization(
    source('multi', [site('Head office', 'Évry', 48.62, 2.44, '91000'), site('Lab', 'Orsay', 48.7, 2.18)], {
      website: 'https://multi.example',
    }),
    extras('multi', 'Texte en français.'),
  ),
  openOrganization(source('nowhere', [], { areas: [], fields: [] }), extras('nowhere', '  ')),
  openOrganization(source('single', [site('Office', 'Paris', 48.85, 2.35, '75013')]), extras('single')),
];

describe('openOrganization', () => {
  it('has exactly the fields the documentation lists, in its order', () => {
    const orgFields = OPEN_FIELDS.filter((f) => f.level === 'organization' && f.json !== null).map((f) => f.json);
    const siteFields = OPEN_FIELDS.filter((f) => f.level === 'site' && f.json !== null).map((f) => f.json);
    for (const r of records) expect(Object.keys(r)).toEqual([...orgFields, 'sites']);
    expect(Object.keys(records[0]!.sites[0]!).map((k) => `sites[].${k}`)).toEqual(siteFields);
  });

  it('turns missing optional values into null and trims the texts', () => {
    const [multi, nowhere, single] = records;
    expect(multi!.website).toBe('https://multi.example');
    expect(single!.website).toBeNull();
    expect(multi!.sites[1]!.postcode).toBeNull();
    expect(multi!.description_fr).toBe('Texte en français.');
    expect(nowhere!.description_fr).toBeNull();
    expect(single!.description_fr).toBeNull();
    expect(single!.description_en).toBe('single: first paragraph, with a comma and "quotes".\n\nSecond paragraph.');
  });

  it('marks as optional exactly the fields that can be null', () => {
    const nullable = new Set<string>();
    for (const r of records) {
      for (const [k, v] of Object.entries(r)) if (v === null) nullable.add(k);
      for (const s of r.sites) for (const [k, v] of Object.entries(s)) if (v === null) nullable.add(`sites[].${k}`);
    }
    const optional = OPEN_FIELDS.filter((f) => f.optional).map((f) => f.json);
    expect([...nullable].sort()).toEqual([...optional].sort());
  });
});

describe('documentation of the fields', () => {
  it('has a meaning in English and French for every field, and a label for every type', () => {
    for (const f of OPEN_FIELDS) {
      expect(en, f.id).toHaveProperty(`data.field.${f.id}`);
      expect(fr, f.id).toHaveProperty(`data.field.${f.id}`);
      expect(en, f.type).toHaveProperty(`data.type.${f.type}`);
    }
  });
  it('lists every schema file in public/schemas, and only those', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../../public/schemas')).filter((f) =>
      f.endsWith('.schema.json'),
    );
    expect(CONTENT_SCHEMAS.map((n) => `${n}.schema.json`).sort()).toEqual(files.sort());
    for (const n of CONTENT_SCHEMAS) expect(en, n).toHaveProperty(`data.schema.${n}`);
  });
});

describe('organizationsJson', () => {
  it('puts the metadata first, then the count and every record', () => {
    const doc = organizationsJson(records, meta);
    expect(Object.keys(doc).slice(0, Object.keys(meta).length)).toEqual(Object.keys(meta));
    expect(doc.count).toBe(3);
    expect(doc.organizations.map((o) => o.slug)).toEqual(['multi', 'nowhere', 'single']);
  });
});

describe('organizationsCsv', () => {
  const csv = organizationsCsv(records);
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const row = (slug: string) => Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[0] === slug)![i]]));

  it('starts with a byte-order mark so spreadsheets read UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it('has the documented columns, in order, and one row per organization', () => {
    expect(header).toEqual(OPEN_FIELDS.filter((f) => f.csv !== null).map((f) => f.csv));
    expect(rows.map((r) => r[0])).toEqual(['multi', 'nowhere', 'single']);
    for (const r of rows) expect(r).toHaveLength(header!.length);
  });
  it('keeps texts with commas, quotes and line breaks whole', () => {
    expect(row('single').description_en).toBe(records[2]!.description_en);
  });
  it('joins lists, and the sites of an organization with several, in order', () => {
    const multi = row('multi');
    expect(multi.fields).toBe(`gene therapy${CSV_LIST_SEPARATOR}rare diseases`);
    expect(multi.sources).toBe('https://example.org/a | https://example.org/b');
    expect(multi.site_count).toBe('2');
    expect(multi.site_label).toBe('Head office | Lab');
    expect(multi.site_postcode).toBe('91000 | ');
    expect(multi.site_lat).toBe('48.62 | 48.7');
    expect(multi.site_lon).toBe('2.44 | 2.18');
  });
  it('gives plain values for one site, and empty cells for none', () => {
    expect(row('single')).toMatchObject({ site_count: '1', site_city: 'Paris', site_lat: '48.85', website: '' });
    expect(row('nowhere')).toMatchObject({ site_count: '0', site_label: '', site_lat: '', areas: '' });
  });
  it('writes names a spreadsheet would run as formulas as text', () => {
    const names = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-A1', '@SUM(A1)'];
    const tricky = names.map((name, i) =>
      openOrganization(source(`f${i}`, [site('Lab', 'Orsay', 48.7, 2.18)], { name }), extras(`f${i}`)),
    );
    const [head, ...lines] = parseCsv(organizationsCsv(tricky).replace(/^\uFEFF/, ''));
    const nameAt = head!.indexOf('name');
    expect(lines.map((l) => l[nameAt])).toEqual(names.map((n) => `'${n}`));
    expect(lines.map((l) => l[head!.indexOf('site_lon')])).toEqual(names.map(() => '2.18'));
  });
  it('refuses a value that holds the list separator, which would make the cell ambiguous', () => {
    const bad = openOrganization(source('bad', [], { fields: ['a | b'] }), extras('bad'));
    expect(() => organizationsCsv([bad])).toThrow(/a \| b/);
  });
});

describe('organizationsGeojson', () => {
  const geo = organizationsGeojson(records, meta);

  it('has one point per site, longitude first, and leaves out organizations without a site', () => {
    expect(geo.features.map((f) => f.id)).toEqual(['multi/0', 'multi/1', 'single/0']);
    expect(geo.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [2.18, 48.7] });
    expect(geo.unlocated).toEqual(['nowhere']);
  });
  it('names its properties as documented, with the site’s own values', () => {
    const names = OPEN_FIELDS.filter((f) => f.geojson !== null).map((f) => f.geojson);
    const p = geo.features[1]!.properties;
    expect(Object.keys(p)).toEqual(names);
    expect(p).toMatchObject({ slug: 'multi', site_index: 1, site_label: 'Lab', site_postcode: null, site_lat: 48.7 });
    expect(p.areas).toEqual(['imaging']);
  });
  it('carries the metadata', () => {
    expect(geo).toMatchObject({ type: 'FeatureCollection', licence: meta.licence, as_of: '2025-06-01' });
  });
});

describe('openDataCounts', () => {
  it('counts organizations, sites and those without a location', () => {
    expect(openDataCounts(records)).toEqual({ organizations: 3, sites: 3, unlocated: 1 });
  });
});
