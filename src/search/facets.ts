/**
 * The Pagefind filters each kind of page carries, computed from content.
 * The search page offers the same facets (see search-url.ts); keeping both
 * sides on these functions means a facet always finds the pages it names.
 */
import type { Facet } from './url.ts';
import { isRegionDepartment } from '../model/directory.ts';

export type SearchFilters = Partial<Record<Facet, string[]>>;

interface OrgFacts {
  kind: string;
  relation: string;
  areas: readonly string[];
  sites: readonly { department: string }[];
}

/**
 * An organization is found under its kind, its relation, its areas and every
 * Paris Region department it has a site in (not only its home department), as
 * a reader filtering by Essonne wants everyone working there.
 */
export function organizationFilters(org: OrgFacts): SearchFilters {
  const departments = [...new Set(org.sites.map((s) => s.department).filter(isRegionDepartment))].sort();
  return {
    type: ['organization'],
    kind: [org.kind],
    relation: [org.relation],
    area: [...new Set(org.areas)].sort(),
    dept: departments,
  };
}

/** A story is found under its strategic areas. */
export function storyFilters(story: { areas: readonly string[] }): SearchFilters {
  return { type: ['story'], area: [...new Set(story.areas)].sort() };
}

/** The flat list of (filter, value) pairs a page declares, for the markup. */
export function filterPairs(filters: SearchFilters): [Facet, string][] {
  return Object.entries(filters).flatMap(([facet, values]) =>
    (values ?? []).map((v) => [facet as Facet, v] as [Facet, string]),
  );
}
