/**
 * Everything a chart block of the key-figures page shows, built from content:
 * the finding as its title (worded from the data, never typed in), units,
 * sources with dates, the data table, notes, download paths and the SVG.
 * Pure given its inputs, so it is unit-tested without a build.
 */
import type { Locale } from '../model/constants.ts';
import { CHARTS, type ChartSection, type ChartSpec } from './catalogue.ts';
import {
  latestAsOf,
  prepareChart,
  prepareCounts,
  sourcesOf,
  type ChartRow,
  type Count,
  type FigureLike,
  type PreparedChart,
  type SourceLike,
} from './prepare.ts';
import { countBy, groupByPlacement, type OrgLike } from '../model/directory.ts';
import { formatAsOf, formatNumber, formatPercent, formatValue } from '../i18n/format.ts';
import { drawChart } from './draw.ts';
import { localizePath, t, type UiKey } from '../i18n/index.ts';
import { en } from '../i18n/en.ts';
import { localText } from '../util/text.ts';

export interface ChartInputs {
  figures: readonly FigureLike[];
  orgs: readonly OrgLike[];
  departments: readonly { code: string; name: string }[];
  areas: readonly { id: string; title: string }[];
  /** YYYY-MM-DD: the date the directory was counted and the page built. */
  buildDate: string;
  /** The site's public address, for citations ("https://www.medicen.org"). */
  site: string;
}

export interface TableRow {
  series: string;
  category: string;
  asOf: string;
  value: string;
  note: string;
  source: SourceLike | undefined;
}

export interface ChartModel {
  id: string;
  section: ChartSection;
  /** Short name, for citations and downloads ("Members over time"). */
  name: string;
  /** The finding, worded from the data. */
  title: string;
  subtitle: string;
  svg: string;
  prepared: PreparedChart;
  /** Figure ids drawn here, so /figures/#<figure-id> lands on this block. */
  figureIds: string[];
  table: TableRow[];
  sources: { source: SourceLike; dates: string[] }[];
  /** The latest "as of" date of the values drawn, for readers. */
  asOf: string;
  notes: { asOf: string; series: string; text: string }[];
  csvPath: string;
  svgPath: string;
  citation: string;
}

/** A label inside a sentence: "Medtech" becomes "medtech", "R&D" stays as it is. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A title starts with a capital even when it starts with a qualifier ("More than 1,000"). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The file paths of a chart's downloads (stable: they only depend on the chart's id). */
export const chartCsvPath = (id: string) => `/data/charts/${id}.csv`;
export const chartSvgPath = (id: string) => `/data/charts/${id}.svg`;

/** The counts of the directory charts, largest first for kinds, in reading order for the others. */
export function directoryCounts(
  id: string,
  inputs: ChartInputs,
  locale: Locale,
): { counts: Count[]; labels: Map<string, string> } {
  const labels = new Map<string, string>();
  let counts: Count[];
  if (id === 'organizations-by-department') {
    const groups = groupByPlacement(inputs.orgs);
    counts = inputs.departments.map((d) => {
      labels.set(d.code, t(locale, 'chart.department', { name: d.name, code: d.code }));
      return { key: d.code, value: groups.byDepartment[d.code as keyof typeof groups.byDepartment]?.length ?? 0 };
    });
    labels.set('outside', t(locale, 'members.outside'));
    labels.set('unknown', t(locale, 'members.unknown'));
    if (groups.outside.length) counts.push({ key: 'outside', value: groups.outside.length });
    if (groups.unknown.length) counts.push({ key: 'unknown', value: groups.unknown.length });
  } else if (id === 'organizations-by-kind') {
    counts = [...countBy(inputs.orgs, (o) => [o.kind])]
      .map(([key, value]) => ({ key, value }))
      .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
    for (const c of counts) labels.set(c.key, t(locale, `kind.${c.key}` as UiKey));
  } else {
    const byArea = countBy(inputs.orgs, (o) => o.areas);
    counts = inputs.areas.map((a) => ({ key: a.id, value: byArea.get(a.id) ?? 0 }));
    for (const a of inputs.areas) labels.set(a.id, a.title);
  }
  return { counts, labels };
}

