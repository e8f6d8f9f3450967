/**
 * The web editor's configuration covers the content model: every field of
 * every edited schema has a form field and every form field a schema field;
 * what the form shows in French is what the French files may hold; the
 * patterns carry the schema's messages; help texts come from the schema's
 * doc comments. The form's own checks word problems as `npm run check:content`.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import {
  BODY_FIELD,
  caseInsensitiveSource,
  collectionOf,
  editorConfig,
  elementOf,
  fileCollectionOf,
  formPaths,
  schemaPaths,
  shapeOf,
  type EditorField,
} from '../../../src/editor/config.ts';
import {
  editorCollections,
  editorFiles,
  FRENCH_FIELDS_NOT_IN_FORM,
  FRENCH_SCHEMAS,
  type HelpByCollection,
} from '../../../src/editor/collections.ts';
import { TIMELINE_CATEGORIES } from '../../../src/model/constants.ts';
import { configFile } from '../../../src/editor/integration.ts';
import { departmentLabel, formProblems } from '../../../src/editor/form-checks.ts';
import { validateContent, type ContentSet } from '../../../src/content-check/validation.ts';
import { loadContent, OUTLINES_FILE, readOutlines } from '../../../src/content-check/index.ts';

const root = new URL('../../..', import.meta.url).pathname;
const noHelp: HelpByCollection = { organizations: {}, areas: {}, stories: {}, figures: {}, timeline: {} };
const specs = editorCollections(noHelp);
const files = editorFiles(noHelp);

/** Every field of a form, with its path, depth first. */
function allFields(fields: readonly EditorField[], prefix = ''): [string, EditorField][] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    return [[path, f] as [string, EditorField], ...allFields(f.fields ?? [], path)];
  });
}

