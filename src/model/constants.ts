/**
 * The closed vocabularies of the content model. The schemas, the validation
 * messages, the filters and the dictionary all read these lists, so adding a
 * value here is the one change needed to allow it everywhere.
 */

/** How an organization relates to the cluster. */
export const RELATIONS = ['member', 'partner'] as const;
export type Relation = (typeof RELATIONS)[number];

/** What kind of organization it is. */
export const KINDS = [
  'large-company',
  'mid-size-company',
  'sme',
  'startup',
  'research',
  'university',
  'hospital',
  'cluster',
  'association',
  'public-authority',
  'investor',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

/** How precise a site's coordinates are, from exact to approximate. */
export const PRECISIONS = ['address', 'campus', 'district', 'town'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Precisions that are approximations and must be labelled as such. */
export const APPROXIMATE_PRECISIONS: readonly Precision[] = ['district', 'town'];

/** The eight departments of the Paris Region (Île-de-France), by INSEE code. */
export const DEPARTMENT_CODES = ['75', '77', '78', '91', '92', '93', '94', '95'] as const;
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

/** How a published number relates to the true value, as its source words it. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'close-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The languages of the site; the first is the default, served without prefix. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Each language's own name for itself, as the language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** The regular expression every "as of" date must match: YYYY, YYYY-MM or YYYY-MM-DD. */
export const AS_OF_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A slug: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The kinds of milestone on the about page's timeline. */
export const TIMELINE_CATEGORIES = ['policy', 'areas', 'governance', 'event', 'partnership', 'milestone'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

/** The web editor's media folder, from the project root: what editors upload, published at /uploads/. */
export const MEDIA_FOLDER = 'public/uploads';

/**
 * The file types the media folder takes, by extension: the images and documents the site can
 * show or link to. Nothing that a browser would run (HTML, SVG, scripts): files there are
 * published as they are, on the site's own address.
 */
export const MEDIA_TYPES = {
  png: 'PNG image',
  jpg: 'JPEG image',
  jpeg: 'JPEG image',
  webp: 'WebP image',
  avif: 'AVIF image',
  gif: 'GIF image',
  pdf: 'PDF document',
} as const;
export type MediaExtension = keyof typeof MEDIA_TYPES;
