/**
 * The map's filters and their place in the URL. One state, read from and
 * written to the query string (/map/?area=digital-health&dept=91), so that a
 * filtered view can be shared and the back button works; the same functions
 * filter the list and the map, so the two always agree.
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
