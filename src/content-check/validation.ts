/**
 * Cross-content checks: what a schema alone cannot see. Every check returns
 * problems instead of throwing, so one run reports every mistake at once, and
 * every message names the file, the field, what is wrong and how to fix it.
 *
 * Pure: takes parsed content, returns problems. `src/content-check/` reads
 * the files; the build and `npm run check:content` print the same messages.
 */
import { DEPARTMENT_CODES, SLUG_PATTERN } from '../model/constants.ts';
import type { ProblemRule } from './problem-rules.ts';
import {
  departmentOfPostcode,
  describeBox,
  franceBoxOf,
  FRENCH_DEPARTMENTS,
  inBox,
  REGION_BOX,
  type OutlineGeometry,
} from './geo.ts';
import { figureDateProblems } from './figure-dates.ts';
import { checkSiteOutlines } from './outline-rules.ts';
import { foldForCompare, slugify } from '../util/text.ts';
import { escapeForLog } from '../util/hidden-characters.ts';

/** One mistake in one field of one file. */
export interface Problem {
  /** Path of the file from the project root, e.g. content/organizations/en/genethon.md. */
  file: string;
  /** Path of the field in the file, e.g. sites[0].department; empty for the whole file. */
  field: string;
  /** A sentence that says what is wrong and what to do. */
  message: string;
  /** 1-based line of the field in the file, where known. */
  line?: number;
  /** Which kind of message this is (explained under that name in CONTRIBUTING.md). */
  rule: ProblemRule;
}

/** A parsed content entry: its slug (file name), its file and its data. */
export interface Entry<T> {
  slug: string;
  file: string;
  data: T;
}

export interface SiteData {
  label: string;
  city: string;
  postcode?: string | undefined;
  department: string;
  lat: number;
  lon: number;
}

export interface ValueData {
  as_of?: string;
  value: number;
  source?: unknown;
}

/** The subset of each collection the checks read. */
export interface ContentSet {
  organizations: Entry<{ name: string; areas: string[]; fields?: string[]; sites: SiteData[] }>[];
  areas: Entry<{ title: string }>[];
  stories: Entry<{ title: string; organizations: string[]; areas: string[] }>[];
  figures: Entry<{ id: string; values: ValueData[]; source?: unknown }>[];
  departments: { file: string; codes: string[]; names: Record<string, string> };
  /** Department outlines by code, from public/data/departments.geojson. */
  outlines: Record<string, OutlineGeometry>;
  /** French versions (content/<collection>/fr/<slug>), by collection. */
  translations?: { organizations: Entry<unknown>[]; areas: Entry<unknown>[]; stories: Entry<unknown>[] };
  /** Today, for dates that may not be in the future (tests fix it). */
  today?: Date;
  /** Slugs of every English file read, valid or not (else the valid entries' slugs). */
  originals?: { organizations: string[]; areas: string[]; stories: string[] };
}

/**
 * A French organization file translates `fields` and the sites' labels item by
 * item, so its lists must be as long as the English ones: otherwise a label
 * would land on the wrong site.
 */
function checkListLengths(fr: Entry<unknown>, originals: ContentSet['organizations'], out: Problem[]): void {
  const en = originals.find((o) => o.slug === fr.slug);
  const data = fr.data as { fields?: string[]; site_labels?: string[] } | undefined;
  if (!en || !data) return;
  const pairs = [
    ['fields', data.fields, en.data.fields ?? []],
    ['site_labels', data.site_labels, en.data.sites.map((s) => s.label)],
  ] as const;
  for (const [field, french, english] of pairs) {
    if (french && french.length !== english.length) {
      out.push({
        file: fr.file,
        field,
        rule: 'translation-length-mismatch',
        message: `${field} has ${french.length} item(s) but the English file has ${english.length === 0 ? 'none' : `${english.length} (${english.map((x) => `"${x}"`).join(', ')})`}; give one French item per English item, in the same order`,
      });
    }
  }
}

function list(values: readonly string[]): string {
  return values.join(', ');
}

/**
 * File names that cannot be an organization's, because /members/<name>/ is
 * another page: the departments side by side (/members/department/).
 */
const RESERVED_ORGANIZATION_SLUGS: Record<string, string> = {
  department: 'the page comparing the departments',
};

/** " (for example genethon)": a file name made from the organization's name, when that differs from the reserved one. */
function example(slug: string, name: unknown): string {
  const suggestion = typeof name === 'string' ? slugify(name) : '';
  return suggestion && suggestion !== slug ? ` (for example ${suggestion})` : '';
}

