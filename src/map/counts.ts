/**
 * Organizations per department for the choropleth and the legend: an
 * organization counts in every department of the region where it has a site
 * (see departmentsOf in src/model/directory.ts), as on the department pages
 * and in the map's department filter.
 */
import { DEPARTMENT_CODES, type DepartmentCode } from '../model/constants.ts';
import { isRegionDepartment } from '../model/directory.ts';

/** Counts each organization once in each region department it lists (repeats ignored). */
export function countByDepartment(orgs: readonly { departments: readonly string[] }[]): Record<DepartmentCode, number> {
  const counts = Object.fromEntries(DEPARTMENT_CODES.map((c) => [c, 0])) as Record<DepartmentCode, number>;
  for (const { departments } of orgs) for (const d of new Set(departments)) if (isRegionDepartment(d)) counts[d] += 1;
  return counts;
}
