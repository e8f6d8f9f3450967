/**
 * The content model: one Zod schema per collection, read from the top-level
 * `content/` folder. Editors change those files; these schemas say what each
 * field means and what values it takes.
 *
 * The schemas are plain Zod (no `astro:content` import) so that
 * `npm run check:content` can validate content without building the site.
 * References between entries (an organization's areas, a story's
 * organizations) are slugs checked by `src/content-check/validation.ts`, which explains
 * a broken reference better than a generic schema error would.
 */
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  AS_OF_PATTERN,
  KINDS,
  PRECISIONS,
  QUALIFIERS,
  RELATIONS,
  SLUG_PATTERN,
  TIMELINE_CATEGORIES,
} from './model/constants.ts';
import { line, paragraph, telephone, webAddress } from './model/text-rules.ts';

/**
 * Length limits of texts, about three times the longest of today's content
 * (names and titles 69 characters, summaries and notes 291, texts below the
 * front matter 1,237), so that a pasted page or a runaway text is caught; a
 * text below the front matter may grow into a long story. Web addresses,
 * e-mail addresses and telephone numbers have the limits of what browsers,
 * mail and telephones take.
 */
export const TEXT_LIMITS = {
  name: 200,
  summary: 900,
  tag: 100,
  body: 20_000,
  url: 2000,
  email: 254,
  telephone: 40,
} as const;

/** A web address starting with http:// or https://, with no name@ before the host. */
const httpUrl = webAddress(TEXT_LIMITS.url);

/** A reference to another entry, by its file name without extension. */
const slug = z.string().regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and hyphens');

/** A date a number was true at: a year, a month or a day. */
const asOf = z
  .string()
  .regex(AS_OF_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (for example 2018 or 2016-10)');

/** A one-line text: a name, a title, a label. */
const shortText = line(TEXT_LIMITS.name);
/** A sentence or a few: a summary, a note. */
const summaryText = paragraph(TEXT_LIMITS.summary);
/** A link to the JSON Schema a file follows, for editors' completion. */
const schemaLink = line(TEXT_LIMITS.url).optional();

/** A text written in English, with an optional French version (of several lines when longer than a name). */
const localizedText = (max: number) => {
  const text = () => (max > TEXT_LIMITS.name ? paragraph(max) : line(max));
  return z.strictObject({
    /** The English text (required: English is the site's default language). */
    en: text(),
    /** The French text; when missing, the English one is shown with a note. */
    fr: text().optional(),
  });
};

/** One place where an organization works. */
export const siteSchema = z.strictObject({
  /** What the site is, e.g. "Head office" or "R&D centre". */
  label: shortText,
  /** Town or city, as written locally (accents kept). */
  city: shortText,
  /** Five-digit French postcode; empty when only the town is known. */
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'must be a five-digit postcode such as 91000')
    .optional(),
  /** Department code: one of the region's eight, or another French code for a site outside the region. */
  department: z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'must be a French department code such as 91'),
  /** Latitude in decimal degrees (WGS84). */
  lat: z.number().min(-90).max(90),
  /** Longitude in decimal degrees (WGS84). */
  lon: z.number().min(-180).max(180),
  /** How precise the coordinates are: address, campus, district or town (centre). */
  precision: z.enum(PRECISIONS),
});

