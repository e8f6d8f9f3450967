import { describe, expect, it } from 'vitest';
import { buildMapSites, homeOf, type OrgInput } from '../../../src/map/sites.ts';

const site = (department: string, label = 'Head office', lon = 2.3, lat = 48.8) => ({
  label,
  city: 'Somewhere',
  department,
  lat,
  lon,
  precision: 'town' as const,
});
const org = (slug: string, sites: OrgInput['sites'], extra: Partial<OrgInput> = {}): OrgInput => ({
  slug,
  name: slug.toUpperCase(),
  kind: 'sme',
  relation: 'member',
  areas: ['imaging'],
  sites,
  ...extra,
});

describe('buildMapSites', () => {
  const orgs = [
    org('multi', [site('75', 'Head office', 2.35, 48.85), site('91', 'Lab', 2.44, 48.62)]),
    org('outside', [site('80', 'Plant', 2.52, 49.87)]),
    org('nowhere', []),
    org('abroad-first', [site('69'), site('93', 'Branch', 2.45, 48.9)]),
  ];
  const out = buildMapSites(orgs);

  it('makes one point per site, an organization with several sites several points', () => {
    expect(out.features).toHaveLength(5);
    expect(out.features.filter((f) => f.properties.slug === 'multi').map((f) => f.properties.label)).toEqual([
      'Head office',
      'Lab',
    ]);
  });
  it('gives points stable ids that are their positions', () => {
    expect(out.features.map((f) => f.id)).toEqual([0, 1, 2, 3, 4]);
  });
  it('puts coordinates in GeoJSON order, longitude first', () => {
    expect(out.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [2.44, 48.62] });
  });
  it('carries what the filters and the popup need', () => {
    expect(out.features[1]!.properties).toEqual({
      slug: 'multi',
      name: 'MULTI',
      kind: 'sme',
      relation: 'member',
      areas: ['imaging'],
      department: '91',
      home: '75',
      inRegion: true,
      site: 1,
      label: 'Lab',
      city: 'Somewhere',
      precision: 'town',
    });
  });
  it('keeps sites outside the region as points, marked as such, never dropped', () => {
    const outside = out.features.find((f) => f.properties.slug === 'outside')!;
    expect(outside.properties).toMatchObject({ inRegion: false, home: 'outside', department: '80' });
  });
  it('lists organizations with no known site separately', () => {
    expect(out.unlocated).toEqual([
      { slug: 'nowhere', name: 'NOWHERE', kind: 'sme', relation: 'member', areas: ['imaging'] },
    ]);
  });
  it('files an organization whose first site is outside under its first site in the region', () => {
    expect(homeOf(orgs[3]!)).toBe('93');
    expect(homeOf(orgs[2]!)).toBe('unknown');
  });
  it('copies names as data, whatever characters they hold', () => {
    const xss = buildMapSites([org('x', [site('75')], { name: '<img src=x onerror=alert(1)>' })]);
    expect(xss.features[0]!.properties.name).toBe('<img src=x onerror=alert(1)>');
  });
});
