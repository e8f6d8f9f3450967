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

/** A web address that must start with http:// or https://. */
const httpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be a web address starting with http:// or https://');

/** A reference to another entry, by its file name without extension. */
const slug = z.string().regex(SLUG_PATTERN, 'must be a slug: lower-case letters, digits and hyphens');

/** A date a number was true at: a year, a month or a day. */
const asOf = z
  .string()
  .regex(AS_OF_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (for example 2018 or 2016-10)');

/** A text written in English, with an optional French version. */
const localizedText = z.strictObject({
  /** The English text (required: English is the site's default language). */
  en: z.string().min(1),
  /** The French text; when missing, the English one is shown with a note. */
  fr: z.string().min(1).optional(),
});

/** One place where an organization works. */
export const siteSchema = z.strictObject({
  /** What the site is, e.g. "Head office" or "R&D centre". */
  label: z.string().min(1),
  /** Town or city, as written locally (accents kept). */
  city: z.string().min(1),
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

/** A member or partner of the cluster: content/organizations/<slug>.md. */
export const organizationSchema = z.strictObject({
  /** The organization's name, written as it writes it. */
  name: z.string().min(1),
  /** member: a source names it a member; partner: project or institutional partner. */
  relation: z.enum(RELATIONS),
  /** What kind of organization it is. */
  kind: z.enum(KINDS),
  /** The strategic areas it works in (slugs of content/areas/). */
  areas: z.array(slug).default([]),
  /** Free tags describing its fields, e.g. "gene therapy". */
  fields: z.array(z.string().min(1)).default([]),
  /** Its official website. */
  website: httpUrl.optional(),
  /** Where it works; an empty list means the location is not known. */
  sites: z.array(siteSchema).default([]),
  /** Public pages that support what the entry says (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** A strategic area of the cluster: content/areas/<slug>.md. */
export const areaSchema = z.strictObject({
  /** The area's name. */
  title: z.string().min(1),
  /** One sentence saying what the area covers, shown on cards. */
  summary: z.string().min(1),
  /** Display order on the areas page (1 comes first). */
  order: z.number().int().min(1),
  /** Who chairs the area, where a source says so. */
  chair: z.string().min(1).optional(),
  /** Public pages that support what the entry says. */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the entry'),
});

/** A success story: content/stories/<slug>.mdx. */
export const storySchema = z.strictObject({
  /** The story's headline. */
  title: z.string().min(1),
  /** The year it happened, or the first year of a span. */
  year: z.number().int().min(2004).max(2100),
  /** How the sources date it, when it is less precise than a year, e.g. "labelled by end 2006". */
  date_note: z.string().min(1).optional(),
  /** Organizations of the site involved (slugs of content/organizations/). */
  organizations: z.array(slug).default([]),
  /** Strategic areas it belongs to (slugs of content/areas/). */
  areas: z.array(slug).default([]),
  /** One or two sentences shown on cards and in search results. */
  summary: z.string().min(1),
  /** Public pages that support the story (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the story'),
});

/** Where a number was published. */
export const figureSourceSchema = z.strictObject({
  /** Title of the page or document. */
  title: z.string().min(1),
  /** Its web address. */
  url: httpUrl,
  /** Who published it. */
  publisher: z.string().min(1),
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
  note: localizedText.optional(),
  /** Where this value was published, when not the figure's own source. */
  source: figureSourceSchema.optional(),
});

/** A sourced number or time series: content/figures/<id>.json. */
export const figureSchema = z.strictObject({
  /** Link to the JSON Schema, for editors' completion; ignored by the site. */
  $schema: z.string().optional(),
  /** The figure's id: the same as its file name. */
  id: slug,
  /** What is counted, e.g. "Members of the cluster". */
  label: localizedText,
  /** Who or what the number is about: Medicen, Paris Region, Sanofi, AP-HP. */
  scope: z.string().min(1),
  /** The unit, e.g. "organizations", "EUR million". */
  unit: z.string().min(1),
  /** The values, each with its "as of" date (at least one). */
  values: z.array(figureValueSchema).min(1, 'needs at least one value with its as_of date'),
  /** What the reader needs to know to read it right. */
  note: localizedText.optional(),
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
  name: z.string().min(1),
  /** Its prefecture (administrative seat). */
  prefecture: z.string().min(1),
  /** What the region's health ecosystem has there, in a sentence or two. */
  summary: localizedText,
  /** Public pages that support the summary. */
  sources: z.array(httpUrl).default([]),
});

/** A dated event of the cluster's history: an entry of content/timeline.json, keyed by a slug. */
export const timelineSchema = z.strictObject({
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: asOf,
  /** When it ended, for a period (a policy phase, a mandate). */
  end: asOf.optional(),
  /** What kind of milestone it is. */
  category: z.enum(TIMELINE_CATEGORIES),
  /** A short headline. */
  title: localizedText,
  /** One to three sentences, in the site's own words. */
  text: localizedText,
  /** Public pages that support it (at least one). */
  sources: z.array(httpUrl).min(1, 'needs at least one source: a web address that supports the event'),
});

/**
 * French versions of Markdown entries live beside the English ones, in a
 * `fr/` folder with the same file name: content/organizations/fr/genethon.md.
 * They hold only what is translated; everything else comes from the English
 * file. A missing French file shows the English text with a note.
 */

/** French version of an organization: the description (body), its fields and its site labels. */
export const organizationFrSchema = z.strictObject({
  /** The English `fields`, in French, in the same order. */
  fields: z.array(z.string().min(1)).optional(),
  /** The English sites' `label`s, in French, in the same order as `sites`. */
  site_labels: z.array(z.string().min(1)).optional(),
});

/** French version of a strategic area: title, summary and body. */
export const areaFrSchema = z.strictObject({
  /** The area's name in French. */
  title: z.string().min(1),
  /** One sentence saying what the area covers, in French. */
  summary: z.string().min(1),
});

/** French version of a success story: title, summary, date note and body. */
export const storyFrSchema = z.strictObject({
  /** The story's headline in French. */
  title: z.string().min(1),
  /** One or two sentences in French. */
  summary: z.string().min(1),
  /** How the sources date it, in French. */
  date_note: z.string().min(1).optional(),
});

export const collections = {
  organizations: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/organizations' }),
    schema: organizationSchema,
  }),
  areas: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/areas' }),
    schema: areaSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/stories' }),
    schema: storySchema,
  }),
  figures: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/figures' }),
    schema: figureSchema,
  }),
  departments: defineCollection({
    loader: file('./content/departments.json'),
    schema: departmentSchema,
  }),
  organizationsFr: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/organizations/fr' }),
    schema: organizationFrSchema,
  }),
  areasFr: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/areas/fr' }),
    schema: areaFrSchema,
  }),
  storiesFr: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/stories/fr' }),
    schema: storyFrSchema,
  }),
  timeline: defineCollection({
    loader: file('./content/timeline.json'),
    schema: timelineSchema,
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
