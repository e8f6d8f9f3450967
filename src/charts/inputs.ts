/** What the charts are built from: content, as src/data/charts.ts loads it, and the build's date and address. */
import type { OrgLike } from '../model/directory.ts';
import type { FigureLike } from './prepare.ts';

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
