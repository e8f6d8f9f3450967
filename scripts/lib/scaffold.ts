/**
 * The text of a new content file, written by `npm run new`: every field of
 * the content model, filled from what the editor gave and "TODO ..." where
 * something is still to write (the checks fail until it is). Pure: the
 * script gathers the values (flags, prompts, postcode lookup) and writes the file.
 */
import { PLACEHOLDER } from '../../src/content-check/placeholders.ts';
import { slugify } from '../../src/util/text.ts';

/** A YAML or JSON string: JSON's double-quoted strings are valid YAML too. */
const q = (text: string) => JSON.stringify(text);
const todo = (what: string) => `${PLACEHOLDER} ${what}`;
const list = (items: readonly string[]) => `[${items.map(q).join(', ')}]`;

/** The file name (without extension) for a name or title. */
export function slugFor(name: string): string {
  return slugify(name);
}

export interface SiteInput {
  label?: string | undefined;
  city?: string | undefined;
  postcode?: string | undefined;
  department?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  precision?: string | undefined;
}

export interface OrganizationInput {
  name: string;
  relation?: string | undefined;
  kind?: string | undefined;
  areas?: readonly string[];
  fields?: readonly string[];
  website?: string | undefined;
  /** One site, or none when the location is not known. */
  site?: SiteInput | undefined;
  sources?: readonly string[];
  /** The text below the front matter. */
  text?: string | undefined;
}

function sources(items: readonly string[] | undefined, what: string): string {
  const lines = items && items.length > 0 ? items : [todo(what)];
  return `sources:\n${lines.map((s) => `  - ${q(s)}`).join('\n')}`;
}

function coordinate(value: number | undefined, what: string): string {
  return value === undefined ? q(todo(what)) : String(value);
}

function siteBlock(site: SiteInput | undefined): string {
  if (!site) return 'sites: [] # location not known; see content/_templates/organization.md to add one';
  const lines = [
    `  - label: ${q(site.label ?? 'Head office')}`,
    `    city: ${q(site.city ?? todo('town, as written locally'))}`,
    ...(site.postcode ? [`    postcode: ${q(site.postcode)}`] : []),
    `    department: ${q(site.department ?? todo('department code, e.g. 91'))}`,
    `    lat: ${coordinate(site.lat, 'latitude, e.g. 48.624')}`,
    `    lon: ${coordinate(site.lon, 'longitude, e.g. 2.444')}`,
    `    precision: ${site.precision ?? 'town'} # address, campus, district or town (centre)`,
  ];
  return `sites:\n${lines.join('\n')}`;
}

/** content/organizations/en/<slug>.md */
export function organizationFile(o: OrganizationInput): string {
  return [
    '---',
    '# Every field is explained in content/_templates/organization.md and CONTRIBUTING.md.',
    `name: ${q(o.name)}`,
    `relation: ${o.relation ?? 'member'} # member or partner`,
    `kind: ${o.kind ?? q(todo('one of: large-company, mid-size-company, sme, startup, research, university, hospital, cluster, association, public-authority, investor, other'))}`,
    `areas: ${list(o.areas ?? [])}`,
    `fields: ${list(o.fields ?? [])}`,
    ...(o.website ? [`website: ${q(o.website)}`] : []),
    siteBlock(o.site),
    sources(o.sources, 'a public web page that names it a member or partner'),
    '---',
    '',
    o.text ??
      todo(
        `two or three sentences in the site's own words: what ${o.name} does, where, and how it relates to the cluster.`,
      ),
    '',
  ].join('\n');
}

export interface StoryInput {
  title: string;
  year?: number | undefined;
  organizations?: readonly string[];
  areas?: readonly string[];
  summary?: string | undefined;
  sources?: readonly string[];
  /** The text below the front matter. */
  text?: string | undefined;
}

/** content/stories/en/<slug>.mdx */
export function storyFile(s: StoryInput): string {
  return [
    '---',
    '# Every field is explained in content/_templates/story.mdx and CONTRIBUTING.md.',
    `title: ${q(s.title)}`,
    `year: ${s.year ?? q(todo('the year it happened, e.g. 2017'))}`,
    `organizations: ${list(s.organizations ?? [])}`,
    `areas: ${list(s.areas ?? [])}`,
    `summary: ${q(s.summary ?? todo('one or two sentences shown on cards and in search results'))}`,
    sources(s.sources, 'a public web page that supports the story'),
    '---',
    '',
    s.text ?? todo('the story in two to four short paragraphs, in the site’s own words.'),
    '',
  ].join('\n');
}

export interface FigureInput {
  label: string;
  id?: string | undefined;
  scope?: string | undefined;
  unit?: string | undefined;
  asOf?: string | undefined;
  value?: number | undefined;
  qualifier?: string | undefined;
  source?: { title?: string | undefined; url?: string | undefined; publisher?: string | undefined };
}

/** content/figures/<id>.json, with the link to its JSON Schema for editors' completion. */
export function figureFile(f: FigureInput): string {
  const figure = {
    $schema: '../../public/schemas/figure.schema.json',
    id: f.id ?? slugFor(f.label),
    label: { en: f.label },
    scope: f.scope ?? todo('who or what the number is about, e.g. Medicen'),
    unit: f.unit ?? todo('the unit, e.g. organizations or EUR million'),
    values: [
      {
        as_of: f.asOf ?? todo('the date the number was true: YYYY, YYYY-MM or YYYY-MM-DD'),
        value: f.value ?? todo('the number, without quotes'),
        qualifier: f.qualifier ?? 'exact',
        source: {
          title: f.source?.title ?? todo('title of the page or document'),
          url: f.source?.url ?? todo('its web address'),
          publisher: f.source?.publisher ?? todo('who published it'),
        },
      },
    ],
  };
  return `${JSON.stringify(figure, null, 2)}\n`;
}
