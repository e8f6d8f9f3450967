import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  filterOrgs,
  filterSites,
  isFiltering,
  parseFilters,
  parseSort,
  serializeDirectory,
  serializeFilters,
  sortOrgs,
  type FilterState,
  type SortKey,
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

describe('the directory order (sort), which only the directory reads', () => {
  it('reads the order from the query string, the default for anything unknown', () => {
    expect(parseSort('?sort=kind')).toBe('kind');
    expect(parseSort(new URLSearchParams('dept=91&sort=dept'))).toBe('dept');
    expect(parseSort('?sort=price')).toBe('name');
    expect(parseSort('')).toBe('name');
  });
  it('is not a filter: the map reads the same address without it', () => {
    expect(parseFilters('?kind=sme&sort=dept', vocab)).toEqual({ ...EMPTY_FILTERS, kind: 'sme' });
  });
  it('writes the filters in the map format, then the order unless it is the default, never the choropleth', () => {
    const state = { ...EMPTY_FILTERS, kind: 'sme', dept: '91', choropleth: true };
    expect(serializeDirectory(state)).toBe('?kind=sme&dept=91');
    expect(serializeDirectory(state, 'name')).toBe('?kind=sme&dept=91');
    expect(serializeDirectory(state, 'dept')).toBe('?kind=sme&dept=91&sort=dept');
    expect(serializeDirectory(EMPTY_FILTERS, 'kind')).toBe('?sort=kind');
    expect(serializeDirectory(EMPTY_FILTERS)).toBe('');
  });
  it('round-trips a directory address', () => {
    const query = serializeDirectory({ ...EMPTY_FILTERS, area: 'imaging', q: 'Institut Pasteur' }, 'kind');
    expect(parseFilters(query, vocab)).toEqual({ ...EMPTY_FILTERS, area: 'imaging', q: 'Institut Pasteur' });
    expect(parseSort(query)).toBe('kind');
  });
});

describe('sortOrgs', () => {
  // Given in name order, as the directory lists them.
  const list = [
    { name: 'AgiLab', kind: 'sme', home: 'unknown' },
    { name: 'Evolucare', kind: 'sme', home: 'outside' },
    { name: 'Généthon', kind: 'research', home: '91' },
    { name: 'Institut Pasteur', kind: 'research', home: '75' },
    { name: 'Ipsen', kind: 'large-company', home: '92' },
    { name: 'Sanofi', kind: 'large-company', home: '75' },
  ];
  const order = (sort: SortKey) => sortOrgs(list, sort).map((o) => o.name);
  it('keeps the name order for "name", without changing its input', () => {
    const copy = [...list];
    expect(order('name')).toEqual(list.map((o) => o.name));
    expect(list).toEqual(copy);
  });
  it('orders by kind in the kind filter’s order, by name within a kind', () => {
    expect(order('kind')).toEqual(['Ipsen', 'Sanofi', 'AgiLab', 'Evolucare', 'Généthon', 'Institut Pasteur']);
  });
  it('orders by home department: the region in code order, then outside, then unknown', () => {
    expect(order('dept')).toEqual(['Institut Pasteur', 'Sanofi', 'Généthon', 'Ipsen', 'Evolucare', 'AgiLab']);
  });
  it('puts values it does not know last rather than failing', () => {
    expect(sortOrgs([{ name: 'X', kind: 'bakery', home: '?' }, ...list], 'kind').at(-1)!.name).toBe('X');
    expect(sortOrgs([{ name: 'X', kind: 'sme', home: '80' }, ...list], 'dept').at(-1)!.name).toBe('X');
  });
});
