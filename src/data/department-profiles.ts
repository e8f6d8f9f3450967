/**
 * The departments' profiles, counted once per build (src/model/department-profile.ts)
 * and shared by the eight department pages and the comparison page in both
 * languages: no page scans the organizations again. Also what those pages
 * need around the numbers: links to the filtered directory and the profile
 * charts in the page's language.
 */
import { DEFAULT_LOCALE, type DepartmentCode, type Locale } from '../model/constants.ts';
import {
  concernsDepartment,
  departmentProfiles,
  type DepartmentProfile,
  type Tally,
} from '../model/department-profile.ts';
import { EMPTY_FILTERS, serializeFilters } from '../map/filters.ts';
import { formatNumber } from '../i18n/format.ts';
import { localizePath } from '../i18n/index.ts';
import { PROFILE_BARS_WIDTH, profileBars, profileBarsHeight } from '../charts/profile-bars.ts';
import { memoize } from '../util/memo.ts';
import { loadAreas, loadDepartments, loadFigures, loadOrganizations, type FigureEntry } from './content.ts';

export type { DepartmentProfile, Tally };

/** Every department's profile, counted once per build (the counts do not depend on the language). */
export const loadDepartmentProfiles = memoize(async (): Promise<Record<DepartmentCode, DepartmentProfile>> => {
  const [orgs, areas] = await Promise.all([loadOrganizations(DEFAULT_LOCALE), loadAreas(DEFAULT_LOCALE)]);
  return departmentProfiles(
    orgs,
    areas.map((a) => a.id),
  );
});

/** The figure series of content/figures/ whose scope is a department, by department (most have none). */
export const loadDepartmentFigures = memoize(async (): Promise<Record<DepartmentCode, FigureEntry[]>> => {
  const [departments, figures] = await Promise.all([loadDepartments(), loadFigures()]);
  return Object.fromEntries(
    departments.map((d) => [d.code, figures.filter((f) => concernsDepartment(f.data.scope, d))]),
  ) as Record<DepartmentCode, FigureEntry[]>;
});

/** The filters of a directory link: a department and at most one of kind, relation or area. */
export interface DirectoryFilter {
  dept: string;
  kind?: string;
  relation?: string;
  area?: string;
}

/** The directory filtered as the map filters (/members/?kind=sme&dept=91), in the page's language. */
export function directoryHref(locale: Locale, filter: DirectoryFilter): string {
  return localizePath(locale, '/members/') + serializeFilters({ ...EMPTY_FILTERS, ...filter });
}

/** A profile chart's bars: one per category, labelled in the page's language. */
export interface ProfileChartInput {
  /** Unique on the page: prefixes the ids inside the SVG. */
  id: string;
  title: string;
  desc: string;
  bars: readonly { key: string; label: string; value: number }[];
}

/** A profile chart as SVG, its values written in the page's language. */
export function profileChartSvg(locale: Locale, chart: ProfileChartInput): string {
  const bars = chart.bars.map((b) => ({ ...b, valueLabel: formatNumber(b.value, locale) }));
  return profileBars(
    { id: chart.id, title: chart.title, desc: chart.desc, bars, formatTick: (v) => formatNumber(v, locale) },
    { width: PROFILE_BARS_WIDTH, height: profileBarsHeight(bars) },
  );
}
