/**
 * Loads the content collections once per build, in the shapes the pages use.
 * The only module of the site that calls `getCollection`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  DEFAULT_LOCALE,
  DEPARTMENT_CODES,
  TIMELINE_CATEGORIES,
  type DepartmentCode,
  type Locale,
} from '../model/constants.ts';
import { byName, groupByPlacement } from '../model/directory.ts';
import { chronological } from '../model/figures.ts';

export type OrganizationEntry = CollectionEntry<'organizations'>;
export type AreaEntry = CollectionEntry<'areas'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type FigureEntry = CollectionEntry<'figures'>;

/**
 * What a page needs to show an entry's Markdown body in a language: the entry
 * to `render()` (the French file, or the English one when there is none yet)
 * and whether that is a translation, so the page can say when it is not.
 */
export interface LocalizedBody<E> {
  /** The entry whose body the page renders. */
  textEntry: E | CollectionEntry<'organizationsFr' | 'areasFr' | 'storiesFr'>;
  /** False when the page asked for French and only English exists: the page shows a note. */
  translated: boolean;
}

/** The French sibling of an entry (content/<collection>/fr/<same name>), if any. */
async function frenchOf<C extends 'organizationsFr' | 'areasFr' | 'storiesFr'>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  const entries: CollectionEntry<C>[] = await getCollection(collection);
  return entries.find((e) => e.id === id);
}

/** An organization with its slug and name at top level, for the directory helpers, in one language. */
export interface OrgItem extends LocalizedBody<OrganizationEntry> {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: string[];
  /** The sites, with their labels in the page's language. */
  sites: OrganizationEntry['data']['sites'];
  /** Fields of activity in the page's language. */
  fields: string[];
  entry: OrganizationEntry;
}

/** Every organization, sorted by name, with its translatable parts in `locale` (names stay as they are). */
export async function loadOrganizations(locale: Locale = DEFAULT_LOCALE): Promise<OrgItem[]> {
  const entries = await getCollection('organizations');
  const items = await Promise.all(entries.map((entry) => localizeOrganization(entry, locale)));
  return items.sort(byName);
}

async function localizeOrganization(entry: OrganizationEntry, locale: Locale): Promise<OrgItem> {
  const fr = locale === 'fr' ? await frenchOf('organizationsFr', entry.id) : undefined;
  const labels = fr?.data.site_labels;
  return {
    slug: entry.id,
    name: entry.data.name,
    kind: entry.data.kind,
    relation: entry.data.relation,
    areas: entry.data.areas,
    sites: entry.data.sites.map((site, i) => ({ ...site, label: labels?.[i] ?? site.label })),
    fields: fr?.data.fields ?? entry.data.fields,
    entry,
    textEntry: fr ?? entry,
    translated: locale === DEFAULT_LOCALE || fr !== undefined,
  };
}

/** A strategic area with its title, summary and body in one language. */
export type LocalArea = AreaEntry & LocalizedBody<AreaEntry>;

/** The five strategic areas in their set order, in `locale`. */
export async function loadAreas(locale: Locale = DEFAULT_LOCALE): Promise<LocalArea[]> {
  const entries = (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    entries.map(async (entry) => {
      const fr = locale === 'fr' ? await frenchOf('areasFr', entry.id) : undefined;
      return {
        ...entry,
        data: { ...entry.data, ...(fr ? { title: fr.data.title, summary: fr.data.summary } : {}) },
        textEntry: fr ?? entry,
        translated: locale === DEFAULT_LOCALE || fr !== undefined,
      };
    }),
  );
}

/** A success story with its headline, summary, date note and body in one language. */
export type LocalStory = StoryEntry & LocalizedBody<StoryEntry>;

/** The success stories, newest first, in `locale`. */
export async function loadStories(locale: Locale = DEFAULT_LOCALE): Promise<LocalStory[]> {
  const entries = await getCollection('stories');
  const stories = await Promise.all(
    entries.map(async (entry) => {
      const fr = locale === 'fr' ? await frenchOf('storiesFr', entry.id) : undefined;
      const french = fr
        ? { title: fr.data.title, summary: fr.data.summary, date_note: fr.data.date_note ?? entry.data.date_note }
        : {};
      return {
        ...entry,
        data: { ...entry.data, ...french },
        textEntry: fr ?? entry,
        translated: locale === DEFAULT_LOCALE || fr !== undefined,
      };
    }),
  );
  return stories.sort((a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title, locale));
}

export async function loadFigures(): Promise<FigureEntry[]> {
  const figures = await getCollection('figures');
  return figures.map((f) => ({ ...f, data: { ...f.data, values: chronological(f.data.values) } }));
}

export async function loadFigure(id: string): Promise<FigureEntry> {
  const figure = (await loadFigures()).find((f) => f.id === id);
  if (!figure) throw new Error(`content/figures/${id}.json is missing: the page needs it`);
  return figure;
}

export interface DepartmentItem {
  code: DepartmentCode;
  name: string;
  prefecture: string;
  summary: { en: string; fr?: string | undefined };
  sources: string[];
}

export async function loadDepartments(): Promise<DepartmentItem[]> {
  const entries = await getCollection('departments');
  return DEPARTMENT_CODES.map((code) => {
    const e = entries.find((d) => d.id === code);
    if (!e) throw new Error(`content/departments.json: department ${code} is missing`);
    return { code, ...e.data };
  });
}

/** The history, oldest first; on the same date, policy before areas, governance and events. */
export async function loadTimeline() {
  const entries = await getCollection('timeline');
  const rank = (c: string) => (TIMELINE_CATEGORIES as readonly string[]).indexOf(c);
  return entries.sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || rank(a.data.category) - rank(b.data.category),
  );
}

/** The directory grouped by home department, with outside and unknown lists. */
export async function loadDirectory(locale: Locale = DEFAULT_LOCALE) {
  return groupByPlacement(await loadOrganizations(locale));
}

/** One organization in `locale`, by slug (for pages whose route passes the English entry). */
export async function loadOrganization(slug: string, locale: Locale): Promise<OrgItem> {
  return found(
    (await loadOrganizations(locale)).find((o) => o.slug === slug),
    `content/organizations/${slug}.md`,
  );
}

/** One strategic area in `locale`, by id. */
export async function loadArea(id: string, locale: Locale): Promise<LocalArea> {
  return found(
    (await loadAreas(locale)).find((a) => a.id === id),
    `content/areas/${id}.md`,
  );
}

/** One success story in `locale`, by id. */
export async function loadStory(id: string, locale: Locale): Promise<LocalStory> {
  return found(
    (await loadStories(locale)).find((s) => s.id === id),
    `content/stories/${id}.mdx`,
  );
}

function found<T>(value: T | undefined, file: string): T {
  if (value === undefined) throw new Error(`${file} is missing: a page needs it`);
  return value;
}
