/**
 * The JSON Schema files editors' tools read are generated from the Zod
 * schemas; these tests fail when they drift apart (run `npm run build:schemas`).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fieldDocs, jsonSchemaFiles, SCHEMA_DIR } from '../../../scripts/lib/json-schemas.ts';

const project = resolve(import.meta.dirname, '../../..');
const dir = resolve(project, SCHEMA_DIR);
const generated = await jsonSchemaFiles();

describe('JSON Schema files', () => {
  it('are committed exactly as generated from src/content.config.ts', () => {
    const committed = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
    expect(committed).toEqual(generated);
  });

  it('carry the field doc comments as descriptions', () => {
    const org = JSON.parse(generated['organization.schema.json']!);
    expect(org.properties.sites.items.properties.precision.description).toBe(
      'How precise the coordinates are: address, campus, district or town (centre).',
    );
    expect(org.required).toEqual(['name', 'relation', 'kind', 'sources']);
  });

  it('are referenced by existing paths from the editor settings and the figure files', () => {
    const settings = JSON.parse(readFileSync(resolve(project, '.vscode/settings.json'), 'utf8'));
    for (const entry of settings['json.schemas']) expect(existsSync(resolve(project, entry.url))).toBe(true);
    const contentFigures = existsSync(resolve(project, 'content/figures'))
      ? readdirSync(resolve(project, 'content/figures')).map((f) => `content/figures/${f}`)
      : [];
    const figures = ['content/_templates/figure.json', ...contentFigures].filter(
      (f) => JSON.parse(readFileSync(resolve(project, f), 'utf8')).$schema !== undefined,
    );
    expect(figures).toContain('content/_templates/figure.json');
    for (const f of figures) {
      const ref = JSON.parse(readFileSync(resolve(project, f), 'utf8')).$schema;
      expect(resolve(dirname(resolve(project, f)), ref)).toBe(resolve(dir, 'figure.schema.json'));
    }
  });

  it('accept valid content and reject a mistake, as the checker does', () => {
    const ajv = new Ajv2020({ strict: false });
    const figure = ajv.compile(JSON.parse(generated['figure.schema.json']!));
    const valid = JSON.parse(
      readFileSync(resolve(project, 'test/fixtures/valid/content/figures/medicen-members.json'), 'utf8'),
    );
    expect(figure(valid)).toBe(true);
    expect(figure({ ...valid, values: [{ as_of: '2018-13', value: 1 }] })).toBe(false);
    const departments = ajv.compile(JSON.parse(generated['departments.schema.json']!));
    const depts = JSON.parse(readFileSync(resolve(project, 'test/fixtures/valid/content/departments.json'), 'utf8'));
    expect(departments(depts)).toBe(true);
    expect(departments({ '91': { name: 'Essonne' } })).toBe(false);
  });
});

describe('fieldDocs', () => {
  it('reads the doc comment above each field of each schema', () => {
    const src = [
      'export const aSchema = z.strictObject({',
      '  /** The name,',
      '   *  on two lines. */',
      '  name: z.string(),',
      '  // not a doc comment',
      '  other: z.number(),',
      '});',
    ].join('\n');
    expect(fieldDocs(src)).toEqual({ aSchema: { name: 'The name, on two lines.' } });
  });
});
