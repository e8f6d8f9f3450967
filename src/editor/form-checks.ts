/**
 * The site's checks that the web editor's form runs before it saves: those
 * that need only the entry being edited. They are the checks of
 * src/content-check/validation.ts themselves, so the form shows the same
 * message as `npm run check:content`; whatever needs the rest of the content
 * (outlines of towns, names used twice, references) is still caught by the
 * checks of the pull request.
 */
import { DEPARTMENT_CODES } from '../model/constants.ts';
import { frenchDepartmentName } from '../model/departments.ts';
import { figureValueProblems, siteLocationProblem, type ValueData } from '../content-check/validation.ts';

const REGION: ReadonlySet<string> = new Set(DEPARTMENT_CODES);

/**
 * A department's name as `npm run check:content` gives it: the region's from
 * content/departments.json (the same official names), any other as outside
 * the region.
 */
export function departmentLabel(code: string): string {
  return (REGION.has(code) && frenchDepartmentName(code)) || 'outside the Paris Region';
}

/** A number typed in the form, or NaN when the field is empty. */
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN);

/** The problems of an entry of a collection of the form, as `npm run check:content` words them. */
export function formProblems(collection: string, data: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (collection === 'organizations') {
    const sites = Array.isArray(data.sites) ? (data.sites as Record<string, unknown>[]) : [];
    sites.forEach((s, i) => {
      const site: Parameters<typeof siteLocationProblem>[0] = {
        department: String(s.department ?? ''),
        postcode: typeof s.postcode === 'string' && s.postcode ? s.postcode : undefined,
        lat: num(s.lat),
        lon: num(s.lon),
      };
      const problem = siteLocationProblem(site, `sites[${i}]`, REGION, departmentLabel);
      if (problem) out.push(problem.message);
    });
  }
  if (collection === 'figures') {
    const values = Array.isArray(data.values) ? (data.values as Record<string, unknown>[]) : [];
    const figureHasSource = Boolean(data.source && Object.values(data.source).some(Boolean));
    values.forEach((v, i) => {
      const value: ValueData = {
        as_of: typeof v.as_of === 'string' && v.as_of ? v.as_of : undefined,
        value: num(v.value),
        source: v.source && Object.values(v.source).some(Boolean) ? v.source : undefined,
      };
      for (const p of figureValueProblems(value, i, figureHasSource)) out.push(p.message);
    });
  }
  return out;
}