describe('editor configuration', () => {
  it.each(specs.map((s) => [s.name, s] as const))('%s: one form field per schema field, and no other', (_n, spec) => {
    const collection = collectionOf(spec);
    expect(formPaths(collection.fields).sort()).toEqual(schemaPaths(spec.schema).sort());
  });

  it.each(files.map((s) => [s.name, s] as const))(
    '%s (one file): one form field per schema field, and no other',
    (_n, spec) => {
      const [file] = fileCollectionOf(spec).files;
      expect(formPaths(file!.fields).sort()).toEqual(schemaPaths(spec.schema).sort());
    },
  );

  it('notices a timeline field the form lacks', () => {
    const spec = files.find((s) => s.name === 'timeline')!;
    const fields = fileCollectionOf(spec).files[0]!.fields;
    const entry = elementOf(shapeOf(spec.schema)!.entries!)!;
    const wider = z.strictObject({
      ...shapeOf(spec.schema)!,
      entries: z.array(z.strictObject({ ...shapeOf(entry)!, added: z.string() })),
    });
    expect(formPaths(fields).sort()).not.toEqual(schemaPaths(wider).sort());
  });

  it('edits the timeline as a list in content/timeline.json, English and French side by side', () => {
    const config = editorConfig(specs, { repo: 'owner/site', branch: 'main' }, files);
    const timeline = (config.collections as { name: string }[]).find((c) => c.name === 'timeline') as ReturnType<
      typeof fileCollectionOf
    >;
    expect(timeline.files.map((f) => f.file)).toEqual(['content/timeline.json']);
    const fields = new Map(allFields(timeline.files[0]!.fields));
    expect(fields.get('$schema')).toMatchObject({
      widget: 'hidden',
      default: '../public/schemas/timeline.schema.json',
    });
    expect(fields.get('entries')).toMatchObject({ widget: 'list', summary: '{{fields.date}} · {{fields.id}}' });
    expect(fields.get('entries.id')?.pattern?.[1]).toBe('must be a slug: lower-case letters, digits and hyphens');
    expect(fields.get('entries.end')?.required).toBe(false);
    expect(fields.get('entries.category')).toMatchObject({ widget: 'select', options: [...TIMELINE_CATEGORIES] });
    for (const text of ['title', 'text']) {
      expect(fields.get(`entries.${text}`)?.widget).toBe('object');
      expect(fields.get(`entries.${text}.en`)?.label).toBe('English');
      expect(fields.get(`entries.${text}.fr`)?.label).toBe('French (français)');
    }
    expect(fields.get('entries.sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(fields.get('entries.sources')?.field?.pattern?.[1]).toContain(
      'must be a web address starting with http:// or https://',
    );
  });

  it('notices a schema field the form lacks, and a form field the schema lacks', () => {
    const spec = specs.find((s) => s.name === 'areas')!;
    const fields = collectionOf(spec).fields;
    const wider = z.strictObject({ ...shapeOf(spec.schema)!, added: z.string() });
    expect(formPaths(fields).sort()).not.toEqual(schemaPaths(wider).sort());
    expect(formPaths([...fields, { name: 'extra', label: 'Extra', widget: 'string' }]).sort()).not.toEqual(
      schemaPaths(spec.schema).sort(),
    );
  });

  it.each(Object.entries(FRENCH_SCHEMAS))(
    '%s: the fields shown in French are those of the French schema',
    (name, fr) => {
      const collection = collectionOf(specs.find((s) => s.name === name)!);
      const translated = collection.fields.filter((f) => f.i18n).map((f) => f.name);
      const french = Object.keys(shapeOf(fr)!);
      const left = FRENCH_FIELDS_NOT_IN_FORM[name] ?? [];
      expect([...translated].sort()).toEqual([...french.filter((f) => !left.includes(f)), 'body'].sort());
      expect(collection.i18n).toBe(true);
    },
  );

  it('edits every kind of content with files: organizations, stories, areas and figures', () => {
    const config = editorConfig(specs, { repo: 'owner/site', branch: 'main' });
    const collections = config.collections as { name: string; folder: string }[];
    expect(collections.map((c) => c.name)).toEqual(['organizations', 'stories', 'areas', 'figures']);
    const withFiles = editorConfig(specs, { repo: 'owner/site', branch: 'main' }, files);
    expect((withFiles.collections as { name: string }[]).map((c) => c.name)).toEqual([
      'organizations',
      'stories',
      'areas',
      'figures',
      'timeline',
    ]);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'fr'], default_locale: 'en' });
  });

  it('gives each pattern the schema own message, and chooses areas among the areas', () => {
    const org = allFields(collectionOf(specs[0]!).fields);
    const byPath = new Map(org);
    expect(byPath.get('sites.postcode')?.pattern).toEqual(['^\\d{5}$', 'must be a five-digit postcode such as 91000']);
    expect(byPath.get('website')?.pattern?.[1]).toContain('must be a web address starting with http:// or https://');
    expect(byPath.get('sources')?.field?.pattern?.[1]).toContain(
      'must be a web address starting with http:// or https://',
    );
    expect(byPath.get('kind')?.options).toContain('research');
    expect(byPath.get('areas')).toMatchObject({ widget: 'relation', collection: 'areas', multiple: true });
    const figure = new Map(allFields(collectionOf(specs.find((s) => s.name === 'figures')!).fields));
    expect(figure.get('values')).toMatchObject({ widget: 'list', min: 1 });
    expect(figure.get('values.as_of')?.required).toBeUndefined();
    expect(figure.get('values.as_of')?.pattern?.[1]).toMatch(/^must be a date written YYYY/);
  });

  it('gives every text field of every form the checks of its schema, as Decap applies them (no flag)', () => {
    const withFiles = editorConfig(specs, { repo: 'owner/site', branch: 'main' }, files);
    const collections = withFiles.collections as {
      name: string;
      fields?: EditorField[];
      files?: { fields: EditorField[] }[];
    }[];
    const texts: [string, EditorField][] = collections.flatMap((c) =>
      allFields(c.fields ?? c.files![0]!.fields)
        .flatMap(([path, f]): [string, EditorField][] => [
          [path, f],
          ...(f.field ? [[`${path}[]`, f.field] as [string, EditorField]] : []),
        ])
        .filter(([, f]) => (f.widget === 'string' || f.widget === 'text') && f.name !== BODY_FIELD)
        .map(([path, f]): [string, EditorField] => [`${c.name}.${path}`, f]),
    );
    expect(texts.length).toBeGreaterThan(30);
    // Decap's own test: RegExp(pattern).test(value), for a value that is not empty.
    const accepts = (f: EditorField, value: string) => !f.pattern || new RegExp(f.pattern[0]).test(value);
    for (const [path, f] of texts) {
      expect(f.pattern, path).toBeDefined();
      for (const hidden of [
        'A\u202Eb',
        'A\u200Fb',
        'A\u061Cb',
        'A\u200Bb',
        'A\u0000b',
        'A\u001bb',
        'A\u{E0041}b',
        '   ',
      ]) {
        expect(accepts(f, hidden), `${path} ${JSON.stringify(hidden)}`).toBe(false);
      }
      expect(accepts(f, 'A\nb'), `${path} line break`).toBe(f.widget === 'text');
    }
    const byPath = new Map(texts);
    const website = byPath.get('organizations.website')!;
    expect(accepts(website, 'https://www.genethon.fr/')).toBe(true);
    expect(accepts(website, 'HTTPS://www.genethon.fr/a@b')).toBe(true);
    expect(accepts(website, 'https://www.linkedin.com@evil.example/')).toBe(false);
    expect(website.pattern![1]).toMatch(
      /^must be a web address starting with http:\/\/ or https:\/\/; must not have a name and "@" before the site's address .*; must be visible text on one line/,
    );
    expect(accepts(byPath.get('organizations.name')!, 'L’Institut « Exemple » d’Évry\u00A0: 10\u202F%')).toBe(true);
  });

  it('matches http and https in any case without the i flag', () => {
    const source = caseInsensitiveSource('^https?:\\/\\/[^\\s/$.?#][^\\s]*$');
    expect(new RegExp(source).test('HTTPS://example.org')).toBe(true);
    expect(new RegExp(source).test('ftp://example.org')).toBe(false);
  });

  it('writes config.yml with the help texts of the schema doc comments', () => {
    const config = parse(configFile(root, { repo: 'owner/site', branch: 'main' })) as {
      collections: { fields: EditorField[] }[];
    };
    const org = new Map(allFields(config.collections[0]!.fields));
    expect(org.get('name')?.hint).toBe("The organization's name, written as it writes it.");
    expect(org.get('sites.postcode')?.hint).toMatch(/^Five-digit French postcode/);
    const timeline = config.collections.find((c) => (c as { name?: string }).name === 'timeline') as unknown as {
      files: { fields: EditorField[] }[];
    };
    const entries = new Map(allFields(timeline.files[0]!.fields));
    expect(entries.get('entries.id')?.hint).toMatch(/^The entry's name, unique in the file/);
    expect(entries.get('entries.sources')?.hint).toBe('Public pages that support it (at least one).');
  });
});