/** The title of a chart: its finding, with the numbers taken from the rows drawn. */
function findingOf(
  spec: ChartSpec,
  rows: readonly ChartRow[],
  locale: Locale,
  labelOf: (r: ChartRow) => string,
  total: number,
): string {
  const v = (r: ChartRow) => formatValue(r.value, r.unit, locale, r.qualifier);
  const date = (r: ChartRow) => formatAsOf(r.as_of, locale);
  const key = (suffix: string) => `chart.${spec.id}.${suffix}` as UiKey;
  const top = [...rows].sort((a, b) => b.value - a.value)[0]!;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  switch (spec.id) {
    case 'medicen-members':
      return t(locale, key('title'), { first: v(first), firstDate: date(first), last: v(last), lastDate: date(last) });
    case 'medicen-projects-products': {
      const latestOf = (id: string) => rows.filter((r) => r.series === id).at(-1);
      const p = latestOf('medicen-projects-certified');
      const q = latestOf('medicen-products-launched');
      if (p && q)
        return t(locale, key('title'), {
          projects: v(p),
          projectsDate: date(p),
          products: v(q),
          productsDate: date(q),
        });
      break;
    }
    case 'medicen-investment': {
      const [totalId, partId] = spec.kind === 'part' ? spec.figures : ['', ''];
      const totals = rows.filter((r) => r.series === totalId);
      const latestTotal = totals.at(-1)!;
      const paired = totals.filter((tr) => rows.some((r) => r.series === partId && r.as_of === tr.as_of)).at(-1);
      const part = paired && rows.find((r) => r.series === partId && r.as_of === paired.as_of);
      if (paired && part)
        return t(locale, key('titleShare'), {
          total: v(latestTotal),
          date: date(latestTotal),
          part: v(part),
          whole: v(paired),
          share: formatPercent((100 * part.value) / paired.value, locale, 0),
          shareDate: date(part),
        });
      return t(locale, key('title'), { total: v(latestTotal), date: date(latestTotal) });
    }
    case 'medicen-projects-labelled-per-year':
      return t(locale, key('title'), { total: formatNumber(total, locale), max: v(top), maxDate: date(top) });
    case 'region-life-science-companies': {
      const all = rows.find((r) => r.category === 'region-life-science-companies');
      const sectors = rows.filter((r) => r !== all).sort((a, b) => b.value - a.value);
      if (all && sectors[0])
        return t(locale, key('title'), {
          total: v(all),
          sector: inSentence(labelOf(sectors[0])),
          count: v(sectors[0]),
        });
      break;
    }
    case 'region-hospitals-research': {
      const hospitals = rows.find((r) => r.series === 'region-hospitals');
      const patients = rows.find((r) => r.series === 'region-patients');
      if (hospitals && patients)
        return t(locale, key('titleNetwork'), { hospitals: v(hospitals), patients: v(patients), date: date(patients) });
      return t(locale, key('title'), { count: rows.length });
    }
    case 'sanofi-sites-paris-region':
      return t(locale, key('title'), {
        list: [...rows]
          .sort((a, b) => b.value - a.value)
          .map((r) => `${v(r)} ${inSentence(labelOf(r))}`)
          .join(', '),
      });
    case 'sanofi-employees': {
      const region = rows.find((r) => r.series === 'sanofi-employees-paris-region');
      const france = rows.find((r) => r.series === 'sanofi-employees-france');
      if (region && france && region.as_of === france.as_of)
        return t(locale, key('titleShare'), {
          region: v(region),
          share: formatPercent((100 * region.value) / france.value, locale, 0),
          date: date(region),
        });
      if (region) return t(locale, key('title'), { region: v(region) });
      break;
    }
    default:
      if (spec.kind === 'counts') return t(locale, key('title'), { top: labelOf(top), count: top.value, total });
  }
  // A chart missing the series its finding needs still gets a plain, true title: its name.
  return t(locale, key('name'));
}

