/**
 * The configuration of the web editor at /admin/ (Decap CMS), generated from
 * the content model so that it cannot drift from it: every field of the Zod
 * schemas of src/content.config.ts becomes a form field, with its widget, its
 * required flag, its allowed values (src/model/constants.ts), its pattern with
 * the schema's own message, and its help text (the schema's doc comment, read
 * from the JSON Schemas of public/schemas/, which are generated from those doc
 * comments and checked by a test).
 *
 * Pure: Zod schemas and help texts in, a plain object out (serialised as
 * /admin/config.yml by src/editor/integration.ts).
 * test/unit/editor/config.test.ts fails when a schema field has no form field,
 * or the reverse.
 */
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES, MEDIA_FOLDER } from '../model/constants.ts';
import { VISIBLE_LINE, VISIBLE_TEXT } from '../model/text-rules.ts';

/** A form field, as Decap CMS reads it. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: string[];
  default?: unknown;
  /** true: the field is written in each language (French beside English in the form). */
  i18n?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  fields?: EditorField[];
  field?: EditorField;
  collapsed?: boolean;
  summary?: string;
  // relation widget
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
}

/** A collection of the form, as Decap CMS reads it. */
export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: 'frontmatter' | 'json';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  i18n?: boolean;
  fields: EditorField[];
}

/** A collection of the form that is one file (Decap's "file collection"), edited as one form. */
export interface EditorFileCollection {
  name: string;
  label: string;
  description: string;
  format: 'json';
  files: { name: string; label: string; file: string; fields: EditorField[] }[];
}

/** Help texts by field path ("sites.label", "values.source.url"), for one collection. */
export type HelpTexts = Readonly<Record<string, string>>;

/** How one content type is edited: its schema, where its files are, what is translated. */
export interface CollectionSpec {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md' | 'mdx' | 'json';
  schema: z.ZodType;
  /** The field that names an entry (and makes its file name). */
  identifier: string;
  /** Top-level fields written in each language (the French file holds them); the text below the front matter always is. */
  translated?: readonly string[];
  /** Fields chosen among other entries, by collection: `areas` -> the areas collection. */
  relations?: Readonly<Record<string, { collection: string; display: string }>>;
  /** Label of the text below the front matter (Markdown collections only). */
  body?: string;
  /** Fields a person types in the form but which have a fixed value ($schema): hidden, with this value. */
  hidden?: Readonly<Record<string, string>>;
  help: HelpTexts;
}

/**
 * A content file edited as one form (content/timeline.json: its entries are a
 * list in the form), from the schema of the whole file.
 */
export interface FileSpec {
  name: string;
  label: string;
  description: string;
  /** The file, from the project root. */
  file: string;
  schema: z.ZodType;
  /** Fields with a fixed value ($schema): hidden, with this value. */
  hidden?: Readonly<Record<string, string>>;
  /** How a list's items are summed up when collapsed, by the list's field path: "{{fields.date}}". */
  summaries?: Readonly<Record<string, string>>;
  help: HelpTexts;
}

/** Where the editor saves: the GitHub repository, and the small service that signs editors in. */
export interface BackendOptions {
  /** "owner/name" of the GitHub repository. */
  repo: string;
  /** The branch pull requests go into. */
  branch: string;
  /** The address of the OAuth service that exchanges GitHub's code for a token (see README, "Web editor"). */
  authUrl?: string;
  /** The path of that service's sign-in endpoint (Decap's default is "auth"). */
  authEndpoint?: string;
}

/** The name of the field holding the text below the front matter. */
export const BODY_FIELD = 'body';

/** Labels of the language fields of a text written in both languages. */
const LANGUAGE_LABELS: Record<string, string> = { en: 'English', fr: 'French (français)' };

/** "as_of" -> "As of", "headline_order" -> "Headline order", "fr" -> "French (français)". */
export function labelOf(name: string): string {
  if (LANGUAGE_LABELS[name]) return LANGUAGE_LABELS[name];
  const words = name.replace(/^\$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A regular expression's source that matches the same text without the i
 * flag (Decap builds its patterns without flags): each letter outside a
 * character class or an escape becomes [xX].
 */
export function caseInsensitiveSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      out += c;
      inClass = true;
    } else if (/[a-z]/i.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else out += c;
  }
  return out;
}

/**
 * One pattern for several checks of a field (Decap takes one per field): each check's pattern as a
 * lookahead from the start, so that a value must match them all, with their messages in order.
 */
export function combinedPattern(patterns: readonly [source: string, message: string][]): [string, string] {
  if (patterns.length === 1) return [patterns[0]![0], patterns[0]![1]];
  return [patterns.map(([source]) => `(?=${source})`).join(''), patterns.map(([, message]) => message).join('; ')];
}

