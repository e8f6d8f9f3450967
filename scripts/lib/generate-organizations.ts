/**
 * Generated organizations for the build benchmark (`npm run bench:build`):
 * copies of the real organization files under new names and slugs, with the
 * real vocabularies (kinds, relations, the areas of content/areas/) and one
 * or two sites each in a real commune of the Paris Region (its postcode,
 * department and GeoNames point, from scripts/lib/places.ts), plus the
 * French file of each. Generated content passes `npm run check:content`.
 *
 * `generateOrganizations` is pure and deterministic for a seed;
 * `writeGeneratedOrganizations` reads a project folder and writes into it.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEPARTMENT_CODES, KINDS, RELATIONS } from '../../src/model/constants.ts';
import { contains, departmentOfPostcode, type OutlineGeometry } from '../../src/content-check/geo.ts';
import { OUTLINES_FILE, readOutlines } from '../../src/content-check/index.ts';
import { foldForCompare } from '../../src/util/text.ts';
import { loadPlaceIndex, type PlaceIndex } from './places.ts';

const ORGANIZATIONS = 'content/organizations';

/** A real organization file, in both languages, as the copies start from. */
export interface SourceOrganization {
  slug: string;
  name: string;
  fields: string[];
  website?: string | undefined;
  sources: string[];
  body: string;
  /** The French file's fields (when it translates them) and text. */
  fr: { fields?: string[] | undefined; body: string };
}

/** A commune of the region a site can be in. */
export interface RegionTown {
  name: string;
  postcode: string;
  department: string;
  lat: number;
  lon: number;
}

/** One file to write, relative to the project folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** Site labels in both languages: a French file translates each site's label. */
const SITE_LABELS: [en: string, fr: string][] = [
  ['Head office', 'Siège'],
  ['Laboratory', 'Laboratoire'],
  ['R&D centre', 'Centre de R&D'],
  ['Campus', 'Campus'],
  ['Plant', 'Usine'],
  ['Office', 'Bureau'],
];

/** A small seeded random generator (mulberry32): the same seed gives the same content. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => `[${items.map(quote).join(', ')}]`;

function englishFile(org: {
  name: string;
  relation: string;
  kind: string;
  areas: string[];
  fields: string[];
  website?: string | undefined;
  sites: (RegionTown & { label: string })[];
  sources: string[];
  body: string;
}): string {
  const lines = [
    '---',
    `name: ${quote(org.name)}`,
    `relation: ${org.relation}`,
    `kind: ${org.kind}`,
    `areas: ${list(org.areas)}`,
    `fields: ${list(org.fields)}`,
    ...(org.website ? [`website: ${quote(org.website)}`] : []),
    'sites:',
    ...org.sites.flatMap((s) => [
      `  - label: ${quote(s.label)}`,
      `    city: ${quote(s.name)}`,
      `    postcode: ${quote(s.postcode)}`,
      `    department: ${quote(s.department)}`,
      `    lat: ${s.lat}`,
      `    lon: ${s.lon}`,
      '    precision: town',
    ]),
    'sources:',
    ...org.sources.map((s) => `  - ${quote(s)}`),
    '---',
    '',
    org.body.trim(),
    '',
  ];
  return lines.join('\n');
}

function frenchFile(fields: string[] | undefined, siteLabels: string[], body: string): string {
  return [
    '---',
    ...(fields ? [`fields: ${list(fields)}`] : []),
    `site_labels: ${list(siteLabels)}`,
    '---',
    '',
    body.trim(),
    '',
  ].join('\n');
}

/**
 * The files of `count` organizations made from the real ones (taken in turn)
 * with names and slugs none of `taken` uses: `<slug>-<n>` and "<name> <n>",
 * n counting on from `first`.
 */
