/**
 * Organizations per department for the choropleth: each organization counts
 * once, in its home department (that of its first site in the region, as on
 * the directory's department pages), so the departments add up to the
 * organizations placed in the region.
 */
import { DEPARTMENT_CODES, type DepartmentCode } from '../model/constants.ts';
import { isRegionDepartment } from '../model/directory.ts';

export function countByHome(orgs: readonly { home: string }[]): Record<DepartmentCode, number> {
  const counts = Object.fromEntries(DEPARTMENT_CODES.map((c) => [c, 0])) as Record<DepartmentCode, number>;
  for (const { home } of orgs) if (isRegionDepartment(home)) counts[home] += 1;
  return counts;
}
