/**
 * What the site says about its pages when they are shared: an organization
 * page's description, and the text of every page's social preview image
 * (rendered by src/pages/og/[...path].png.ts), in both languages.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../model/constants.ts';
import { latest } from '../model/figures.ts';
import { formatAsOf, formatHeadline } from '../i18n/format.ts';
import { organizationDescription } from '../site/page-description.ts';
import type { SocialCard } from '../site/social-image.ts';
import {
  areaCard,
  figureCard,
  homeCard,
  listCard,
  memberCard,
  pageCard,
  storyCard,
  type CardText,
} from '../site/social-image-templates.ts';
import { socialImageName } from '../site/social-meta.ts';
import { scopeLabel, t, tn, type UiKey } from '../i18n/index.ts';
import { localText } from '../util/text.ts';
import { siteHost } from './site-url.ts';
import { sitePages } from './cluster.ts';
import { loadCharts } from './charts.ts';
import {
  loadAreas,
  loadDepartments,
  loadDirectory,
  loadFigures,
  loadOrganizations,
  loadStories,
  type OrgItem,
} from './content.ts';

/** An organization page's description: kind, town, and the first sentence of its text (`org` in `locale`). */
export function memberDescription(locale: Locale, org: OrgItem): string {
  return organizationDescription({
    kind: t(locale, `kind.${org.kind}` as UiKey),
    city: org.sites[0]?.city,
    body: org.textEntry.body ?? '',
    locale,
  });
}

/** One preview image: its name under /og/ (without .png) and what it shows. */
export interface SocialImage {
  name: string;
  card: SocialCard;
}

/** The pages with no content of their own: their title and lead come from the dictionary. */
const FIXED_PAGE_CARDS: [route: string, title: UiKey, lead: UiKey, section?: UiKey][] = [
  ['', 'home.title', 'home.lead'],
  ['members/', 'members.title', 'members.lead', 'nav.members'],
  ['members/department/', 'departments.title', 'departments.lead', 'nav.members'],
  ['map/', 'map.title', 'map.lead', 'nav.map'],
  ['embed/map/', 'map.embedTitle', 'map.lead', 'nav.map'],
  ['areas/', 'areas.title', 'areas.lead', 'nav.areas'],
  ['stories/', 'stories.title', 'stories.lead', 'nav.stories'],
  ['figures/', 'figures.title', 'figures.lead', 'nav.figures'],
  ['about/', 'about.title', 'about.lead', 'nav.about'],
  ['data/', 'data.title', 'data.lead'],
  ['press/', 'press.title', 'press.lead'],
  ['search/', 'search.title', 'search.lead'],
  ['404/', 'notFound.title', 'notFound.lead'],
];

/** Every preview image of the site: one per page and one per figure series, in each language. */
export async function socialImages(): Promise<SocialImage[]> {
  const [figures, departments, directory] = await Promise.all([loadFigures(), loadDepartments(), loadDirectory('en')]);
  const pages = await sitePages();
  /** The contact and legal pages, which exist only once content/site.json fills them. */
  const sitePagesShown: typeof FIXED_PAGE_CARDS = [];
  if (pages.contact) sitePagesShown.push(['contact/', 'contact.title', 'contact.lead']);
  if (pages.legal) sitePagesShown.push(['legal/', 'legal.title', 'legal.lead']);
  const out: SocialImage[] = [];

  for (const locale of LOCALES) {
    const [orgs, areas, stories] = await Promise.all([
      loadOrganizations(locale),
      loadAreas(locale),
      loadStories(locale),
    ]);
    const prefix = locale === 'en' ? '' : `${locale}/`;
    const add = (route: string, text: CardText, tagline = t(locale, 'site.tagline')) =>
      out.push({ name: socialImageName(prefix + route), card: { ...text, siteName: t(locale, 'site.name'), tagline } });

    for (const [route, title, lead, section] of [...FIXED_PAGE_CARDS, ...sitePagesShown]) {
      const page = { section: section && t(locale, section), title: t(locale, title), lead: t(locale, lead) };
      add(route, route === '' ? homeCard(page) : pageCard(page));
    }
    // An organization's image shows only names, the same in every language: drawn once (socialImageName).
    if (locale === DEFAULT_LOCALE) {
      // Under the site's name, its address rather than a tagline in one language.
      for (const org of orgs) add(`members/${org.slug}/`, memberCard(org), siteHost());
    }
    for (const area of areas) {
      const text = area.data;
      add(`areas/${area.id}/`, areaCard({ label: t(locale, 'share.area'), title: text.title, summary: text.summary }));
      add(
        `members/area/${area.id}/`,
        listCard({
          section: t(locale, 'nav.members'),
          title: t(locale, 'members.inArea', { area: text.title }),
          count: tn(locale, 'members.count', orgs.filter((o) => o.areas.includes(area.id)).length),
        }),
      );
    }
    for (const d of departments) {
      add(
        `members/department/${d.code}/`,
        listCard({
          section: t(locale, 'nav.members'),
          title: `${d.name} (${d.code})`,
          count: tn(locale, 'members.count', directory.present[d.code].length),
          summary: localText(d.summary, locale),
        }),
      );
    }
    for (const story of stories) {
      const text = story.data;
      add(
        `stories/${story.id}/`,
        storyCard({
          label: t(locale, 'share.story'),
          period: text.date_note ?? story.data.year,
          title: text.title,
          summary: text.summary,
        }),
      );
    }
    // Each chart's embed (/embed/chart/<id>/): its name and finding.
    for (const chart of await loadCharts(locale)) {
      add(
        `embed/chart/${chart.id}/`,
        pageCard({ section: t(locale, 'nav.figures'), title: chart.name, lead: chart.title }),
      );
    }
    for (const figure of figures) {
      const value = latest(figure.data.values);
      const source = value.source ?? figure.data.source;
      const date = formatAsOf(value.as_of, locale);
      add(
        `figures/${figure.id}`,
        figureCard({
          label: t(locale, 'share.figure'),
          scope: scopeLabel(locale, figure.data.scope),
          value: formatHeadline(value.value, figure.data.unit, locale, value.qualifier),
          title: localText(figure.data.label, locale),
          source: source
            ? t(locale, 'share.figureSource', { date, publisher: source.publisher })
            : t(locale, 'figure.asOf', { date }),
        }),
      );
    }
  }
  return out;
}