interface ZodInternals {
  _zod: {
    def: {
      type: string;
      innerType?: z.ZodType;
      defaultValue?: unknown;
      checks?: { _zod: { def: Record<string, unknown> & { check: string } } }[];
      element?: z.ZodType;
      shape?: Record<string, z.ZodType>;
      entries?: Record<string, string>;
    };
  };
}

const def = (s: z.ZodType) => (s as unknown as ZodInternals)._zod.def;

/** The schema under optional() and default(), and whether a value may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback?: unknown } {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') {
      optional = true;
      fallback = d.defaultValue;
    } else break;
    inner = d.innerType!;
  }
  return { inner, optional, fallback };
}

/** A check's message as the schema words it (Zod keeps it as a function). */
function messageOf(check: Record<string, unknown>): string | undefined {
  const error = check.error;
  if (typeof error === 'function') {
    const text = (error as (issue: unknown) => unknown)({});
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** The object schema's fields, by name (strictObject and object). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const { inner } = unwrap(schema);
  return def(inner).type === 'object' ? def(inner).shape : undefined;
}

/** The element schema of an array schema. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const { inner } = unwrap(schema);
  return def(inner).type === 'array' ? def(inner).element : undefined;
}

interface FieldContext {
  path: string;
  help: HelpTexts;
}

/** The form field of one schema field. */
function fieldOf(name: string, schema: z.ZodType, ctx: FieldContext): EditorField {
  const { inner, optional, fallback } = unwrap(schema);
  const d = def(inner);
  const field: EditorField = { name, label: labelOf(name), widget: 'string' };
  if (optional) field.required = false;
  const hint = ctx.help[ctx.path];
  if (hint) field.hint = hint;
  const checks = (d.checks ?? []).map((c) => c._zod.def);
  switch (d.type) {
    case 'string': {
      const patterns: [string, string][] = [];
      for (const c of checks) {
        if (c.check === 'string_format' && c.pattern instanceof RegExp) {
          const source = c.pattern.flags.includes('i') ? caseInsensitiveSource(c.pattern.source) : c.pattern.source;
          patterns.push([source, messageOf(c) ?? `must match ${c.pattern.source}`]);
          // A text that may have several lines (a summary, a note) gets a text area.
          if (c.pattern.source === VISIBLE_TEXT.source) field.widget = 'text';
        }
      }
      // The field's own form first in the message (a web address, a telephone number), then the
      // visible-text rule every text shares.
      const shared = new Set([VISIBLE_LINE.source, VISIBLE_TEXT.source]);
      patterns.sort((a, b) => Number(shared.has(a[0])) - Number(shared.has(b[0])));
      if (patterns.length > 0) field.pattern = combinedPattern(patterns);
      break;
    }
    case 'number': {
      field.widget = 'number';
      field.value_type = checks.some((c) => c.format === 'safeint') ? 'int' : 'float';
      for (const c of checks) {
        if (c.check === 'greater_than' && typeof c.value === 'number') field.min = c.value + (c.inclusive ? 0 : 1);
        if (c.check === 'less_than' && typeof c.value === 'number') field.max = c.value;
      }
      break;
    }
    case 'boolean':
      field.widget = 'boolean';
      break;
    case 'enum':
      field.widget = 'select';
      field.options = Object.values(d.entries ?? {});
      break;
    case 'object':
      field.widget = 'object';
      field.collapsed = false;
      field.fields = Object.entries(d.shape ?? {}).map(([n, s]) => fieldOf(n, s, { ...ctx, path: `${ctx.path}.${n}` }));
      break;
    case 'array': {
      field.widget = 'list';
      const element = d.element!;
      const item = fieldOf(name, element, ctx);
      if (item.widget === 'object') field.fields = item.fields;
      else field.field = { ...item, hint: undefined, required: undefined };
      for (const c of checks) {
        if (c.check === 'min_length' && typeof c.minimum === 'number') field.min = c.minimum;
        if (c.check === 'max_length' && typeof c.maximum === 'number') field.max = c.maximum;
      }
      break;
    }
    default:
      throw new Error(`${ctx.path}: no form field for a Zod ${d.type}`);
  }
  if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0)) field.default = fallback;
  return JSON.parse(JSON.stringify(field)) as EditorField;
}

