/** The key-figures page's charts, built once per build and locale from the content collections. */
import type { Locale } from '../model/constants.ts';
import { buildChartModels, type ChartModel } from '../charts/model.ts';
import { loadAreas, loadDepartments, loadFigures, loadOrganizations } from './content.ts';

/** The build date (YYYY-MM-DD): when the directory was counted. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

const cache = new Map<Locale, Promise<ChartModel[]>>();

async function build(locale: Locale): Promise<ChartModel[]> {
  const [figures, orgs, departments, areas] = await Promise.all([
    loadFigures(),
    loadOrganizations(locale),
    loadDepartments(),
    loadAreas(locale),
  ]);
  return buildChartModels(
    {
      figures: figures.map((f) => f.data),
      orgs,
      departments,
      areas: areas.map((a) => ({ id: a.id, title: a.data.title })),
      buildDate: BUILD_DATE,
      site: import.meta.env.SITE ?? 'https://www.medicen.org',
    },
    locale,
  );
}

/** Every chart of the key-figures page, in order, for a locale. */
export function loadCharts(locale: Locale): Promise<ChartModel[]> {
  let models = cache.get(locale);
  if (!models) {
    models = build(locale);
    cache.set(locale, models);
  }
  return models;
}
