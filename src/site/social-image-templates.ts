/**
 * One template per page type for the social preview images: each turns what
 * a page type knows (an organization's kind and towns, a story's period, a
 * figure's value) into the text of a card. All share the layout of
 * social-image.ts; only what goes in the eyebrow, the title, the value and
 * the subtitle differs. Pure: the words come in already translated.
 */
import type { SocialCard } from './social-image.ts';

/** What a template fills in; the site's name and tagline are added by the caller. */
export type CardText = Omit<SocialCard, 'siteName' | 'tagline'>;

/** The home page: the site's title and lead, no eyebrow. */
export function homeCard(page: { title: string; lead: string }): CardText {
  return { title: page.title, subtitle: page.lead };
}

/** A page with no content of its own (the list of members, the map, About, Search, 404): its section, title and lead. */
export function pageCard(page: { section?: string | undefined; title: string; lead: string }): CardText {
  return { eyebrow: page.section, title: page.title, subtitle: page.lead };
}

/** An organization's page: its kind and relation to the cluster, its name, its towns and fields. */
export function memberCard(org: {
  kind: string;
  relation: string;
  name: string;
  cities: readonly string[];
  fields: readonly string[];
}): CardText {
  const cities = [...new Set(org.cities)].join(', ');
  return {
    eyebrow: `${org.kind} · ${org.relation}`,
    title: org.name,
    subtitle: [cities, org.fields.join(', ')].filter(Boolean).join(' · '),
  };
}

/** A field of activity's page: its title and summary. */
export function areaCard(area: { label: string; title: string; summary: string }): CardText {
  return { eyebrow: area.label, title: area.title, subtitle: area.summary };
}

/** A list of members (of a field, of a department): how many, and what the list is about. */
export function listCard(list: {
  section: string;
  title: string;
  count: string;
  summary?: string | undefined;
}): CardText {
  return { eyebrow: list.section, title: list.title, subtitle: [list.count, list.summary].filter(Boolean).join(' · ') };
}

/** A success story: its period, title and summary. */
export function storyCard(story: { label: string; period: string | number; title: string; summary: string }): CardText {
  return { eyebrow: `${story.label} · ${story.period}`, title: story.title, subtitle: story.summary };
}

/** A key figure: its value in large type, its label under it, and its source and date. */
export function figureCard(figure: {
  label: string;
  scope: string;
  value: string;
  title: string;
  source: string;
}): CardText {
  return {
    eyebrow: `${figure.label} · ${figure.scope}`,
    value: figure.value,
    title: figure.title,
    subtitle: figure.source,
  };
}
