/**
 * Checks all content under a root folder: every file against its schema,
 * then the cross-content rules of src/content-check/validation.ts. Used by the build
 * (astro.config.mjs) and by `npm run check:content`, so both print the same
 * messages.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  areaSchema,
  departmentSchema,
  figureSchema,
  organizationSchema,
  storySchema,
  timelineFileSchema,
  timelineSchema,
  areaFrSchema,
  organizationFrSchema,
  storyFrSchema,
  clusterSchema,
  siteFactsSchema,
  TEXT_LIMITS,
  type Area,
  type Cluster,
  type SiteFacts,
  type Department,
  type Figure,
  type Organization,
  type OrganizationFr,
  type Story,
  type TimelineEvent,
} from '../content.config.ts';
import { validateContent, type ContentSet, type Entry, type Problem } from './validation.ts';
import type { OutlineGeometry } from './geo.ts';
import { findPlaceholders, firstPlaceholderLine } from './placeholders.ts';
import { languageFolderProblems, listFolder, readContentFile, type ReadFile } from './read-files.ts';
import { fieldPath, parseWithSchema } from './schema-problems.ts';
import { SITE_FACTS_FILE, siteFactsNotice } from '../site/site-facts.ts';
import { bodyProblems } from './body-check.ts';
import { mediaProblems } from './media.ts';

export { formatProblem, type Problem } from './validation.ts';

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** ['sites', 0, 'lat'] from "sites[0].lat". */
function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** What a template or `npm run new` left to fill in one file. */
function placeholderProblems(read: ReadFile): Problem[] {
  const out: Problem[] = findPlaceholders(read.data).map(({ path, value }) => ({
    file: read.file,
    field: fieldPath(path),
    line: read.lineOf(path),
    rule: 'template-placeholder',
    message: `${fieldPath(path)} still holds the template's placeholder "${value}"; replace it with the real value`,
  }));
  const index = firstPlaceholderLine(read.body);
  if (index >= 0) {
    out.push({
      file: read.file,
      field: '',
      line: read.bodyLine + index,
      rule: 'template-placeholder',
      message: `the text below the front matter still holds the template's placeholder at line ${read.bodyLine + index}; replace it with the entry's own text`,
    });
  }
  return out;
}

/** What every collection's reading shares: where problems and field lines go, and every slug read. */
interface Reading {
  root: string;
  problems: Problem[];
  lines: Map<string, LineOf>;
  /** Slugs of every file read by folder, valid or not, so that a French file is not blamed for its English file. */
  slugs: Map<string, string[]>;
}

function readCollection<T>(reading: Reading, folder: string, ext: string, schema: z.ZodType<T>): Entry<T>[] {
  const { root, problems, lines } = reading;
  const entries: Entry<T>[] = [];
  const slugs: string[] = [];
  reading.slugs.set(folder, slugs);
  const paths = listFolder(root, folder, ext, problems);
  for (const path of paths) {
    const read = readContentFile(root, path, problems);
    slugs.push(read.slug);
    if (read.data === undefined) continue;
    lines.set(read.file, read.lineOf);
    const left = placeholderProblems(read);
    problems.push(...bodyProblems(read, ext));
    if (read.body.length > TEXT_LIMITS.body) {
      problems.push({
        file: read.file,
        field: '',
        line: read.bodyLine,
        rule: 'too-long',
        message: `the text below the front matter is ${read.body.length} characters long but may be at most ${TEXT_LIMITS.body}; shorten it, or split it into several entries`,
      });
    }
    const parsed = parseWithSchema(schema, read.data, read.file, read.lineOf, read.textOf);
    // A placeholder is the one thing to fix in its field: drop the schema's second opinion on it.
    const placeholderFields = new Set(left.map((p) => p.field));
    for (const p of [...left, ...parsed.problems.filter((p) => !placeholderFields.has(p.field))]) problems.push(p);
    if (parsed.data) entries.push({ slug: read.slug, file: read.file, data: parsed.data });
  }
  return entries;
}

/** Where the department outlines are, relative to the project root. */
export const OUTLINES_FILE = 'public/data/departments.geojson';

/** The department outlines, by department code, from a GeoJSON file of them. */
export function readOutlines(path: string): Record<string, OutlineGeometry> {
  const geo = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { properties: { code: string }; geometry: OutlineGeometry }[];
  };
  return Object.fromEntries(geo.features.map((f) => [f.properties.code, f.geometry]));
}

