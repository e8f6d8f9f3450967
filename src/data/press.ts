/** What the press page shows, built once per build and locale from content: the key figures and the description. */
import type { Locale } from '../model/constants.ts';
import { headlineFigures } from '../model/figures.ts';
import { pressFigures, type PressFigure } from '../site/press.ts';
import { memoizeBy } from '../util/memo.ts';
import { BUILD_DATE } from './charts.ts';
import { loadCluster } from './cluster.ts';
import { loadFigures } from './content.ts';

/** The site's address, as the citations write it. */
const SITE = import.meta.env.SITE ?? 'https://www.medicen.org';

/** The key figures (those content marks `headline`), latest first, each with its citation. */
export const loadPressFigures = memoizeBy(async (locale: Locale): Promise<PressFigure[]> =>
  pressFigures(headlineFigures(await loadFigures()), locale, { site: SITE, buildDate: BUILD_DATE }),
);

/** The cluster's standard description and its sources, when content/cluster.json has one. */
export async function loadPressDescription() {
  return (await loadCluster()).press?.description;
}