/** The subtitle: units and period, with the dates taken from the rows. */
function subtitleOf(spec: ChartSpec, rows: readonly ChartRow[], locale: Locale): string {
  const dates = rows.map((r) => r.as_of).sort();
  return t(locale, `chart.${spec.id}.subtitle` as UiKey, {
    date: formatAsOf(latestAsOf(rows), locale),
    from: dates[0]?.slice(0, 4) ?? '',
    to: dates.at(-1)?.slice(0, 4) ?? '',
  });
}

export function buildChartModels(inputs: ChartInputs, locale: Locale): ChartModel[] {
  const models: ChartModel[] = [];
  const directorySource: SourceLike = {
    title: t(locale, 'members.all'),
    url: new URL(localizePath(locale, '/members/'), inputs.site).href,
    publisher: t(locale, 'chart.directorySource'),
  };
  for (const spec of CHARTS) {
    let prepared: PreparedChart | undefined;
    let labelOf: (r: ChartRow) => string;
    let total: number;
    if (spec.kind === 'counts') {
      const { counts, labels } = directoryCounts(spec.id, inputs, locale);
      prepared = prepareCounts(spec, counts, inputs.buildDate, directorySource);
      labelOf = (r) => labels.get(r.category) ?? r.category;
      total = inputs.orgs.length;
    } else {
      prepared = prepareChart(spec, inputs.figures);
      if (!prepared) continue;
      const figures = prepared.figures;
      labelOf = (r) => {
        const catKey = `chart.cat.${r.series}` as UiKey;
        if (spec.kind === 'bars' && catKey in en) return t(locale, catKey);
        if (spec.kind === 'bars-by-date') return formatAsOf(r.as_of, locale);
        return localText(figures.find((f) => f.id === r.series)?.label, locale);
      };
      total = prepared.rows.reduce((sum, r) => sum + r.value, 0);
    }
    const rows = prepared.rows;
    const title = capitalize(findingOf(spec, rows, locale, labelOf, total));
    const name = t(locale, `chart.${spec.id}.name` as UiKey);
    const asOf = latestAsOf(rows);
    const svg = drawChart(prepared, {
      id: `chart-${spec.id}`,
      title,
      locale,
      labelOf,
      partName: t(locale, 'chart.medicen-investment.part'),
      totalName: t(locale, 'chart.medicen-investment.total'),
      noPart: t(locale, 'chart.medicen-investment.noPart'),
    });
    const seriesLabel = (r: ChartRow) =>
      spec.kind === 'counts' ? name : localText(prepared.figures.find((f) => f.id === r.series)?.label, locale);
    models.push({
      id: spec.id,
      section: spec.section,
      name,
      title,
      subtitle: subtitleOf(spec, rows, locale),
      svg,
      prepared,
      figureIds: prepared.figures.map((f) => f.id),
      table: rows.map((r) => ({
        series: seriesLabel(r),
        category: spec.kind === 'time' || spec.kind === 'part' || spec.kind === 'bars-by-date' ? '' : labelOf(r),
        asOf: r.as_of,
        value: formatValue(r.value, r.unit, locale, r.qualifier),
        note: localText(r.note, locale),
        source: r.source,
      })),
      sources: sourcesOf(rows).map((s) => ({ source: s.source, dates: s.dates.map((d) => formatAsOf(d, locale)) })),
      asOf,
      notes: rows
        .filter((r) => r.note)
        .map((r) => ({ asOf: r.as_of, series: seriesLabel(r), text: localText(r.note, locale) })),
      csvPath: chartCsvPath(spec.id),
      svgPath: chartSvgPath(spec.id),
      citation: t(locale, 'chart.citation', {
        name,
        date: formatAsOf(asOf, locale),
        url: new URL(`${localizePath(locale, '/figures/')}#${spec.id}`, inputs.site).href,
        accessed: formatAsOf(inputs.buildDate, locale),
      }),
    });
  }
  return models;
}