/** The collection of the form for one content type. */
export function collectionOf(spec: CollectionSpec): EditorCollection {
  const shape = shapeOf(spec.schema);
  if (!shape) throw new Error(`${spec.name}: the schema is not an object`);
  const translated = new Set(spec.translated ?? []);
  const fields = Object.entries(shape).map(([name, schema]) => {
    const hidden = spec.hidden?.[name];
    if (hidden !== undefined) return { name, label: labelOf(name), widget: 'hidden', default: hidden, required: false };
    const field = fieldOf(name, schema, { path: name, help: spec.help });
    const relation = spec.relations?.[name];
    if (relation) {
      const { label, required, hint, min, max } = field;
      return {
        name,
        label,
        widget: 'relation',
        collection: relation.collection,
        value_field: '{{slug}}',
        search_fields: [relation.display],
        display_fields: [relation.display],
        multiple: true,
        ...(required === undefined ? {} : { required }),
        ...(hint ? { hint } : {}),
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      } satisfies EditorField;
    }
    if (spec.translated) field.i18n = translated.has(name);
    return field;
  });
  if (spec.body) fields.push({ name: BODY_FIELD, label: spec.body, widget: 'markdown', i18n: true, required: false });
  const md = spec.extension !== 'json';
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.label_singular,
    description: spec.description,
    folder: spec.folder,
    extension: spec.extension,
    format: md ? 'frontmatter' : 'json',
    create: true,
    slug: '{{slug}}',
    identifier_field: spec.identifier,
    summary: `{{${spec.identifier}}}`,
    ...(spec.translated ? { i18n: true } : {}),
    fields,
  };
}

/** The collection of the form for a file edited as one form: its fields are those of the file's schema. */
export function fileCollectionOf(spec: FileSpec): EditorFileCollection {
  const shape = shapeOf(spec.schema);
  if (!shape) throw new Error(`${spec.name}: the schema is not an object`);
  const fields = Object.entries(shape).map(([name, schema]): EditorField => {
    const hidden = spec.hidden?.[name];
    if (hidden !== undefined) return { name, label: labelOf(name), widget: 'hidden', default: hidden, required: false };
    return fieldOf(name, schema, { path: name, help: spec.help });
  });
  for (const [path, summary] of Object.entries(spec.summaries ?? {})) {
    const field = fields.find((f) => f.name === path);
    if (!field) throw new Error(`${spec.name}: no field ${path} to sum up`);
    field.summary = summary;
  }
  return {
    name: spec.name,
    label: spec.label,
    description: spec.description,
    format: 'json',
    files: [{ name: spec.name, label: spec.label, file: spec.file, fields }],
  };
}

/**
 * The whole configuration: the GitHub backend with the editorial workflow
 * (each change is a branch and a pull request), the local backend for
 * `npm run edit`, the languages, and one collection per content type.
 */
export function editorConfig(
  specs: readonly CollectionSpec[],
  backend: BackendOptions,
  files: readonly FileSpec[] = [],
): Record<string, unknown> {
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
      squash_merges: true,
      commit_messages: {
        create: 'Create {{collection}} "{{slug}}" (web editor)',
        update: 'Update {{collection}} "{{slug}}" (web editor)',
        delete: 'Delete {{collection}} "{{slug}}" (web editor)',
      },
    },
    // Each change is a branch and a pull request: the repository's checks run before anyone merges.
    publish_mode: 'editorial_workflow',
    // `npm run edit`: the editor on localhost talks to the local proxy, which writes the working tree
    // (src/editor/client/admin.ts gives it the proxy's address, on the page's own origin).
    local_backend: true,
    // File names from names and titles: ASCII, lower case, hyphens (the site's slugs).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // No field uploads files; Decap requires a media folder all the same. It takes only images and
    // PDF (MEDIA_TYPES): the content checks and `npm run edit`'s guard refuse any other file there.
    media_folder: MEDIA_FOLDER,
    public_folder: `/${MEDIA_FOLDER.replace(/^public\//, '')}`,
    site_url: '/',
    show_preview_links: false,
    editor: { preview: false },
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    collections: [...specs.map(collectionOf), ...files.map(fileCollectionOf)],
  };
}

/** Every field path of a schema ("sites.label"), to compare with the form's. */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([name, s]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const nested = shapeOf(s) ?? shapeOf(elementOf(s) ?? s);
    return nested ? [path, ...schemaPaths(elementOf(s) ?? s, path)] : [path];
  });
}

/** Every field path of a form collection, without the text below the front matter. */
export function formPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields
    .filter((f) => !(prefix === '' && f.name === BODY_FIELD))
    .flatMap((f) => {
      const path = prefix ? `${prefix}.${f.name}` : f.name;
      return f.fields ? [path, ...formPaths(f.fields, path)] : [path];
    });
}

/** Help texts of a collection from its JSON Schema (public/schemas/), by field path. */
export function helpFromJsonSchema(schema: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const node = schema as { properties?: Record<string, unknown> };
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const v = value as { description?: string; items?: unknown; anyOf?: unknown[] };
    if (v.description) out[path] = v.description;
    const inner = v.items ?? v.anyOf?.find((x) => (x as { properties?: unknown }).properties) ?? value;
    if ((inner as { properties?: unknown }).properties) Object.assign(out, helpFromJsonSchema(inner, path));
  }
  return out;
}
