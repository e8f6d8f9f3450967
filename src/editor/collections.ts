/**
 * What the web editor edits: one collection per kind of content editors
 * change, each read from its schema in src/content.config.ts. Which fields are
 * translated follows the French schemas there: what a French file may hold is
 * what the form shows in French beside the English.
 */
import {
  areaFrSchema,
  areaSchema,
  figureSchema,
  organizationFrSchema,
  organizationSchema,
  storyFrSchema,
  storySchema,
  timelineFileSchema,
} from '../content.config.ts';
import { shapeOf, type CollectionSpec, type FileSpec, type HelpTexts } from './config.ts';

/**
 * Fields of a French schema that the form does not show, with the reason:
 * the French labels of an organization's sites are a list beside the English
 * `sites`, which the editor's i18n cannot pair item by item; they stay in the
 * French file, edited as a file (CONTRIBUTING.md, "Editing the files").
 */
export const FRENCH_FIELDS_NOT_IN_FORM: Readonly<Record<string, readonly string[]>> = {
  organizations: ['site_labels'],
};

/** The French schema of each translated collection. */
export const FRENCH_SCHEMAS = {
  organizations: organizationFrSchema,
  areas: areaFrSchema,
  stories: storyFrSchema,
} as const;

/** The top-level fields of a French schema that the form writes in French. */
function translatedFields(collection: keyof typeof FRENCH_SCHEMAS): string[] {
  const skip = new Set(FRENCH_FIELDS_NOT_IN_FORM[collection] ?? []);
  return Object.keys(shapeOf(FRENCH_SCHEMAS[collection]) ?? {}).filter((f) => !skip.has(f));
}

/** Help texts by collection, from the JSON Schemas of public/schemas/ (see `helpFromJsonSchema`). */
export type HelpByCollection = Readonly<
  Record<'organizations' | 'areas' | 'stories' | 'figures' | 'timeline', HelpTexts>
>;

/** The JSON Schema file (public/schemas/) whose descriptions give each collection its help texts. */
export const HELP_SCHEMA_FILES = {
  organizations: 'organization.schema.json',
  areas: 'area.schema.json',
  stories: 'story.schema.json',
  figures: 'figure.schema.json',
  timeline: 'timeline.schema.json',
} as const;

export function editorCollections(help: HelpByCollection): CollectionSpec[] {
  return [
    {
      name: 'organizations',
      label: 'Organizations',
      label_singular: 'Organization',
      description: 'Members and partners of the cluster: each has a page in both languages and its sites on the map.',
      folder: 'content/organizations',
      extension: 'md',
      schema: organizationSchema,
      identifier: 'name',
      translated: translatedFields('organizations'),
      relations: { areas: { collection: 'areas', display: 'title' } },
      body: 'Description',
      help: help.organizations,
    },
    {
      name: 'stories',
      label: 'Success stories',
      label_singular: 'Success story',
      description: 'Products, projects and programmes that came out of the cluster.',
      folder: 'content/stories',
      extension: 'mdx',
      schema: storySchema,
      identifier: 'title',
      translated: translatedFields('stories'),
      relations: {
        organizations: { collection: 'organizations', display: 'name' },
        areas: { collection: 'areas', display: 'title' },
      },
      body: 'Story',
      help: help.stories,
    },
    {
      name: 'areas',
      label: 'Strategic areas',
      label_singular: 'Strategic area',
      description: 'The strategic areas of the cluster.',
      folder: 'content/areas',
      extension: 'md',
      schema: areaSchema,
      identifier: 'title',
      translated: translatedFields('areas'),
      body: 'Text',
      help: help.areas,
    },
    {
      name: 'figures',
      label: 'Key figures',
      label_singular: 'Key figure',
      description: 'Sourced numbers and time series: add a new dated value with its source to a figure.',
      folder: 'content/figures',
      extension: 'json',
      schema: figureSchema,
      identifier: 'id',
      hidden: { $schema: '../../public/schemas/figure.schema.json' },
      help: help.figures,
    },
  ];
}

/**
 * The files edited as one form each: the timeline (content/timeline.json), a
 * list of entries whose title and text are written in English and French side
 * by side, as a figure's label is.
 */
export function editorFiles(help: HelpByCollection): FileSpec[] {
  return [
    {
      name: 'timeline',
      label: 'Timeline',
      description:
        "Dated events of the cluster's history, shown on the About page (and the changes of areas on the Areas page); each needs a source.",
      file: 'content/timeline.json',
      schema: timelineFileSchema,
      hidden: { $schema: '../public/schemas/timeline.schema.json' },
      summaries: { entries: '{{fields.date}} · {{fields.id}}' },
      help: help.timeline,
    },
  ];
}
