import { describe, expect, it } from 'vitest';
import { countBy, departmentsOf, groupByPlacement, inArea, placementOf } from '../../../src/model/directory.ts';

const site = (department: string) => ({ department });
const org = (slug: string, name: string, departments: string[], areas: string[] = [], kind = 'sme') => ({
  slug,
  name,
  kind,
  areas,
  sites: departments.map(site),
});

describe('placementOf', () => {
  it('files an organization under its first site in the region', () => {
    expect(placementOf(org('a', 'A', ['91', '94']))).toEqual({ type: 'department', code: '91' });
    expect(placementOf(org('b', 'B', ['80', '75']))).toEqual({ type: 'department', code: '75' });
  });
  it('says outside the region, or unknown when there is no site', () => {
    expect(placementOf(org('c', 'C', ['80']))).toEqual({ type: 'outside' });
    expect(placementOf(org('d', 'D', []))).toEqual({ type: 'unknown' });
  });
});

describe('groupByPlacement', () => {
  const orgs = [
    org('sanofi', 'Sanofi', ['75', '91', '94']),
    org('genethon', 'Généthon', ['91']),
    org('evolucare', 'Evolucare', ['80']),
    org('agilab', 'AgiLab', []),
    org('ab', 'ABCell-Bio', ['75']),
  ];
  const groups = groupByPlacement(orgs);

  it('puts each organization in exactly one group, so the groups add up to the total', () => {
    const total =
      Object.values(groups.byDepartment).reduce((n, list) => n + list.length, 0) +
      groups.outside.length +
      groups.unknown.length;
    expect(total).toBe(orgs.length);
  });
  it('sorts by name ignoring accents and case', () => {
    expect(groups.byDepartment['75'].map((o) => o.slug)).toEqual(['ab', 'sanofi']);
  });
  it('lists other sites as "also present" without counting them twice', () => {
    expect(groups.byDepartment['91'].map((o) => o.slug)).toEqual(['genethon']);
    expect(groups.alsoIn['91'].map((o) => o.slug)).toEqual(['sanofi']);
    expect(groups.alsoIn['94'].map((o) => o.slug)).toEqual(['sanofi']);
  });
  it('counts an organization in every department where it has a site (present)', () => {
    expect(groups.present['91'].map((o) => o.slug)).toEqual(['genethon', 'sanofi']);
    expect(groups.present['75'].map((o) => o.slug)).toEqual(['ab', 'sanofi']);
    expect(groups.present['94'].map((o) => o.slug)).toEqual(['sanofi']);
    expect(groups.present['80' as '75']).toBeUndefined();
    expect(departmentsOf({ sites: [{ department: '91' }, { department: '80' }, { department: '91' }] })).toEqual([
      '91',
    ]);
  });
  it('keeps outside and unknown organizations', () => {
    expect(groups.outside.map((o) => o.slug)).toEqual(['evolucare']);
    expect(groups.unknown.map((o) => o.slug)).toEqual(['agilab']);
  });
});

describe('inArea and countBy', () => {
  const orgs = [
    org('a', 'B org', ['75'], ['imaging', 'digital-health']),
    org('b', 'A org', ['75'], ['imaging'], 'startup'),
  ];
  it('lists the organizations of an area by name', () => {
    expect(inArea(orgs, 'imaging').map((o) => o.slug)).toEqual(['b', 'a']);
    expect(inArea(orgs, 'digital-health').map((o) => o.slug)).toEqual(['a']);
  });
  it('counts each organization once per key', () => {
    expect(countBy(orgs, (o) => o.areas)).toEqual(
      new Map([
        ['imaging', 2],
        ['digital-health', 1],
      ]),
    );
    expect(countBy(orgs, (o) => [o.kind]).get('startup')).toBe(1);
  });
});
