import { describe, expect, it } from 'vitest';
import {
  concernsDepartment,
  departmentProfiles,
  largestFirst,
  townCounts,
} from '../../../src/model/department-profile.ts';
import { groupByPlacement } from '../../../src/model/directory.ts';

const site = (department: string, city: string, postcode?: string) => ({ department, city, postcode });
const org = (slug: string, kind: string, relation: string, areas: string[], sites: ReturnType<typeof site>[]) => ({
  slug,
  name: slug,
  kind,
  relation,
  areas,
  sites,
});

const AREAS = ['digital-health', 'imaging', 'diagnostics'];
const orgs = [
  org(
    'sanofi',
    'large-company',
    'member',
    ['digital-health', 'imaging'],
    [
      site('75', 'Paris', '75008'),
      site('91', 'Chilly-Mazarin', '91380'),
      site('91', 'Chilly-Mazarin', '91380'),
      site('94', 'Vitry-sur-Seine', '94400'),
    ],
  ),
  org('genethon', 'research', 'member', ['diagnostics'], [site('91', 'Évry-Courcouronnes', '91000')]),
  org('genopole', 'cluster', 'partner', ['diagnostics', 'diagnostics'], [site('91', 'Evry-Courcouronnes', '91000')]),
  org('curie', 'research', 'member', ['imaging'], [site('75', 'Paris', '75005'), site('75', 'Paris', '75013')]),
  org('pasteur', 'research', 'member', [], [site('75', 'Paris')]),
  org('inserm', 'research', 'member', [], [site('75', 'Paris')]),
  org('evolucare', 'sme', 'member', ['digital-health'], [site('80', 'Villers-Bretonneux', '80800')]),
  org('agilab', 'startup', 'member', ['digital-health'], []),
];
const profiles = departmentProfiles(orgs, AREAS);
const value = (tallies: { key: string; value: number }[], key: string) => tallies.find((t) => t.key === key)?.value;

describe('departmentProfiles', () => {
  it('counts an organization once in every department where it has a site, as the directory does', () => {
    const groups = groupByPlacement(orgs);
    for (const [code, profile] of Object.entries(profiles)) {
      expect(profile.total, code).toBe(groups.present[code as keyof typeof groups.present].length);
    }
    expect(profiles['91'].total).toBe(3);
    expect(profiles['75'].total).toBe(4);
    expect(profiles['77'].total).toBe(0);
  });

  it('counts kinds and relations over the whole vocabulary, zeros included, adding up to the total', () => {
    const p = profiles['91'];
    expect(value(p.byKind, 'large-company')).toBe(1);
    expect(value(p.byKind, 'research')).toBe(1);
    expect(value(p.byKind, 'cluster')).toBe(1);
    expect(value(p.byKind, 'sme')).toBe(0);
    expect(p.byKind.reduce((s, k) => s + k.value, 0)).toBe(p.total);
    expect(p.byRelation).toEqual([
      { key: 'member', value: 2 },
      { key: 'partner', value: 1 },
    ]);
  });

  it('counts areas in the given order, an organization once per area it names', () => {
    expect(profiles['91'].byArea).toEqual([
      { key: 'digital-health', value: 1 },
      { key: 'imaging', value: 1 },
      { key: 'diagnostics', value: 2 },
    ]);
    expect(profiles['75'].byArea.map((a) => a.value)).toEqual([1, 2, 0]);
  });

  it('counts towns by organization, accents and case ignored, the most first', () => {
    expect(profiles['91'].towns).toEqual([
      { name: 'Évry-Courcouronnes', count: 2 },
      { name: 'Chilly-Mazarin', count: 1 },
    ]);
    expect(profiles['94'].towns).toEqual([{ name: 'Vitry-sur-Seine', count: 1 }]);
    expect(profiles['77'].towns).toEqual([]);
  });

  it('names the postcodes of a department whose organizations are all in one town, unknown postcodes last', () => {
    expect(profiles['75'].towns).toEqual([
      { name: 'Paris', postcode: '75005', count: 1 },
      { name: 'Paris', postcode: '75008', count: 1 },
      { name: 'Paris', postcode: '75013', count: 1 },
      { name: 'Paris', postcode: '', count: 2 },
    ]);
  });
});

describe('townCounts', () => {
  it('keeps one town when every site shares its postcode too', () => {
    expect(townCounts([[{ city: 'Buc', postcode: '78530' }], [{ city: 'buc', postcode: '78530' }]])).toEqual([
      { name: 'Buc', count: 2 },
    ]);
  });
});

describe('largestFirst', () => {
  it('keeps the categories with organizations, the most first, ties in the given order', () => {
    const tallies = [
      { key: 'a', value: 1 },
      { key: 'b', value: 0 },
      { key: 'c', value: 3 },
      { key: 'd', value: 1 },
    ];
    expect(largestFirst(tallies).map((t) => t.key)).toEqual(['c', 'a', 'd']);
  });
});

describe('concernsDepartment', () => {
  const essonne = { code: '91', name: 'Essonne' };
  it('recognizes a scope naming the department, not the region or another department', () => {
    for (const scope of ['Essonne', 'essonne', '91', 'Essonne (91)'])
      expect(concernsDepartment(scope, essonne)).toBe(true);
    for (const scope of ['Paris Region', 'Medicen', 'Val-de-Marne', '94', 'Essonne and Paris'])
      expect(concernsDepartment(scope, essonne)).toBe(false);
  });
});