/** A member or partner of the cluster: content/organizations/en/<slug>.md. */
export const organizationSchema = z.strictObject({
  /** The organization's name, written as it writes it. */
  name: shortText,
  /** member: a source names it a member; partner: project or institutional partner. */
  relation: z.enum(RELATIONS),
  /** What kind of organization it is. */
  kind: z.enum(KINDS),
  /** The strategic areas it works in (slugs of content/areas/). */
  areas: z.array(slug).default([]),
  /** Free tags describing its fields, e.g. "gene therapy". */
  fields: z.array(line(TEXT_LIMITS.tag)).default([]),
  /** Its official website. */
  website: httpUrl.optional(),
  /** Where it works; an empty list means the location is not known. */
  sites: z.array(siteSchema).default([]),
  /** Public pages that support what the entry says (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** A strategic area of the cluster: content/areas/en/<slug>.md. */
export const areaSchema = z.strictObject({
  /** The area's name. */
  title: shortText,
  /** One sentence saying what the area covers, shown on cards. */
  summary: summaryText,
  /** Display order on the areas page (1 comes first). */
  order: z.number().int().min(1),
  /** Who chairs the area, where a source says so. */
  chair: shortText.optional(),
  /** Public pages that support what the entry says. */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** A success story: content/stories/en/<slug>.mdx. */
export const storySchema = z.strictObject({
  /** The story's headline. */
  title: shortText,
  /** The year it happened, or the first year of a span. */
  year: z.number().int().min(2004).max(2100),
  /** How the sources date it, when it is less precise than a year, e.g. "labelled by end 2006". */
  date_note: shortText.optional(),
  /** Organizations of the site involved (slugs of content/organizations/). */
  organizations: z.array(slug).default([]),
  /** Strategic areas it belongs to (slugs of content/areas/). */
  areas: z.array(slug).default([]),
  /** One or two sentences shown on cards and in search results. */
  summary: summaryText,
  /** Public pages that support the story (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the story'),
});

/** Where a number was published. */
export const figureSourceSchema = z.strictObject({
  /** Title of the page or document. */
  title: shortText,
  /** Its web address. */
  url: httpUrl,
  /** Who published it. */
  publisher: shortText,
});

/** One dated value of a figure. */
export const figureValueSchema = z.strictObject({
  /** When the value was true: YYYY, YYYY-MM or YYYY-MM-DD. */
  as_of: asOf,
  /** The number, in the figure's unit. */
  value: z.number(),
  /** How the source words it: exact, about, more-than or close-to. */
  qualifier: z.enum(QUALIFIERS).default('exact'),
  /** What the source adds about this value. */
  note: localizedText(TEXT_LIMITS.summary).optional(),
  /** Where this value was published, when not the figure's own source. */
  source: figureSourceSchema.optional(),
});

/** A sourced number or time series: content/figures/<id>.json. */
export const figureSchema = z.strictObject({
  /** Link to the JSON Schema, for editors' completion; ignored by the site. */
  $schema: schemaLink,
  /** The figure's id: the same as its file name. */
  id: slug,
  /** What is counted, e.g. "Members of the cluster". */
  label: localizedText(TEXT_LIMITS.name),
  /** Who or what the number is about: Medicen, Paris Region, Sanofi, AP-HP. */
  scope: shortText,
  /** The unit, e.g. "organizations", "EUR million". */
  unit: shortText,
  /** The values, each with its "as of" date (at least one). */
  values: z.array(figureValueSchema).min(1, 'needs at least one value with its as_of date'),
  /** What the reader needs to know to read it right. */
  note: localizedText(TEXT_LIMITS.summary).optional(),
  /** Where the numbers were published (a value may name its own). */
  source: figureSourceSchema.optional(),
  /** true: the home page opens with this series' latest value (with its date and source). */
  headline: z.boolean().optional(),
  /** With headline: its place on the home page, 1 first. */
  headline_order: z.number().int().positive().optional(),
});

/** A department of the Paris Region: an entry of content/departments.json, keyed by code. */
export const departmentSchema = z.strictObject({
  /** The department's name. */
  name: shortText,
  /** Its prefecture (administrative seat). */
  prefecture: shortText,
  /** What the region's health ecosystem has there, in a sentence or two. */
  summary: localizedText(TEXT_LIMITS.summary),
  /** Public pages that support the summary. */
  sources: z.array(httpUrl).default([]),
});

/** A dated event of the cluster's history: an entry of content/timeline.json. */
export const timelineSchema = z.strictObject({
  /** The entry's name, unique in the file: lower-case letters, digits and hyphens (the anchor of its item on the pages). */
  id: slug,
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: asOf,
  /** When it ended, for a period (a policy phase, a mandate). */
  end: asOf.optional(),
  /** What kind of milestone it is. */
  category: z.enum(TIMELINE_CATEGORIES),
  /** A short headline. */
  title: localizedText(TEXT_LIMITS.name),
  /** One to three sentences, in the site's own words. */
  text: localizedText(TEXT_LIMITS.summary),
  /** Public pages that support it (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the event'),
});

/** content/timeline.json: the history's entries, in any order (the pages sort them by date). */
export const timelineFileSchema = z.strictObject({
  /** Link to the JSON Schema, for editors' completion; ignored by the site. */
  $schema: schemaLink,
  /** The dated events of the cluster's history. */
  entries: z.array(timelineSchema),
});

/** Someone who runs the cluster today: the president or the chief executive. */
export const leaderSchema = z.strictObject({
  /** The office as the cluster names it, e.g. { "en": "President", "fr": "Président" }. */
  role: localizedText(TEXT_LIMITS.name),
  /** The person's name, as written in the sources. */
  name: shortText,
  /** The organization the person comes from, where a source says so, e.g. "Sanofi". */
  affiliation: shortText.optional(),
  /** The earliest date a source shows the person in office (they may have started before). */
  in_office_by: asOf,
  /** The date of the latest re-election, where a source gives it. */
  re_elected: asOf.optional(),
  /** Public pages that say so (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** A dated statement about the cluster: its legal form, a label, a network it belongs to. */
export const clusterFactSchema = z.strictObject({
  /** The statement, in one sentence, in the site's own words. */
  text: localizedText(TEXT_LIMITS.summary),
  /** When it became true (or was reported), where a source dates it: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: asOf.optional(),
  /** Public pages that support it (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** The priorities the cluster last announced. */
export const prioritiesSchema = z.strictObject({
  /** When they were announced: YYYY, YYYY-MM or YYYY-MM-DD. */
  as_of: asOf,
  /** The priorities, one short phrase each, in the order the source gives them. */
  items: z.array(localizedText(TEXT_LIMITS.summary)).min(1, 'needs at least one priority'),
  /** Public pages that announce them (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** A period of the history on /about/, with a short summary of what happened in it. */
export const historyPeriodSchema = z.strictObject({
  /** The first year of the period, e.g. "2023". */
  from: z.string().regex(/^\d{4}$/, 'must be a year written YYYY, for example 2023'),
  /** The last year of the period; leave it out for the period still running. */
  to: z
    .string()
    .regex(/^\d{4}$/, 'must be a year written YYYY, for example 2026')
    .optional(),
  /** A short name for the period. */
  title: localizedText(TEXT_LIMITS.name),
  /** Two or three sentences that sum up the period's timeline entries, saying nothing they do not say. */
  summary: localizedText(TEXT_LIMITS.summary),
});

/** The cluster's standard description for the press page (/press/), in two lengths, each in the site's own words. */
export const pressDescriptionSchema = z.strictObject({
  /** About 40 words: what the cluster is, for a caption or a footnote. Every claim must be in the sources below. */
  short: localizedText(TEXT_LIMITS.summary),
  /** About 120 words: the paragraph a journalist pastes under an article. Every claim must be in the sources below. */
  long: localizedText(TEXT_LIMITS.summary),
  /** The date of the latest fact the texts state (YYYY, YYYY-MM or YYYY-MM-DD), shown with them. */
  as_of: asOf,
  /** Public pages that support every statement of both texts (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the description'),
});

/** What the press page (/press/) takes from content/cluster.json. */
export const pressSchema = z.strictObject({
  /** The cluster's standard description, short and long. */
  description: pressDescriptionSchema,
});

/** The cluster today and how its history is told: content/cluster.json (shown on /about/). */
export const clusterSchema = z.strictObject({
  /** Link to the JSON Schema, for editors' completion; ignored by the site. */
  $schema: schemaLink,
  /** What kind of body the cluster is (its legal form). */
  legal_form: clusterFactSchema,
  /** The labels the cluster holds, oldest first. */
  labels: z.array(clusterFactSchema).default([]),
  /** The president of the cluster. */
  president: leaderSchema,
  /** The head of the cluster's executive team. */
  chief_executive: leaderSchema,
  /** The figure of content/figures/ that counts the members (its file name without .json); its latest value is shown. */
  members_figure: slug,
  /** The alliances and networks the cluster belongs to, and lasting partnerships, newest first. */
  networks: z.array(clusterFactSchema).default([]),
  /** The priorities the cluster last announced. */
  priorities: prioritiesSchema,
  /** The periods the history is grouped in, any order; a timeline entry falls in the period of its date. */
  history_periods: z.array(historyPeriodSchema).default([]),
  /** What the press page shows of the cluster: its standard description; the page is built without it when absent. */
  press: pressSchema.optional(),
});

/** A postal address, as the post office writes it. */
export const postalAddressSchema = z.strictObject({
  /** Street and number, and any building or floor, e.g. "12 rue Example". */
  street: shortText.optional(),
  /** Five-digit postcode, e.g. "75013". */
  postcode: z
    .string()
    .regex(/^\d{5}$/, 'must be a five-digit postcode such as 75013')
    .optional(),
  /** Town or city, e.g. "Paris". */
  city: shortText.optional(),
  /** Country, when it is not obvious, e.g. "France". */
  country: shortText.optional(),
});

/** An account of the cluster on a social network. */
export const socialAccountSchema = z.strictObject({
  /** The network's name, as shown to readers, e.g. "LinkedIn". */
  name: line(TEXT_LIMITS.tag),
  /** The address of the cluster's page on it. */
  url: httpUrl,
});

/** How to reach the cluster; every field is optional and shown only when filled. */
export const contactSchema = z.strictObject({
  /** The postal address of the cluster's offices. */
  address: postalAddressSchema.optional(),
  /** The general e-mail address, e.g. "contact@example.org". */
  email: z.email('must be an e-mail address such as contact@example.org').max(TEXT_LIMITS.email).optional(),
  /** The general telephone number, as it should be dialled from abroad, e.g. "+33 1 23 45 67 89". */
  telephone: telephone(TEXT_LIMITS.telephone).optional(),
  /** The cluster's own accounts on social networks (at most ten: the footer of every page lists them). */
  social: z.array(socialAccountSchema).max(10).optional(),
});

/** How to join the cluster. */
export const joinSchema = z.strictObject({
  /** The page (on the cluster's own website) that explains how to become a member. */
  url: httpUrl.optional(),
  /** One or two sentences on who can join and how, in the site's own words. */
  text: localizedText(TEXT_LIMITS.summary).optional(),
});

/** Who hosts the site (the legal notice names the host). */
export const hostSchema = z.strictObject({
  /** The host's name (company). */
  name: shortText.optional(),
  /** The host's postal address, on one line. */
  address: shortText.optional(),
  /** The host's telephone number. */
  telephone: telephone(TEXT_LIMITS.telephone).optional(),
  /** The host's website. */
  url: httpUrl.optional(),
});

/** The legal notice ("mentions légales") of the site. */
export const legalSchema = z.strictObject({
  /** Who publishes the site: the legal entity's full name and legal form. */
  publisher: shortText.optional(),
  /** The director of publication: the person legally responsible for the site's content. */
  director: shortText.optional(),
  /** Who hosts the site. */
  host: hostSchema.optional(),
  /** The publisher's registered office, on one line. */
  registered_office: shortText.optional(),
  /** The publisher's registration, e.g. its SIREN or RNA number, as the register writes it. */
  registration: shortText.optional(),
});

/**
 * Site-wide facts: content/site.json. Every field is optional: the site shows
 * only what is filled, and `npm run check:content` lists what is still empty.
 */
export const siteFactsSchema = z.strictObject({
  /** Link to the JSON Schema, for editors' completion; ignored by the site. */
  $schema: schemaLink,
  /** How to reach the cluster: address, e-mail, telephone, social accounts. */
  contact: contactSchema.default({}),
  /** How to join the cluster. */
  join: joinSchema.default({}),
  /** The legal notice: publisher, director of publication, host, registered office. */
  legal: legalSchema.default({}),
});

/**
 * Markdown entries live in one folder per language, with the same file name:
 * content/organizations/en/genethon.md and content/organizations/fr/genethon.md
 * (the layout the web editor at /admin/ reads and writes, its i18n
 * "multiple_folders" structure). French files hold only what is translated; everything else comes from the English
 * file. A missing French file shows the English text with a note.
 */

/** French version of an organization: the description (body), its fields and its site labels. */
export const organizationFrSchema = z.strictObject({
  /** The English `fields`, in French, in the same order. */
  fields: z.array(line(TEXT_LIMITS.tag)).optional(),
  /** The English sites' `label`s, in French, in the same order as `sites`. */
  site_labels: z.array(shortText).optional(),
});

/** French version of a strategic area: title, summary and body. */
export const areaFrSchema = z.strictObject({
  /** The area's name in French. */
  title: shortText,
  /** One sentence saying what the area covers, in French. */
  summary: summaryText,
});

/** French version of a success story: title, summary, date note and body. */
export const storyFrSchema = z.strictObject({
  /** The story's headline in French. */
  title: shortText,
  /** One or two sentences in French. */
  summary: summaryText,
  /** How the sources date it, in French. */
  date_note: shortText.optional(),
});

/**
 * The files a collection reads in its folder: those of its extension directly
 * in it, except hidden ones (the loader skips them) and those starting with _
 * (drafts). `npm run check:content` refuses any other file there with a
 * message, so that no file is dropped silently.
 */
const filesOf = (ext: string) => [`*${ext}`, '!_*'];

export const collections = {
  organizations: defineCollection({
    loader: glob({ pattern: filesOf('.md'), base: './content/organizations/en' }),
    schema: organizationSchema,
  }),
  areas: defineCollection({
    loader: glob({ pattern: filesOf('.md'), base: './content/areas/en' }),
    schema: areaSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: filesOf('.mdx'), base: './content/stories/en' }),
    schema: storySchema,
  }),
  figures: defineCollection({
    loader: glob({ pattern: filesOf('.json'), base: './content/figures' }),
    schema: figureSchema,
  }),
  departments: defineCollection({
    loader: file('./content/departments.json'),
    schema: departmentSchema,
  }),
  organizationsFr: defineCollection({
    loader: glob({ pattern: filesOf('.md'), base: './content/organizations/fr' }),
    schema: organizationFrSchema,
  }),
  areasFr: defineCollection({
    loader: glob({ pattern: filesOf('.md'), base: './content/areas/fr' }),
    schema: areaFrSchema,
  }),
  storiesFr: defineCollection({
    loader: glob({ pattern: filesOf('.mdx'), base: './content/stories/fr' }),
    schema: storyFrSchema,
  }),
  timeline: defineCollection({
    // One entry per item of `entries` (a list, so that the web editor can edit it), named by its id.
    loader: file('./content/timeline.json', {
      parser: (text) => (JSON.parse(text) as { entries: Record<string, unknown>[] }).entries,
    }),
    schema: timelineSchema,
  }),
  // One-object files: the whole file is one entry, named after it.
  cluster: defineCollection({
    loader: file('./content/cluster.json', { parser: (text) => ({ cluster: JSON.parse(text) }) }),
    schema: clusterSchema,
  }),
  site: defineCollection({
    loader: file('./content/site.json', { parser: (text) => ({ site: JSON.parse(text) }) }),
    schema: siteFactsSchema,
  }),
};

export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationFr = z.infer<typeof organizationFrSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Story = z.infer<typeof storySchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureValue = z.infer<typeof figureValueSchema>;
export type FigureSource = z.infer<typeof figureSourceSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type TimelineEvent = z.infer<typeof timelineSchema>;
export type Cluster = z.infer<typeof clusterSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type ClusterFact = z.infer<typeof clusterFactSchema>;
export type HistoryPeriod = z.infer<typeof historyPeriodSchema>;
export type SiteFacts = z.infer<typeof siteFactsSchema>;
