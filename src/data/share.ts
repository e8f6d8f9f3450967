/**
 * What the site says about its pages when they are shared: an organization
 * page's description, and the text of every page's social preview image
 * (rendered by src/pages/og/[...path].png.ts), in both languages.
 */
import { LOCALES, type Locale } from '../model/constants.ts';
import { latest } from '../model/figures.ts';
import { formatAsOf, formatHeadline } from '../i18n/format.ts';
import { organizationDescription } from '../site/page-description.ts';
import type { SocialCard } from '../site/social-image.ts';
import { socialImageName } from '../site/social-meta.ts';
import { scopeLabel, t, tn, type UiKey } from '../i18n/index.ts';
import { localText } from '../util/text.ts';
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

type CardText = Omit<SocialCard, 'siteName' | 'tagline'>;

/** The pages with no content of their own: their title and lead come from the dictionary. */
const STATIC_PAGES: [route: string, title: UiKey, lead: UiKey, section?: UiKey][] = [
  ['', 'home.title', 'home.lead'],
  ['members/', 'members.title', 'members.lead', 'nav.members'],
  ['map/', 'map.title', 'map.lead', 'nav.map'],
  ['embed/map/', 'map.embedTitle', 'map.lead', 'nav.map'],
  ['areas/', 'areas.title', 'areas.lead', 'nav.areas'],
  ['stories/', 'stories.title', 'stories.lead', 'nav.stories'],
  ['figures/', 'figures.title', 'figures.lead', 'nav.figures'],
  ['about/', 'about.title', 'about.lead', 'nav.about'],
  ['data/', 'data.title', 'data.lead'],
  ['search/', 'search.title', 'search.lead'],
  ['404/', 'notFound.title', 'notFound.lead'],
];

/** Every preview image of the site: one per page and one per figure series, in each language. */
export async function socialImages(): Promise<SocialImage[]> {
  const [figures, departments, directory] = await Promise.all([loadFigures(), loadDepartments(), loadDirectory('en')]);
  const out: SocialImage[] = [];

  for (const locale of LOCALES) {
    const [orgs, areas, stories] = await Promise.all([
      loadOrganizations(locale),
      loadAreas(locale),
      loadStories(locale),
    ]);
    const prefix = locale === 'en' ? '' : `${locale}/`;
    const add = (route: string, text: CardText) =>
      out.push({
        name: socialImageName(prefix + route),
        card: { ...text, siteName: t(locale, 'site.name'), tagline: t(locale, 'site.tagline') },
      });

    for (const [route, title, lead, section] of STATIC_PAGES) {
      add(route, { eyebrow: section && t(locale, section), title: t(locale, title), subtitle: t(locale, lead) });
    }
    const areaTitle = (id: string) => areas.find((a) => a.id === id)?.data.title;
    for (const org of orgs) {
      const cities = [...new Set(org.sites.map((s) => s.city))].join(', ');
      const fields = org.areas.map(areaTitle).join(', ') || org.fields.join(', ');
      add(`members/${org.slug}/`, {
        eyebrow: `${t(locale, `kind.${org.kind}` as UiKey)} · ${t(locale, `relation.${org.relation}` as UiKey)}`,
        title: org.name,
        subtitle: [cities, fields].filter(Boolean).join(' · '),
      });
    }
    for (const area of areas) {
      const text = area.data;
      add(`areas/${area.id}/`, { eyebrow: t(locale, 'share.area'), title: text.title, subtitle: text.summary });
      add(`members/area/${area.id}/`, {
        eyebrow: t(locale, 'nav.members'),
        title: t(locale, 'members.inArea', { area: text.title }),
        subtitle: tn(locale, 'members.count', orgs.filter((o) => o.areas.includes(area.id)).length),
      });
    }
    for (const d of departments) {
      add(`members/department/${d.code}/`, {
        eyebrow: t(locale, 'nav.members'),
        title: `${d.name} (${d.code})`,
        subtitle: `${tn(locale, 'members.count', directory.present[d.code].length)} · ${localText(d.summary, locale)}`,
      });
    }
    for (const story of stories) {
      const text = story.data;
      add(`stories/${story.id}/`, {
        eyebrow: `${t(locale, 'share.story')} · ${text.date_note ?? story.data.year}`,
        title: text.title,
        subtitle: text.summary,
      });
    }
    for (const figure of figures) {
      const value = latest(figure.data.values);
      const source = value.source ?? figure.data.source;
      const date = formatAsOf(value.as_of, locale);
      add(`figures/${figure.id}`, {
        eyebrow: `${t(locale, 'share.figure')} · ${scopeLabel(locale, figure.data.scope)}`,
        value: formatHeadline(value.value, figure.data.unit, locale, value.qualifier),
        title: localText(figure.data.label, locale),
        subtitle: source
          ? t(locale, 'share.figureSource', { date, publisher: source.publisher })
          : t(locale, 'figure.asOf', { date }),
      });
    }
  }
  return out;
}
