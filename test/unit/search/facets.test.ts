import { describe, expect, it } from 'vitest';
import { filterPairs, organizationFilters, storyFilters } from '../../../src/search/facets.ts';

const site = (department: string) => ({ department });

describe('organizationFilters', () => {
  it('files an organization under its kind, relation, areas and region departments', () => {
    const filters = organizationFilters({
      kind: 'research',
      relation: 'member',
      areas: ['imaging', 'digital-health', 'imaging'],
      sites: [site('91'), site('75'), site('91')],
    });
    expect(filters).toEqual({
      type: ['organization'],
      kind: ['research'],
      relation: ['member'],
      area: ['digital-health', 'imaging'],
      dept: ['75', '91'],
    });
  });

  it('leaves out departments outside the Paris Region, and has none when the location is unknown', () => {
    expect(
      organizationFilters({ kind: 'sme', relation: 'partner', areas: [], sites: [site('69'), site('92')] }).dept,
    ).toEqual(['92']);
    expect(organizationFilters({ kind: 'sme', relation: 'partner', areas: [], sites: [] }).dept).toEqual([]);
  });
});

describe('storyFilters and filterPairs', () => {
  it('files a story under its areas', () => {
    expect(storyFilters({ areas: ['imaging'] })).toEqual({ type: ['story'], area: ['imaging'] });
  });

  it('lists one pair per value', () => {
    expect(filterPairs({ type: ['story'], area: ['a', 'b'], dept: [] })).toEqual([
      ['type', 'story'],
      ['area', 'a'],
      ['area', 'b'],
    ]);
  });
});