function checkSlugs(collection: string, entries: Entry<unknown>[], out: Problem[]): void {
  const seen = new Map<string, string>();
  for (const e of entries) {
    const reserved = collection === 'organizations' ? RESERVED_ORGANIZATION_SLUGS[e.slug] : undefined;
    if (reserved) {
      out.push({
        file: e.file,
        field: '',
        rule: 'reserved-slug',
        message: `the file name "${e.slug}" would give this organization the address /members/${e.slug}/, which is ${reserved}; rename the file${example(e.slug, (e.data as { name?: unknown }).name)}`,
      });
    }
    if (!SLUG_PATTERN.test(e.slug)) {
      out.push({
        file: e.file,
        field: '',
        rule: 'bad-file-name',
        message: `the file name "${e.slug}" is not a valid slug; rename the file using only lower-case letters, digits and hyphens (for example ${slugify(e.slug)})`,
      });
    }
    const key = e.slug.toLowerCase();
    const other = seen.get(key);
    if (other) {
      out.push({
        file: e.file,
        field: '',
        rule: 'duplicate-slug',
        message: `has the same slug as ${other}: two ${collection} cannot share a page address; rename one of the files`,
      });
    } else seen.set(key, e.file);
  }
}

function checkReferences(
  e: Entry<unknown>,
  field: string,
  refs: string[],
  targets: Set<string>,
  targetFolder: string,
  out: Problem[],
): void {
  refs.forEach((ref, i) => {
    if (!targets.has(ref)) {
      out.push({
        file: e.file,
        field: `${field}[${i}]`,
        rule: 'unknown-reference',
        message: `${field}[${i}] is "${ref}" but there is no ${targetFolder}/${ref}.md; use one of: ${list([...targets].sort())}`,
      });
    }
  });
}

/** A problem of one field, before it is placed in a file: the form of the web editor shows the same. */
export type FieldProblem = Omit<Problem, 'file' | 'line'>;

/**
 * The location checks of one site that need nothing but the site: a French
 * department, coordinates inside it, a postcode of that department. `deptName`
 * names a department for the message. Returns the first problem, as the
 * later checks assume the earlier ones passed.
 */
export function siteLocationProblem(
  site: Pick<SiteData, 'department' | 'postcode' | 'lat' | 'lon'>,
  at: string,
  regionCodes: ReadonlySet<string>,
  deptName: (code: string) => string,
): FieldProblem | undefined {
  if (!FRENCH_DEPARTMENTS.has(site.department)) {
    return {
      field: `${at}.department`,
      rule: 'unknown-department',
      message: `${at}.department is "${site.department}", which is not a French department; use the code of the town's department: one of the region's ${list(DEPARTMENT_CODES)}, or another from 01 to 95, 2A, 2B, 971 to 976`,
    };
  }
  const inRegion = regionCodes.has(site.department);
  const box = inRegion ? REGION_BOX : franceBoxOf(site.department);
  if (!inBox(box, site.lat, site.lon)) {
    return {
      field: `${at}.lat`,
      rule: inRegion ? 'outside-region' : 'outside-france',
      message: `${at} (lat ${site.lat}, lon ${site.lon}) lies outside ${inRegion ? `the Paris Region, where department ${site.department} is` : `France for department ${site.department}`} (${describeBox(box)}); check the coordinates (not swapped, decimal point, minus sign west of Greenwich) or the department`,
    };
  }
  if (site.postcode) {
    const expected = departmentOfPostcode(site.postcode);
    if (expected !== site.department) {
      return {
        field: `${at}.department`,
        rule: 'postcode-department',
        message: `${at}.department is "${site.department}" but postcode ${site.postcode} belongs to ${expected} (${deptName(expected)}); fix the department or the postcode`,
      };
    }
  }
  return undefined;
}

function checkSites(
  e: ContentSet['organizations'][number],
  set: ContentSet,
  regionCodes: ReadonlySet<string>,
  out: Problem[],
): void {
  e.data.sites.forEach((site, i) => {
    const at = `sites[${i}]`;
    const deptName = (code: string) => set.departments.names[code] ?? 'outside the Paris Region';
    const problem = siteLocationProblem(site, at, regionCodes, deptName);
    if (problem) out.push({ file: e.file, ...problem });
    else checkSiteOutlines(e.file, at, site, { outlines: set.outlines, regionCodes, deptName }, out);
  });
}