describe("the form's checks", () => {
  const site = {
    label: 'Head office',
    city: 'Évry-Courcouronnes',
    postcode: '91000',
    department: '91',
    lat: 48.63,
    lon: 2.44,
    precision: 'town',
  };

  it('accepts a postcode of the chosen department', () => {
    expect(formProblems('organizations', { sites: [site] })).toEqual([]);
  });

  it('refuses a postcode of another department with the message of npm run check:content', () => {
    const wrong = { ...site, department: '92' };
    const [message] = formProblems('organizations', { sites: [wrong] });
    const departments = loadContent(root).departments;
    const names = Object.fromEntries(Object.entries(departments).map(([code, d]) => [code, d.name]));
    const set: ContentSet = {
      organizations: [
        { slug: 'x', file: 'content/organizations/en/x.md', data: { name: 'X', areas: [], sites: [wrong] } },
      ],
      areas: [],
      stories: [],
      figures: [],
      departments: { file: 'content/departments.json', codes: Object.keys(names), names },
      outlines: readOutlines(root + OUTLINES_FILE),
    };
    const fromChecks = validateContent(set).find((p) => p.rule === 'postcode-department');
    expect(message).toBe(
      'sites[0].department is "92" but postcode 91000 belongs to 91 (Essonne); fix the department or the postcode',
    );
    expect(message).toBe(fromChecks?.message);
  });

  it('names the region departments as content/departments.json does', () => {
    for (const [code, d] of Object.entries(loadContent(root).departments)) expect(departmentLabel(code)).toBe(d.name);
  });

  it('refuses a figure value without source or date', () => {
    expect(formProblems('figures', { values: [{ value: 3 }] })).toEqual([
      'values[0] has no as_of date; add the date the number was true, e.g. "as_of": "2018"',
      'values[0] (as of ?) has no source; add a "source" {title, url, publisher} to the value or to the figure',
    ]);
    const source = { title: 'Report', url: 'https://example.org', publisher: 'Example' };
    expect(formProblems('figures', { source, values: [{ value: 3, as_of: '2020' }] })).toEqual([]);
  });
});