/** Reads a JSON file of entries keyed by id (content/departments.json); returns the valid entries and every key found. */
function readKeyedFile<T>(
  { root, problems, lines }: Reading,
  file: string,
  schema: z.ZodType<T>,
): { entries: Record<string, T>; keys: string[] } {
  const entries: Record<string, T> = {};
  const read = readJsonFile(root, file, problems, lines);
  if (!read) return { entries, keys: [] };
  const data = (read.data ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    const parsed = parseWithSchema(
      schema,
      value,
      file,
      (p) => read.lineOf([key, ...p]),
      (p) => read.textOf([key, ...p]),
    );
    for (const p of parsed.problems) {
      problems.push({ ...p, field: `${key}.${p.field}`, message: `entry "${key}": ${p.message}` });
    }
    if (parsed.data) entries[key] = parsed.data;
  }
  return { entries, keys: Object.keys(data) };
}

/** A JSON file that must exist, read; a missing one is a problem. */
function readJsonFile(root: string, file: string, problems: Problem[], lines: Map<string, LineOf>) {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push({
      file,
      field: '',
      rule: 'file-missing',
      message: 'is missing; restore it from the repository history',
    });
    return undefined;
  }
  const read = readContentFile(root, path, problems);
  lines.set(read.file, read.lineOf);
  return read;
}

const TIMELINE_FILE = 'content/timeline.json';

/**
 * Reads content/timeline.json, `{ "entries": [...] }` (a list, so that the
 * web editor can edit it): returns the valid entries, in file order. A
 * problem names the entry by its id and its place (`entries[3]`).
 */
