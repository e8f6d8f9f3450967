import { describe, expect, it } from 'vitest';
import {
  downloadName,
  recordsShown,
  shownCsv,
  shownJson,
  type OrganizationsFile,
} from '../../../src/directory/download.ts';
import { EMPTY_FILTERS } from '../../../src/map/filters.ts';
import {
  DATA_LICENCE,
  openOrganization,
  organizationsCsv,
  organizationsJson,
  type OrgSource,
} from '../../../src/open-data/organizations.ts';
import { parseCsv } from '../../../src/util/csv.ts';
import { meta } from '../open-data/fixture-meta.ts';

const org = (slug: string, name: string, extra: Partial<OrgSource> = {}) =>
  openOrganization(
    {
      slug,
      name,
      kind: 'sme',
      relation: 'member',
      areas: ['imaging'],
      fields: ['imaging software'],
      sources: ['https://example.org/a'],
      sites: [
        { label: 'Office', city: 'Évry', postcode: '91000', department: '91', lat: 48.6, lon: 2.4, precision: 'town' },
      ],
      ...extra,
    },
    {
      description_en: `${name} makes things.`,
      page_en: `https://example.org/members/${slug}/`,
      page_fr: `https://example.org/fr/members/${slug}/`,
    },
  );
const records = [
  org('agilab', 'AgiLab'),
  org('formula', '=HYPERLINK("http://evil.example","x")'),
  org('genethon', 'Généthon', { kind: 'research', sites: [] }),
  org('ipsen', 'Ipsen, Inc.'),
];
// What the browser fetches: /data/organizations.json, through JSON as the network gives it.
const file = JSON.parse(JSON.stringify(organizationsJson(records, meta))) as OrganizationsFile;

describe('recordsShown', () => {
  it('keeps the organizations shown, in the order shown, and skips slugs it does not know', () => {
    expect(recordsShown(records, ['ipsen', 'nobody', 'agilab']).map((r) => r.slug)).toEqual(['ipsen', 'agilab']);
    expect(recordsShown(records, [])).toEqual([]);
  });
});

describe('shownCsv', () => {
  it('is the open-data CSV with only the rows shown: same header, same cells, same order as shown', () => {
    const csv = shownCsv(file, ['ipsen', 'genethon']);
    expect(csv).toBe(organizationsCsv([records[3]!, records[2]!]));
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(header).toEqual(parseCsv(organizationsCsv(records).replace(/^\uFEFF/, ''))[0]);
    expect(rows.map((r) => r[0])).toEqual(['ipsen', 'genethon']);
    expect(rows[0]![1]).toBe('Ipsen, Inc.');
  });
  it('keeps the formula guard and the byte-order mark of the open-data file', () => {
    const csv = shownCsv(file, ['formula']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv.slice(1))[1]![1]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });
  it('writes only the header when nothing is shown', () => {
    expect(parseCsv(shownCsv(file, []).slice(1))).toHaveLength(1);
  });
});

describe('shownJson', () => {
  it('is the open-data JSON with only the records shown, counted, and the filtered list as its source', () => {
    const json = JSON.parse(
      shownJson(file, ['genethon', 'agilab'], 'https://example.org/members/?kind=sme'),
    ) as OrganizationsFile;
    expect(json.count).toBe(2);
    expect(json.organizations.map((o) => o.slug)).toEqual(['genethon', 'agilab']);
    expect(json.organizations[0]).toEqual(records[2]);
    expect(json.source).toBe('https://example.org/members/?kind=sme');
    expect(Object.keys(json)).toEqual(Object.keys(file));
    expect(json.licence).toEqual(DATA_LICENCE);
  });
});

describe('downloadName', () => {
  it('names the whole list plainly and a filtered one by its filters', () => {
    expect(downloadName(EMPTY_FILTERS, 'csv')).toBe('medicen-organizations.csv');
    expect(downloadName({ ...EMPTY_FILTERS, kind: 'sme', dept: '91' }, 'json')).toBe(
      'medicen-organizations-sme-91.json',
    );
  });
  it('turns a name search into a short, safe part of the name', () => {
    expect(downloadName({ ...EMPTY_FILTERS, q: 'Généthon / "Évry"' }, 'csv')).toBe(
      'medicen-organizations-genethon-evry.csv',
    );
    const long = downloadName({ ...EMPTY_FILTERS, q: 'a very long name query that goes on and on' }, 'csv');
    expect(long).toMatch(/^medicen-organizations-[a-z0-9-]{1,30}\.csv$/);
    expect(long).not.toMatch(/-\.csv$/);
  });
});
