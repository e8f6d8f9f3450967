/**
 * Counts of the directory of organizations (by department, kind, area),
 * counted at each build and dated the day of the build. Each counted chart
 * has its counter here: what it counts by, and how a category is named.
 */
import { t, localizePath, type UiKey } from '../../i18n/index.ts';
import { countBy, groupByPlacement } from '../../model/directory.ts';
import type { ChartSpec, CountChartId, SpecOf } from '../catalogue.ts';
import type { ChartInputs } from '../inputs.ts';
import type { PreparedChart, SourceLike } from '../prepare.ts';
import { drawCategoryBars } from './category-bars.ts';
import type { ChartKind, KindContext } from './kind.ts';

/** One count of the directory: how many organizations fall in a category. */
export interface Count {
  key: string;
  value: number;
}

interface Counter {
  /** The counts, in the order they are drawn. */
  count(inputs: ChartInputs): Count[];
  /** The name of a category, in the context's language. */
  label(key: string, context: KindContext): string;
}

/** How each counted chart counts, keyed by its id so that a counted chart without a counter is a type error. */
export const COUNTERS: Record<CountChartId, Counter> = {
  // Departments in reading order, then members outside the region and those of unknown place, when there are any.
  'organizations-by-department': {
    count(inputs) {
      const groups = groupByPlacement(inputs.orgs);
      const counts = inputs.departments.map((d) => ({
        key: d.code,
        value: groups.byDepartment[d.code as keyof typeof groups.byDepartment]?.length ?? 0,
      }));
      if (groups.outside.length) counts.push({ key: 'outside', value: groups.outside.length });
      if (groups.unknown.length) counts.push({ key: 'unknown', value: groups.unknown.length });
      return counts;
    },
    label(key, { inputs, locale }) {
      if (key === 'outside') return t(locale, 'members.outside');
      if (key === 'unknown') return t(locale, 'members.unknown');
      const d = inputs.departments.find((dep) => dep.code === key);
      return d ? t(locale, 'chart.department', { name: d.name, code: d.code }) : key;
    },
  },
  // Largest first: kinds have no reading order.
  'organizations-by-kind': {
    count: (inputs) =>
      [...countBy(inputs.orgs, (o) => [o.kind])]
        .map(([key, value]) => ({ key, value }))
        .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key)),
    label: (key, { locale }) => t(locale, `kind.${key}` as UiKey),
  },
  // An organization may work in several areas, so these add up to more than the total.
  'organizations-by-area': {
    count(inputs) {
      const byArea = countBy(inputs.orgs, (o) => o.areas);
      return inputs.areas.map((a) => ({ key: a.id, value: byArea.get(a.id) ?? 0 }));
    },
    label: (key, { inputs }) => inputs.areas.find((a) => a.id === key)?.title ?? key,
  },
};

/** The rows of a chart counted from the directory, dated the day of the build. */
export function prepareCounts<S extends ChartSpec>(
  spec: S,
  counts: readonly Count[],
  asOf: string,
  source: SourceLike,
): PreparedChart<S> {
  return {
    spec,
    figures: [],
    rows: counts.map((c) => ({
      series: spec.id,
      category: c.key,
      as_of: asOf,
      value: c.value,
      qualifier: 'exact',
      unit: 'organizations',
      note: undefined,
      source,
    })),
  };
}

/** The directory page, cited as the source of every count. */
function directorySource({ inputs, locale }: KindContext): SourceLike {
  return {
    title: t(locale, 'members.all'),
    url: new URL(localizePath(locale, '/members/'), inputs.site).href,
    publisher: t(locale, 'chart.directorySource'),
  };
}

export const counts: ChartKind<SpecOf<'counts'>> = {
  prepare: (spec, context) =>
    prepareCounts(spec, COUNTERS[spec.id].count(context.inputs), context.inputs.buildDate, directorySource(context)),
  labelOf:
    ({ spec }, context) =>
    (r) =>
      COUNTERS[spec.id].label(r.category, context),
  /** {top} and {count}: the largest category and its count; {total}: how many organizations are listed. */
  titleParams({ rows }, { inputs, labelOf }) {
    const top = [...rows].sort((a, b) => b.value - a.value)[0];
    return { total: inputs.orgs.length, ...(top ? { top: labelOf(top), count: top.value } : {}) };
  },
  tableCategory: true,
  texts: [],
  draw: ({ rows }, text) => drawCategoryBars(rows, text),
};
