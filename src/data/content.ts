/**
 * Loads the content collections once per build, in the shapes the pages use.
 * The only module of the site that calls `getCollection`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEPARTMENT_CODES, TIMELINE_CATEGORIES, type DepartmentCode } from '../lib/constants.ts';
import { byName, groupByPlacement } from '../lib/directory.ts';
import { chronological } from '../lib/figures.ts';

export type OrganizationEntry = CollectionEntry<'organizations'>;
export type AreaEntry = CollectionEntry<'areas'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type FigureEntry = CollectionEntry<'figures'>;

/** An organization with its slug and name at top level, for the directory helpers. */
export interface OrgItem {
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: string[];
  sites: OrganizationEntry['data']['sites'];
  entry: OrganizationEntry;
}

export async function loadOrganizations(): Promise<OrgItem[]> {
  const entries = await getCollection('organizations');
  return entries
    .map((entry) => ({
      slug: entry.id,
      name: entry.data.name,
      kind: entry.data.kind,
      relation: entry.data.relation,
      areas: entry.data.areas,
      sites: entry.data.sites,
      entry,
    }))
    .sort(byName);
}

export async function loadAreas(): Promise<AreaEntry[]> {
  return (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order);
}

export async function loadStories(): Promise<StoryEntry[]> {
  return (await getCollection('stories')).sort(
    (a, b) => b.data.year - a.data.year || a.data.title.localeCompare(b.data.title),
  );
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
export async function loadDirectory() {
  return groupByPlacement(await loadOrganizations());
}

/**
 * The French versions of a collection's Markdown entries, by id: only the
 * entries translated so far (a page falls back to the English text).
 */
export async function loadFrenchEntries<C extends 'organizationsFr' | 'areasFr' | 'storiesFr'>(collection: C) {
  return new Map((await getCollection(collection)).map((e) => [e.id, e] as const));
}
