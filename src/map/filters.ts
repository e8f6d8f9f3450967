/**
 * The filters of the map and of the directory, and their place in the URL.
 * One state, read from and written to the query string
 * (/map/?area=digital-health&dept=91, /members/?area=digital-health&dept=91),
 * so that a filtered view can be shared, the back button works, and the map
 * and the directory link to each other with the same filters; the same
 * functions filter the map's points, its list and the directory, so they
 * always agree. The directory adds an order (`sort`), which the map ignores;
 * the map adds its choropleth (`layer`), which the directory ignores.
 */
import { DEPARTMENT_CODES, KINDS, RELATIONS } from '../model/constants.ts';
import { foldForCompare } from '../util/text.ts';

export interface FilterState {
  kind: string;
  relation: string;
  area: string;
  dept: string;
  /** Free text matched against organization names, accents and case ignored. */
  q: string;
  /** Whether the department choropleth is shown. */
  choropleth: boolean;
}

export const EMPTY_FILTERS: FilterState = { kind: '', relation: '', area: '', dept: '', q: '', choropleth: false };

/** The values each filter accepts; anything else in a URL is ignored rather than matching nothing. */
export interface FilterVocabulary {
  areas: readonly string[];
  kinds?: readonly string[];
  relations?: readonly string[];
  departments?: readonly string[];
}

const MAX_QUERY = 100;

function pick(value: string | null, allowed: readonly string[]): string {
  return value !== null && allowed.includes(value) ? value : '';
}

/** Reads the filters from a query string ("?kind=sme&q=gen"); unknown or invalid values are dropped. */
export function parseFilters(search: string | URLSearchParams, vocab: FilterVocabulary): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    kind: pick(params.get('kind'), vocab.kinds ?? KINDS),
    relation: pick(params.get('relation'), vocab.relations ?? RELATIONS),
    area: pick(params.get('area'), vocab.areas),
    dept: pick(params.get('dept'), vocab.departments ?? DEPARTMENT_CODES),
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
    choropleth: params.get('layer') === 'departments',
  };
}

/** Writes the filters as a query string in a fixed order, "" when nothing is filtered. */
export function serializeFilters(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.kind) params.set('kind', state.kind);
  if (state.relation) params.set('relation', state.relation);
  if (state.area) params.set('area', state.area);
  if (state.dept) params.set('dept', state.dept);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.choropleth) params.set('layer', 'departments');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter narrows the organizations (the choropleth toggle does not). */
export function isFiltering(state: FilterState): boolean {
  return !!(state.kind || state.relation || state.area || state.dept || state.q.trim());
}

/** How many filters narrow the list (the choropleth toggle is not one). */
export function activeFilters(state: FilterState): number {
  return [state.q.trim(), state.kind, state.relation, state.area, state.dept].filter(Boolean).length;
}

interface Described {
  name: string;
  kind: string;
  relation: string;
  areas: readonly string[];
}

/** An organization as the list knows it: the departments of its sites, in order. */
export interface FilterableOrg extends Described {
  departments: readonly string[];
}

/** A point as the map knows it. */
export interface FilterableSite extends Described {
  department: string;
}

/**
 * A matcher for the filters that do not depend on place, prepared once
 * (the name query folded once) because it runs for every point.
 */
function describedMatcher(state: FilterState): (item: Described) => boolean {
  const q = foldForCompare(state.q);
  const folded = new Map<string, string>();
  return (item) => {
    if (state.kind && item.kind !== state.kind) return false;
    if (state.relation && item.relation !== state.relation) return false;
    if (state.area && !item.areas.includes(state.area)) return false;
    if (q) {
      let name = folded.get(item.name);
      if (name === undefined) folded.set(item.name, (name = foldForCompare(item.name)));
      if (!name.includes(q)) return false;
    }
    return true;
  };
}

/** Filters organizations: with a department filter, those with a site in it. */
export function filterOrgs<T extends FilterableOrg>(orgs: readonly T[], state: FilterState): T[] {
  const matches = describedMatcher(state);
  return orgs.filter((o) => matches(o) && (!state.dept || o.departments.includes(state.dept)));
}

/** Filters points: with a department filter, the sites in it. */
export function filterSites<T extends FilterableSite>(sites: readonly T[], state: FilterState): T[] {
  const matches = describedMatcher(state);
  return sites.filter((s) => matches(s) && (!state.dept || s.department === state.dept));
}

/** The directory's orders, the first the default (the `sort` parameter; the map has no order). */
export const SORTS = ['name', 'kind', 'dept'] as const;
export type SortKey = (typeof SORTS)[number];

/** Reads the directory's order from a query string; anything unknown is the default, by name. */
export function parseSort(search: string | URLSearchParams): SortKey {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get('sort');
  return (SORTS as readonly string[]).includes(value ?? '') ? (value as SortKey) : SORTS[0];
}

/**
 * The directory's query string: the filters in the map's format, without the map's choropleth,
 * then the order when it is not the default ("?kind=sme&sort=dept").
 */
export function serializeDirectory(state: FilterState, sort: SortKey = SORTS[0]): string {
  const query = serializeFilters({ ...state, choropleth: false });
  if (sort === SORTS[0]) return query;
  return `${query ? `${query}&` : '?'}sort=${sort}`;
}

/** What the directory orders by: the kind, and the home department ("outside", "unknown" or a region code). */
export interface SortableOrg {
  kind: string;
  home: string;
}

/** Where a value stands in a vocabulary; values it does not know come last. */
function rankIn(order: readonly string[]): (value: string) => number {
  const ranks = new Map(order.map((v, i) => [v, i]));
  return (value) => ranks.get(value) ?? order.length;
}

const kindRank = rankIn(KINDS);
const homeRank = rankIn([...DEPARTMENT_CODES, 'outside', 'unknown']);

/**
 * Orders organizations given by name: by name (as given), by kind (in the order of the kind
 * filter) or by home department (the region's in code order, then outside, then unknown), by name
 * within each. The sort is stable, so "by name" within a group is the order they came in.
 */
export function sortOrgs<T extends SortableOrg>(orgs: readonly T[], sort: SortKey): T[] {
  if (sort === 'kind') return [...orgs].sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  if (sort === 'dept') return [...orgs].sort((a, b) => homeRank(a.home) - homeRank(b.home));
  return [...orgs];
}