/** The checks of one dated value of a figure: not below 0, dated, sourced (by itself or by its figure). */
export function figureValueProblems(v: ValueData, i: number, figureHasSource: boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (v.value < 0) {
    out.push({
      field: `values[${i}].value`,
      rule: 'negative-value',
      message: `values[${i}] (as of ${v.as_of ?? '?'}) is ${v.value}, but a figure counts or sums something and cannot be below 0; check the sign (a decrease is the difference between two values, not a value)`,
    });
  }
  if (!v.as_of) {
    out.push({
      field: `values[${i}].as_of`,
      rule: 'value-without-date',
      message: `values[${i}] has no as_of date; add the date the number was true, e.g. "as_of": "2018"`,
    });
  }
  if (!v.source && !figureHasSource) {
    out.push({
      field: `values[${i}].source`,
      rule: 'value-without-source',
      message: `values[${i}] (as of ${v.as_of ?? '?'}) has no source; add a "source" {title, url, publisher} to the value or to the figure`,
    });
  }
  return out;
}

/** Runs every cross-content check and returns all problems found. */
export function validateContent(set: ContentSet): Problem[] {
  const out: Problem[] = [];
  const regionCodes: ReadonlySet<string> = new Set(DEPARTMENT_CODES);

  checkSlugs('organizations', set.organizations, out);
  checkSlugs('areas', set.areas, out);
  checkSlugs('stories', set.stories, out);
  checkSlugs('figures', set.figures, out);

  const areaSlugs = new Set(set.areas.map((a) => a.slug));
  const orgSlugs = new Set(set.organizations.map((o) => o.slug));

  const names = new Map<string, string>();
  for (const org of set.organizations) {
    const key = foldForCompare(org.data.name);
    const other = names.get(key);
    if (other) {
      out.push({
        file: org.file,
        field: 'name',
        rule: 'duplicate-name',
        message: `name "${org.data.name}" is already used by ${other}; each organization has one file: merge the two, or make the names distinct`,
      });
    } else names.set(key, org.file);
    checkReferences(org, 'areas', org.data.areas, areaSlugs, 'content/areas/en', out);
    checkSites(org, set, regionCodes, out);
  }

  for (const story of set.stories) {
    checkReferences(story, 'organizations', story.data.organizations, orgSlugs, 'content/organizations/en', out);
    checkReferences(story, 'areas', story.data.areas, areaSlugs, 'content/areas/en', out);
  }

  const figureIds = new Map<string, string>();
  for (const fig of set.figures) {
    if (fig.data.id !== fig.slug) {
      out.push({
        file: fig.file,
        field: 'id',
        rule: 'figure-id-mismatch',
        message: `id is "${fig.data.id}" but the file is named ${fig.slug}.json; make them the same`,
      });
    }
    const other = figureIds.get(fig.data.id);
    if (other) {
      out.push({
        file: fig.file,
        field: 'id',
        rule: 'duplicate-figure-id',
        message: `id "${fig.data.id}" is already used by ${other}; give each figure its own id`,
      });
    } else figureIds.set(fig.data.id, fig.file);
    out.push(...figureDateProblems(fig, set.today ?? new Date()));
    fig.data.values.forEach((v, i) => {
      for (const p of figureValueProblems(v, i, Boolean(fig.data.source))) out.push({ file: fig.file, ...p });
    });
  }

  for (const [collection, entries] of Object.entries(set.translations ?? {})) {
    const key = collection as 'areas';
    const originals = new Set(set.originals?.[key] ?? set[key].map((e) => e.slug));
    for (const e of entries) {
      if (!originals.has(e.slug)) {
        out.push({
          file: e.file,
          field: '',
          rule: 'orphan-translation',
          message: `is a French version of content/${collection}/en/${e.slug}, which does not exist; give it the same file name as the English entry, or delete it`,
        });
      }
    }
  }
  for (const e of set.translations?.organizations ?? []) checkListLengths(e, set.organizations, out);

  const { codes, file } = set.departments;
  for (const code of DEPARTMENT_CODES) {
    if (!codes.includes(code)) {
      out.push({
        file,
        field: code,
        rule: 'department-missing',
        message: `department ${code} is missing; the file must describe all eight: ${list(DEPARTMENT_CODES)}`,
      });
    }
  }
  for (const code of codes) {
    if (!regionCodes.has(code)) {
      out.push({
        file,
        field: code,
        rule: 'department-not-in-region',
        message: `"${code}" is not a department of the Paris Region; use only ${list(DEPARTMENT_CODES)}`,
      });
    }
  }

  return out;
}

/** One line per problem: `file:line: message` (line when known). */
export function formatProblem(p: Problem): string {
  // Values from content are quoted in messages: written visibly escaped (\n, \u001b), none can start
  // a line of its own in a log (a workflow command) or drive the terminal.
  return escapeForLog(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
}
