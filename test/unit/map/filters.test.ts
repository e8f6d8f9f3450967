import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filterOrgs,
  filterSites,
  isFiltering,
  parseFilters,
  serializeFilters,
  type FilterState,
} from '../../../src/map/filters.ts';

const vocab = { areas: ['digital-health', 'imaging'] };

describe('parseFilters', () => {
  it('reads every filter from the query string', () => {
    expect(
      parseFilters('?kind=sme&relation=partner&area=digital-health&dept=91&q=gen&layer=departments', vocab),
    ).toEqual({
      kind: 'sme',
      relation: 'partner',
      area: 'digital-health',
      dept: '91',
      q: 'gen',
      choropleth: true,
    });
  });
  it('drops values outside the vocabularies instead of matching nothing', () => {
    expect(parseFilters('?kind=bakery&area=cooking&dept=80&relation=friend&layer=tiles', vocab)).toEqual(EMPTY_FILTERS);
  });
  it('trims the name query and caps its length', () => {
    expect(parseFilters('?q=%20%20Pasteur%20', vocab).q).toBe('Pasteur');
    expect(parseFilters(`?q=${'a'.repeat(500)}`, vocab).q).toHaveLength(100);
  });
  it('accepts URLSearchParams and the vocabularies the page passes', () => {
    const params = new URLSearchParams({ kind: 'startup', area: 'imaging' });
    expect(parseFilters(params, { areas: ['imaging'], kinds: ['sme'] })).toMatchObject({ kind: '', area: 'imaging' });
  });
});

describe('serializeFilters', () => {
  it('writes nothing for no filter', () => {
    expect(serializeFilters(EMPTY_FILTERS)).toBe('');
  });
  it('writes the filters in a fixed order, the way the issue shares them', () => {
    expect(serializeFilters({ ...EMPTY_FILTERS, dept: '91', area: 'digital-health' })).toBe(
      '?area=digital-health&dept=91',
    );
  });
  it('round-trips through parseFilters, text with accents and symbols included', () => {
    const state: FilterState = {
      kind: 'research',
      relation: 'member',
      area: 'imaging',
      dept: '75',
      q: 'Généthon & <co>',
      choropleth: true,
    };
    expect(parseFilters(serializeFilters(state), vocab)).toEqual(state);
  });
  it('says whether anything narrows the list (the choropleth toggle does not)', () => {
    expect(isFiltering({ ...EMPTY_FILTERS, choropleth: true })).toBe(false);
    expect(isFiltering({ ...EMPTY_FILTERS, q: 'x' })).toBe(true);
  });
});

const orgs = [
  { name: 'Généthon', kind: 'research', relation: 'member', areas: ['imaging'], departments: ['91'] },
  { name: 'Ipsen', kind: 'large-company', relation: 'member', areas: ['digital-health'], departments: ['92', '91'] },
  { name: 'AgiLab', kind: 'sme', relation: 'partner', areas: [], departments: [] },
  { name: 'Evolucare', kind: 'sme', relation: 'member', areas: ['digital-health'], departments: ['80'] },
];
const sites = orgs.flatMap((o) => o.departments.map((department) => ({ ...o, department })));
const names = (list: { name: string }[]) => list.map((o) => o.name);

describe('filterOrgs and filterSites', () => {
  it('keeps everything with no filter', () => {
    expect(filterOrgs(orgs, EMPTY_FILTERS)).toHaveLength(4);
    expect(filterSites(sites, EMPTY_FILTERS)).toHaveLength(4);
  });
  it('filters by kind, relation and area', () => {
    expect(names(filterOrgs(orgs, { ...EMPTY_FILTERS, kind: 'sme' }))).toEqual(['AgiLab', 'Evolucare']);
    expect(names(filterOrgs(orgs, { ...EMPTY_FILTERS, relation: 'partner' }))).toEqual(['AgiLab']);
    expect(names(filterOrgs(orgs, { ...EMPTY_FILTERS, area: 'digital-health' }))).toEqual(['Ipsen', 'Evolucare']);
  });
  it('matches names ignoring accents and case', () => {
    expect(names(filterOrgs(orgs, { ...EMPTY_FILTERS, q: 'GENE' }))).toEqual(['Généthon']);
    expect(names(filterSites(sites, { ...EMPTY_FILTERS, q: 'généth' }))).toEqual(['Généthon']);
  });
  it('lists an organization under a department filter when one of its sites is there, and maps only those sites', () => {
    const state = { ...EMPTY_FILTERS, dept: '91' };
    expect(names(filterOrgs(orgs, state))).toEqual(['Généthon', 'Ipsen']);
    expect(filterSites(sites, state).map((s) => `${s.name}@${s.department}`)).toEqual(['Généthon@91', 'Ipsen@91']);
  });
  it('keeps the list and the map in step: an org is listed iff it has a point, unless it has no site at all', () => {
    const states: FilterState[] = [
      EMPTY_FILTERS,
      { ...EMPTY_FILTERS, dept: '92' },
      { ...EMPTY_FILTERS, kind: 'sme' },
      { ...EMPTY_FILTERS, area: 'digital-health', dept: '91' },
      { ...EMPTY_FILTERS, q: 'zzz' },
    ];
    for (const state of states) {
      const mapped = new Set(filterSites(sites, state).map((s) => s.name));
      const listed = filterOrgs(orgs, state).filter((o) => o.departments.length > 0);
      expect(new Set(names(listed))).toEqual(mapped);
    }
  });
});
