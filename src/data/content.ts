/**
 * Loads the content collections once per build, in the shapes the pages use.
 * The only module of the site that calls `getCollection`.
 *
 * Each collection is read once and localized once per locale (the promises
 * are kept for the whole build), and French siblings are found in a map by
 * id, never by scanning: building a member page costs the same with 60 or
 * 5,000 organizations. Pages that need "the organizations of this story" or
 * "the stories of this organization" use the indexes below instead of
 * filtering every entry.
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
import { memoize, memoizeBy } from '../util/memo.ts';

export type OrganizationEntry = CollectionEntry<'organizations'>;
export type AreaEntry = CollectionEntry<'areas'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type FigureEntry = CollectionEntry<'figures'>;
type FrenchCollection = 'organizationsFr' | 'areasFr' | 'storiesFr';

/**
 * What a page needs to show an entry's Markdown body in a language: the entry
 * to `render()` (the French file, or the English one when there is none yet)
 * and whether that is a translation, so the page can say when it is not.
 */
export interface LocalizedBody<E> {
  /** The entry whose body the page renders. */
  textEntry: E | CollectionEntry<FrenchCollection>;
  /** False when the page asked for French and only English exists: the page shows a note. */
  translated: boolean;
}

/** The French files of a collection (content/<collection>/fr/<same name>), by id: read once per build. */
const frenchFiles = {
  organizationsFr: memoize(() => byId(getCollection('organizationsFr'))),
  areasFr: memoize(() => byId(getCollection('areasFr'))),
  storiesFr: memoize(() => byId(getCollection('storiesFr'))),
};

async function byId<E extends { id: string }>(entries: Promise<E[]>): Promise<Map<string, E>> {
  return new Map((await entries).map((e) => [e.id, e]));
}

/** The French sibling of an entry when the page is French; undefined in English or when none exists yet. */
async function frenchOf<C extends FrenchCollection>(
  collection: C,
  id: string,
  locale: Locale,
): Promise<CollectionEntry<C> | undefined> {
  if (locale === DEFAULT_LOCALE) return undefined;
  const files = (await frenchFiles[collection]()) as Map<string, CollectionEntry<C>>;
  return files.get(id);
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

const organizationEntries = memoize(() => getCollection('organizations'));

/** Every organization, sorted by name, with its translatable parts in `locale` (names stay as they are). */
export const loadOrganizations = memoizeBy(async (locale: Locale): Promise<OrgItem[]> => {
  const entries = await organizationEntries();
  const items = await Promise.all(entries.map((entry) => localizeOrganization(entry, locale)));
  return items.sort(byName);
});

async function localizeOrganization(entry: OrganizationEntry, locale: Locale): Promise<OrgItem> {
  const fr = await frenchOf('organizationsFr', entry.id, locale);
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

/** The organizations of a locale by slug. */
const organizationsBySlug = memoizeBy(
  async (locale: Locale) => new Map((await loadOrganizations(locale)).map((o) => [o.slug, o])),
);

/**
 * The organizations named by slug (a story's partners), in directory order (by
 * name); unknown slugs are skipped, the content check reports them.
 */
export async function organizationsNamed(slugs: readonly string[], locale: Locale): Promise<OrgItem[]> {
  const bySlug = await organizationsBySlug(locale);
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []).sort(byName);
}

/** A strategic area with its title, summary and body in one language. */
export type LocalArea = AreaEntry & LocalizedBody<AreaEntry>;

/** The five strategic areas in their set order, in `locale`. */
export const loadAreas = memoizeBy(async (locale: Locale): Promise<LocalArea[]> => {
  const entries = (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    entries.map(async (entry) => {
      const fr = await frenchOf('areasFr', entry.id, locale);
      return {
        ...entry,
        data: { ...entry.data, ...(fr ? { title: fr.data.title, summary: fr.data.summary } : {}) },
        textEntry: fr ?? entry,
        translated: locale === DEFAULT_LOCALE || fr !== undefined,
      };
    }),
  );
});

/** A success story with its headline, summary, date note and body in one language. */
export type LocalStory = StoryEntry & LocalizedBody<StoryEntry>;

/** The success stories, newest first, in `locale`. */
export const loadStories = memoizeBy(async (locale: Locale): Promise<LocalStory[]> => {
  const entries = await getCollection('stories');
  const stories = await Promise.all(
    entries.map(async (entry) => {
      const fr = await frenchOf('storiesFr', entry.id, locale);
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
});

/** The stories that name each organization, newest first, by organization slug. */
const storiesByOrganization = memoizeBy(async (locale: Locale) => {
  const index = new Map<string, LocalStory[]>();
  for (const story of await loadStories(locale)) {
    for (const slug of story.data.organizations) index.set(slug, [...(index.get(slug) ?? []), story]);
  }
  return index;
});

/** The success stories that name an organization, newest first. */
export async function storiesOf(slug: string, locale: Locale): Promise<LocalStory[]> {
  return (await storiesByOrganization(locale)).get(slug) ?? [];
}

/** Every figure series, each with its values oldest first. */
export const loadFigures = memoize(async (): Promise<FigureEntry[]> => {
  const figures = await getCollection('figures');
  return figures.map((f) => ({ ...f, data: { ...f.data, values: chronological(f.data.values) } }));
});

const figuresById = memoize(async () => new Map((await loadFigures()).map((f) => [f.id, f])));

export async function loadFigure(id: string): Promise<FigureEntry> {
  return found((await figuresById()).get(id), `content/figures/${id}.json`);
}

/** Figures by scope (an organization's figures have its name as scope): one index per build. */
const figuresByScope = memoize(async () => {
  const index = new Map<string, FigureEntry[]>();
  for (const f of await loadFigures()) index.set(f.data.scope, [...(index.get(f.data.scope) ?? []), f]);
  return index;
});

/** The figure series about an organization (their scope is its name), e.g. Sanofi's regional footprint. */
export async function figuresAbout(name: string): Promise<FigureEntry[]> {
  return (await figuresByScope()).get(name) ?? [];
}

export interface DepartmentItem {
  code: DepartmentCode;
  name: string;
  prefecture: string;
  summary: { en: string; fr?: string | undefined };
  sources: string[];
}

/** The eight departments of the region, in the set order of DEPARTMENT_CODES. */
export const loadDepartments = memoize(async (): Promise<DepartmentItem[]> => {
  const entries = new Map((await getCollection('departments')).map((e) => [e.id, e]));
  return DEPARTMENT_CODES.map((code) => {
    const e = entries.get(code);
    if (!e) throw new Error(`content/departments.json: department ${code} is missing`);
    return { code, ...e.data };
  });
});

/** The history, oldest first; on the same date, policy before areas, governance and events. */
export const loadTimeline = memoize(async () => {
  const entries = await getCollection('timeline');
  const rank = (c: string) => (TIMELINE_CATEGORIES as readonly string[]).indexOf(c);
  return entries.sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || rank(a.data.category) - rank(b.data.category),
  );
});

/** The directory grouped by home department, with outside and unknown lists. */
export const loadDirectory = memoizeBy(async (locale: Locale) => groupByPlacement(await loadOrganizations(locale)));

function found<T>(value: T | undefined, file: string): T {
  if (value === undefined) throw new Error(`${file} is missing: a page needs it`);
  return value;
}