export function generateOrganizations(input: {
  sources: readonly SourceOrganization[];
  towns: readonly RegionTown[];
  areas: readonly string[];
  count: number;
  /** Slugs and names already in use (the real organizations'). */
  taken?: { slugs: Iterable<string>; names: Iterable<string> };
  first?: number;
  seed?: number;
}): GeneratedFile[] {
  const { sources, towns, areas, count } = input;
  if (count > 0 && (sources.length === 0 || towns.length === 0 || areas.length === 0)) {
    throw new Error('generating organizations needs real organizations, towns and areas to copy');
  }
  const random = seededRandom(input.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const slugs = new Set(input.taken?.slugs ?? []);
  const names = new Set([...(input.taken?.names ?? [])].map(foldForCompare));
  const files: GeneratedFile[] = [];
  let n = input.first ?? 1;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    let slug: string;
    let name: string;
    do {
      slug = `${source.slug}-${n}`;
      name = `${source.name} ${n}`;
      n++;
    } while (slugs.has(slug) || names.has(foldForCompare(name)));
    slugs.add(slug);
    names.add(foldForCompare(name));
    const areaCount = 1 + Math.floor(random() * 2);
    const orgAreas = [...new Set(Array.from({ length: areaCount }, () => pick(areas)))];
    const labels = [...SITE_LABELS];
    const sites = Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
      const [label] = labels.splice(Math.floor(random() * labels.length), 1);
      return { ...pick(towns), label: label! };
    });
    files.push({
      path: `${ORGANIZATIONS}/en/${slug}.md`,
      text: englishFile({
        name,
        relation: pick(RELATIONS),
        kind: pick(KINDS),
        areas: orgAreas,
        fields: source.fields,
        website: source.website,
        sites: sites.map((s) => ({ ...s, label: s.label[0] })),
        sources: source.sources,
        body: source.body,
      }),
    });
    files.push({
      path: `${ORGANIZATIONS}/fr/${slug}.md`,
      text: frenchFile(
        source.fr.fields,
        sites.map((s) => s.label[1]),
        source.fr.body,
      ),
    });
  }
  return files;
}

/** Front matter and body of a Markdown file. */
function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('no front matter');
  return { data: (parse(m[1]!) as Record<string, unknown> | null) ?? {}, body: m[2]! };
}

/** The real organizations of a project folder, with their French files. */
export function readSourceOrganizations(root: string): SourceOrganization[] {
  const folder = join(root, ORGANIZATIONS);
  return readdirSync(join(folder, 'en'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -3);
      const en = splitMarkdown(readFileSync(join(folder, 'en', file), 'utf8'));
      let fr: SourceOrganization['fr'];
      try {
        const parsed = splitMarkdown(readFileSync(join(folder, 'fr', file), 'utf8'));
        fr = { fields: parsed.data.fields as string[] | undefined, body: parsed.body };
      } catch {
        fr = { body: en.body };
      }
      return {
        slug,
        name: String(en.data.name),
        fields: (en.data.fields as string[] | undefined) ?? [],
        website: en.data.website as string | undefined,
        sources: en.data.sources as string[],
        body: en.body,
        fr,
      };
    });
}

/**
 * The communes of the region's eight departments that have a point, whose
 * postcode names their department and whose point lies inside its outline:
 * what the content checks accept.
 */
export function regionTowns(index: PlaceIndex, outlines: Record<string, OutlineGeometry>): RegionTown[] {
  const region = new Set<string>(DEPARTMENT_CODES);
  const seen = new Set<string>();
  const towns: RegionTown[] = [];
  for (const [postcode, candidates] of [...index.byPostcode].sort(([a], [b]) => a.localeCompare(b))) {
    for (const town of candidates) {
      if (!town.point || !region.has(town.department) || seen.has(town.code)) continue;
      if (departmentOfPostcode(postcode) !== town.department) continue;
      const lat = Math.round(town.point.lat * 1e4) / 1e4;
      const lon = Math.round(town.point.lon * 1e4) / 1e4;
      const outline = outlines[town.department];
      if (!outline || !contains(outline, [lon, lat])) continue;
      seen.add(town.code);
      towns.push({ name: town.name, postcode, department: town.department, lat, lon });
    }
  }
  return towns;
}

/**
 * Adds organizations to the project in `root` until it has `total` (none
 * when it already has as many), each with its French file. Returns how many
 * it wrote.
 */
export function writeGeneratedOrganizations(root: string, total: number, seed = 1): number {
  const sources = readSourceOrganizations(root);
  const count = Math.max(0, total - sources.length);
  if (count === 0) return 0;
  const areas = readdirSync(join(root, 'content/areas/en'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  const files = generateOrganizations({
    sources,
    towns: regionTowns(loadPlaceIndex(), readOutlines(join(root, OUTLINES_FILE))),
    areas,
    count,
    taken: { slugs: sources.map((s) => s.slug), names: sources.map((s) => s.name) },
    seed,
  });
  for (const lang of ['en', 'fr']) mkdirSync(join(root, ORGANIZATIONS, lang), { recursive: true });
  for (const f of files) writeFileSync(join(root, f.path), f.text);
  return count;
}
