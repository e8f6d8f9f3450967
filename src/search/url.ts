/**
 * The state of a search (query and facets) and its place in the address:
 * /search/?q=genopole&dept=91&dept=92. Reading and writing the address here,
 * in one pure module, keeps shared links and the back button in step with
 * what the page shows. Each facet is also the name of a Pagefind filter.
 */
import { KINDS, RELATIONS, SLUG_PATTERN } from '../model/constants.ts';

/** What a search result is; a Pagefind filter named "type". */
export const CONTENT_TYPES = ['organization', 'story', 'area', 'figure', 'page'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The facets, in the order the page shows them and the address lists them. */
export const FACETS = ['type', 'kind', 'dept', 'area', 'relation'] as const;
export type Facet = (typeof FACETS)[number];

/** Which values each facet accepts, so a hand-edited address cannot inject anything odd. */
const VALID: Record<Facet, (value: string) => boolean> = {
  type: (v) => (CONTENT_TYPES as readonly string[]).includes(v),
  kind: (v) => (KINDS as readonly string[]).includes(v),
  dept: (v) => /^(\d{2}|2A|2B|97\d)$/.test(v),
  area: (v) => SLUG_PATTERN.test(v),
  relation: (v) => (RELATIONS as readonly string[]).includes(v),
};

/** The longest query kept from an address: longer ones are cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  /** The words searched for, trimmed; may be empty when only facets are chosen. */
  q: string;
  /** The chosen values of each facet, sorted and without duplicates. */
  facets: Record<Facet, string[]>;
}

export function emptyFacets(): Record<Facet, string[]> {
  return { type: [], kind: [], dept: [], area: [], relation: [] };
}

/** Reads a search from an address's query string; unknown parameters and values are dropped. */
export function parseSearch(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const facets = emptyFacets();
  for (const facet of FACETS) {
    const values = params.getAll(facet).map((v) => v.trim());
    facets[facet] = [...new Set(values.filter((v) => VALID[facet](v)))].sort();
  }
  return { q, facets };
}

/** The query string for a search ("" when nothing is searched), in a stable order. */
export function serializeSearch(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const facet of FACETS) for (const value of [...new Set(state.facets[facet])].sort()) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether there is anything to search for: words or at least one facet value. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.length > 0 || FACETS.some((f) => state.facets[f].length > 0);
}

/**
 * The filters to give Pagefind: values of one facet are alternatives (any),
 * different facets must all match. Facets with no value are left out.
 */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) if (state.facets[facet].length > 0) filters[facet] = { any: [...state.facets[facet]] };
  return filters;
}

/** Whether two searches are the same (same query, same facet values). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return serializeSearch(a) === serializeSearch(b);
}
