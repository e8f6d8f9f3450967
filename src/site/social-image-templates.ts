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

/**
 * An organization's page: its name, then its towns with their department
 * codes. Only names, which read the same in both languages: one image
 * serves the organization's page in every language (see socialImageName).
 */
export function memberCard(org: { name: string; sites: readonly { city: string; department: string }[] }): CardText {
  const towns = [...new Set(org.sites.map((s) => `${s.city} (${s.department})`))].join(' · ');
  return { title: org.name, subtitle: towns };
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
