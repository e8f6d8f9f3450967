/**
 * Organizations per department for the choropleth and the legend: an
 * organization counts in every department of the region where it has a site
 * (see departmentsOf in src/model/directory.ts), as on the department pages
 * and in the map's department filter.
 */
import { DEPARTMENT_CODES, type DepartmentCode } from '../model/constants.ts';
import { isRegionDepartment } from '../model/directory.ts';
import { kindGroup } from './palette.ts';

/** Counts each organization once in each region department it lists (repeats ignored). */
export function countByDepartment(orgs: readonly { departments: readonly string[] }[]): Record<DepartmentCode, number> {
  const counts = Object.fromEntries(DEPARTMENT_CODES.map((c) => [c, 0])) as Record<DepartmentCode, number>;
  for (const { departments } of orgs) for (const d of new Set(departments)) if (isRegionDepartment(d)) counts[d] += 1;
  return counts;
}

/**
 * Sites per kind family (the map legend's counts), from the list's rows: an
 * organization listed under two departments has different sites in each, and
 * a site counts once however often it is listed.
 */
export function countSitesByKindGroup(
  rows: readonly { kind: string; siteIds: readonly number[] }[],
): Record<string, number> {
  const seen = new Set<number>();
  const counts: Record<string, number> = {};
  for (const { kind, siteIds } of rows) {
    const group = kindGroup(kind).id;
    for (const id of siteIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      counts[group] = (counts[group] ?? 0) + 1;
    }
  }
  return counts;
}