function readTimeline({ root, problems, lines }: Reading): TimelineEvent[] {
  const read = readJsonFile(root, TIMELINE_FILE, problems, lines);
  if (!read || read.data === undefined) return [];
  const data = read.data as { entries?: unknown };
  const list: unknown[] = Array.isArray(data.entries) ? data.entries : [];
  // The file's own fields here; each entry's below, named by its id.
  const file = parseWithSchema(timelineFileSchema, data, TIMELINE_FILE, read.lineOf, read.textOf);
  problems.push(...file.problems.filter((p) => !/^entries\[\d+\]/.test(p.field)));
  const out: TimelineEvent[] = [];
  const seen = new Map<string, number>();
  list.forEach((value, i) => {
    const at = `entries[${i}]`;
    const id = (value as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' && id ? `entry "${id}" (${at})` : `entry ${at}`;
    const parsed = parseWithSchema(
      timelineSchema,
      value,
      TIMELINE_FILE,
      (p) => read.lineOf(['entries', i, ...p]),
      (p) => read.textOf(['entries', i, ...p]),
    );
    for (const p of parsed.problems)
      problems.push({ ...p, field: `${at}.${p.field}`, message: `${name}: ${p.message}` });
    if (typeof id === 'string' && seen.has(id)) {
      problems.push({
        file: TIMELINE_FILE,
        field: `${at}.id`,
        line: read.lineOf(['entries', i, 'id']),
        rule: 'duplicate-slug',
        message: `${name}: id "${id}" is already used by entries[${seen.get(id)}]; give each entry its own id`,
      });
    } else if (typeof id === 'string') seen.set(id, i);
    if (parsed.data) out.push(parsed.data);
  });
  return out;
}

/**
 * Reads a file that is one object (content/cluster.json, content/site.json)
 * against its schema. A missing file is no problem here: site.json then
 * counts as empty (every field is optional), and a missing cluster.json stops
 * the build with its own message.
 */
function readObjectFile<T>({ root, problems, lines }: Reading, file: string, schema: z.ZodType<T>): T | undefined {
  const path = join(root, file);
  if (!existsSync(path)) return undefined;
  const read = readContentFile(root, path, problems);
  if (read.data === undefined) return undefined;
  lines.set(read.file, read.lineOf);
  const parsed = parseWithSchema(schema, read.data, file, read.lineOf, read.textOf);
  problems.push(...parsed.problems);
  return parsed.data;
}

const CLUSTER_FILE = 'content/cluster.json';

/** The figure content/cluster.json names for the member count must exist. */
function clusterProblems(cluster: Cluster | undefined, figures: Entry<Figure>[], lineOf?: LineOf): Problem[] {
  if (!cluster) return [];
  const ids = figures.map((f) => f.data.id);
  if (ids.includes(cluster.members_figure)) return [];
  return [
    {
      file: CLUSTER_FILE,
      field: 'members_figure',
      line: lineOf?.(['members_figure']),
      rule: 'unknown-reference',
      message: `members_figure is "${cluster.members_figure}" but there is no content/figures/${cluster.members_figure}.json; use one of: ${ids.sort().join(', ')}`,
    },
  ];
}

const DEPARTMENTS_FILE = 'content/departments.json';

/** All content under `root`, parsed: the entries that passed their schema, and every problem. */
export interface LoadedContent {
  organizations: Entry<Organization>[];
  areas: Entry<Area>[];
  stories: Entry<Story>[];
  figures: Entry<Figure>[];
  departments: Record<string, Department>;
  /** The entries of content/timeline.json, in file order. */
  timeline: TimelineEvent[];
  /** The cluster today (content/cluster.json), when present and valid. */
  cluster: Cluster | undefined;
  /** The site-wide facts (content/site.json); all empty when the file is missing. */
  site: SiteFacts;
  /** French versions of Markdown entries, by collection. */
  translations: { organizations: Entry<OrganizationFr>[]; areas: Entry<unknown>[]; stories: Entry<unknown>[] };
  problems: Problem[];
}

/**
 * Reads and checks all content under `root` (the folder that holds content/).
 * `outlines` is the department outlines file (tests pass the real one for
 * fixture folders).
 */
export function loadContent(root: string, outlines = join(root, OUTLINES_FILE)): LoadedContent {
  const problems: Problem[] = [];
  const lines = new Map<string, LineOf>();
  const reading: Reading = { root, problems, lines, slugs: new Map() };
  for (const c of ['organizations', 'areas', 'stories']) languageFolderProblems(root, `content/${c}`, problems);
  const organizations = readCollection(reading, 'content/organizations/en', '.md', organizationSchema);
  const areas = readCollection(reading, 'content/areas/en', '.md', areaSchema);
  const stories = readCollection(reading, 'content/stories/en', '.mdx', storySchema);
  const figures = readCollection(reading, 'content/figures', '.json', figureSchema);
  const departments = readKeyedFile(reading, DEPARTMENTS_FILE, departmentSchema);
  const timeline = readTimeline(reading);
  const cluster = readObjectFile(reading, CLUSTER_FILE, clusterSchema);
  const site = readObjectFile(reading, SITE_FACTS_FILE, siteFactsSchema) ?? siteFactsSchema.parse({});
  problems.push(...clusterProblems(cluster, figures, lines.get(CLUSTER_FILE)));
  problems.push(...mediaProblems(root));
  const translations = {
    organizations: readCollection(reading, 'content/organizations/fr', '.md', organizationFrSchema),
    areas: readCollection(reading, 'content/areas/fr', '.md', areaFrSchema),
    stories: readCollection(reading, 'content/stories/fr', '.mdx', storyFrSchema),
  };
  const set: ContentSet = {
    organizations,
    areas,
    stories,
    figures,
    departments: {
      file: DEPARTMENTS_FILE,
      codes: departments.keys,
      names: Object.fromEntries(Object.entries(departments.entries).map(([code, d]) => [code, d.name])),
    },
    outlines: readOutlines(outlines),
    translations,
    originals: {
      organizations: reading.slugs.get('content/organizations/en') ?? [],
      areas: reading.slugs.get('content/areas/en') ?? [],
      stories: reading.slugs.get('content/stories/en') ?? [],
    },
  };
  for (const p of validateContent(set)) {
    problems.push({ ...p, line: p.line ?? lines.get(p.file)?.(parseFieldPath(p.field)) });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    organizations,
    areas,
    stories,
    figures,
    departments: departments.entries,
    timeline,
    cluster,
    site,
    translations,
    problems: withoutRepeatedBidi(problems),
  };
}

/**
 * A bidirectional control typed as it is is reported where the file is read (bidi-control, with
 * its line); the same character found again in a field or the text on that line is not a second
 * mistake. Escaped ones ("\u202E") only the field's or the text's check sees.
 */
function withoutRepeatedBidi(problems: Problem[]): Problem[] {
  const lines = new Set(problems.filter((p) => p.rule === 'bidi-control').map((p) => `${p.file}:${p.line}`));
  return problems.filter((p) => p.rule !== 'invisible-character' || !lines.has(`${p.file}:${p.line}`));
}

/**
 * What editors should know but is no mistake: the site-wide facts of
 * content/site.json still empty. Printed by `npm run check:content` and the
 * change report; never fails a check.
 */
export function contentNotices(content: Pick<LoadedContent, 'site'>): string[] {
  return siteFactsNotice(content.site);
}

/** Every problem in the content under `root`, in file order. */
export function checkContent(root: string, outlines = join(root, OUTLINES_FILE)): Problem[] {
  return loadContent(root, outlines).problems;
}
