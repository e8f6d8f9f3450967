/**
 * How the directory groups organizations. An organization belongs to every
 * department of the region where it has a site (`present`): that is what the
 * department pages, the map's list and filter and every department count
 * say. It also has one home department (that of its first site, normally its
 * head office), under which its page files it, with "also present" elsewhere;
 * plus "outside the region" and "location not known".
 */
import { DEPARTMENT_CODES, type DepartmentCode } from './constants.ts';
import { foldForCompare } from '../util/text.ts';

interface SiteLike {
  department: string;
}
export interface OrgLike {
  slug: string;
  name: string;
  areas: readonly string[];
  kind: string;
  sites: readonly SiteLike[];
}

export type Placement = { type: 'department'; code: DepartmentCode } | { type: 'outside' } | { type: 'unknown' };

export function isRegionDepartment(code: string): code is DepartmentCode {
  return (DEPARTMENT_CODES as readonly string[]).includes(code);
}

/** Where an organization is filed: its first site's department, outside the region, or unknown. */
export function placementOf(org: OrgLike): Placement {
  const first = org.sites[0];
  if (!first) return { type: 'unknown' };
  if (isRegionDepartment(first.department)) return { type: 'department', code: first.department };
  const inRegion = org.sites.find((s) => isRegionDepartment(s.department));
  return inRegion ? { type: 'department', code: inRegion.department as DepartmentCode } : { type: 'outside' };
}

/** Sorts by name the way a reader expects (accents ignored, case ignored). */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return foldForCompare(a.name).localeCompare(foldForCompare(b.name));
}

/** The region's departments where an organization has a site, in the order of its sites. */
export function departmentsOf(org: { sites: readonly SiteLike[] }): DepartmentCode[] {
  return [...new Set(org.sites.map((s) => s.department).filter(isRegionDepartment))];
}

export interface DirectoryGroups<T extends OrgLike> {
  /** Every organization with a site in the department, by name: what a department count counts. */
  present: Record<DepartmentCode, T[]>;
  /** Organizations whose home department it is. */
  byDepartment: Record<DepartmentCode, T[]>;
  /** Organizations with a site in a department that is not their home one. */
  alsoIn: Record<DepartmentCode, T[]>;
  outside: T[];
  unknown: T[];
}

/** Groups organizations by home department, with the outside and unknown lists. */
export function groupByPlacement<T extends OrgLike>(orgs: readonly T[]): DirectoryGroups<T> {
  const empty = () => Object.fromEntries(DEPARTMENT_CODES.map((c) => [c, [] as T[]])) as Record<DepartmentCode, T[]>;
  const [present, byDepartment, alsoIn] = [empty(), empty(), empty()];
  const outside: T[] = [];
  const unknown: T[] = [];
  for (const org of [...orgs].sort(byName)) {
    for (const d of departmentsOf(org)) present[d].push(org);
    const p = placementOf(org);
    if (p.type === 'unknown') unknown.push(org);
    else if (p.type === 'outside') outside.push(org);
    else {
      byDepartment[p.code].push(org);
      const others = new Set(org.sites.map((s) => s.department).filter((d) => d !== p.code && isRegionDepartment(d)));
      for (const d of others) alsoIn[d as DepartmentCode].push(org);
    }
  }
  return { present, byDepartment, alsoIn, outside, unknown };
}

/** Organizations working in a strategic area, by name. */
export function inArea<T extends OrgLike>(orgs: readonly T[], area: string): T[] {
  return orgs.filter((o) => o.areas.includes(area)).sort(byName);
}

/** How many organizations there are of each value of a key (kind, area...). */
export function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) for (const k of new Set(keys(item))) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
