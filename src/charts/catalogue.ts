/**
 * Which charts the key-figures page draws, in order, and from which figure
 * series (content/figures/<id>.json). A chart draws the series that exist in
 * content and is left out when none does (a part-of-whole chart needs its
 * total): nothing is ever drawn from a number that is not in content.
 *
 * Adding a chart of an existing kind:
 * 1. add its entry to CHARTS below: id, section, kind, the figure ids it
 *    draws (and, for bars, the `total` drawn apart);
 * 2. add its texts to both dictionaries, src/i18n/en.ts and src/i18n/fr.ts:
 *    `chart.<id>.name`, `chart.<id>.subtitle`, and its title texts
 *    `chart.<id>.title` (and variants such as `chart.<id>.titleShare`) worded
 *    with the values its kind gives (listed in src/charts/kinds/<kind>.ts;
 *    see src/charts/title.ts), plus any text its kind reads (a part chart's
 *    `chart.<id>.part`, `.total`, `.noPart`).
 * A unit test (test/unit/charts/catalogue.test.ts) fails when a text is
 * missing in either language. A new kind is a module in src/charts/kinds/,
 * registered in src/charts/kinds/registry.ts.
 */

/** A chart drawn from figure series. */
export type FigureChartSpec =
  /** Every dated value of each series on a time axis. */
  | { id: string; section: ChartSection; kind: 'time'; figures: string[] }
  /** Every dated value of one series as a bar per date. */
  | { id: string; section: ChartSection; kind: 'bars-by-date'; figures: [string] }
  /** The latest value of each series as a bar (categories); `total` is drawn apart. */
  | { id: string; section: ChartSection; kind: 'bars'; figures: string[]; total?: string }
  /** Dated totals with a published part of each (the total first, the part second). */
  | { id: string; section: ChartSection; kind: 'part'; figures: [string, string] }
  /** The latest value of each series as a big number. */
  | { id: string; section: ChartSection; kind: 'numbers'; figures: string[] };

/** Charts counted from the directory of organizations. */
export type CountChartSpec = { id: CountChartId; section: 'directory'; kind: 'counts' };
export type CountChartId = 'organizations-by-department' | 'organizations-by-kind' | 'organizations-by-area';

export type ChartSpec = FigureChartSpec | CountChartSpec;
/** The kinds of chart: each has its module in src/charts/kinds/. */
export type ChartKindName = ChartSpec['kind'];
/** The entry of a chart of kind K. */
export type SpecOf<K extends ChartKindName> = Extract<ChartSpec, { kind: K }>;
export const CHART_SECTIONS = ['medicen', 'region', 'sanofi', 'directory'] as const;
export type ChartSection = (typeof CHART_SECTIONS)[number];

export const CHARTS: readonly ChartSpec[] = [
  { id: 'medicen-members', section: 'medicen', kind: 'time', figures: ['medicen-members'] },
  {
    id: 'medicen-projects-products',
    section: 'medicen',
    kind: 'time',
    figures: ['medicen-projects-certified', 'medicen-products-launched', 'medicen-projects-financed'],
  },
  { id: 'medicen-investment', section: 'medicen', kind: 'part', figures: ['medicen-investment', 'medicen-public-aid'] },
  // Every series with two values or more is drawn whole, not only its latest value.
  { id: 'medicen-budget-over-time', section: 'medicen', kind: 'time', figures: ['medicen-budget'] },
  {
    id: 'medicen-projects-labelled-per-year',
    section: 'medicen',
    kind: 'bars-by-date',
    figures: ['medicen-projects-labelled-per-year'],
  },
  {
    id: 'region-life-science-companies',
    section: 'region',
    kind: 'bars',
    total: 'region-life-science-companies',
    figures: [
      'region-life-science-companies',
      'region-medtech-companies',
      'region-pharma-companies',
      'region-biotech-companies',
    ],
  },
  {
    id: 'region-hospitals-research',
    section: 'region',
    kind: 'numbers',
    figures: [
      'region-hospitals',
      'region-patients',
      'region-surgical-procedures',
      'region-research-projects',
      'region-scientific-publications',
      'region-researchers',
      'region-rd-expenditure',
    ],
  },
  { id: 'region-rd-expenditure-over-time', section: 'region', kind: 'time', figures: ['region-rd-expenditure'] },
  { id: 'region-researchers-over-time', section: 'region', kind: 'time', figures: ['region-researchers'] },
  { id: 'region-startups-over-time', section: 'region', kind: 'time', figures: ['region-startups'] },
  {
    id: 'sanofi-sites-paris-region',
    section: 'sanofi',
    kind: 'bars',
    figures: [
      'sanofi-sites-paris-region-tertiary',
      'sanofi-sites-paris-region-rd',
      'sanofi-sites-paris-region-factories',
      'sanofi-sites-paris-region-logistics',
    ],
  },
  {
    id: 'sanofi-employees',
    section: 'sanofi',
    kind: 'bars',
    figures: ['sanofi-employees-world', 'sanofi-employees-france', 'sanofi-employees-paris-region'],
  },
  { id: 'organizations-by-department', section: 'directory', kind: 'counts' },
  { id: 'organizations-by-kind', section: 'directory', kind: 'counts' },
  { id: 'organizations-by-area', section: 'directory', kind: 'counts' },
];
