/**
 * JSON Schema files generated from the Zod schemas of src/content.config.ts,
 * so that VS Code (and any editor that reads JSON Schema) offers completion,
 * hover help and errors while an editor types a content file. The field
 * descriptions are the schema's own doc comments, read from the source, so
 * the help shown in the editor is the one developers maintain.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';
import { z } from 'astro/zod';
import * as config from '../../src/content.config.ts';

const CONFIG_FILE = resolve(import.meta.dirname, '../../src/content.config.ts');

/** Where the generated files go, from the project root. */
export const SCHEMA_DIR = 'public/schemas';

/** One generated file per content type: the schema of one file, or of one keyed file. */
const TARGETS: Record<string, { schema: z.ZodType; title: string }> = {
  organization: { schema: config.organizationSchema, title: 'An organization: content/organizations/en/<slug>.md' },
  area: { schema: config.areaSchema, title: 'A strategic area: content/areas/en/<slug>.md' },
  story: { schema: config.storySchema, title: 'A success story: content/stories/en/<slug>.mdx' },
  figure: { schema: config.figureSchema, title: 'A sourced figure: content/figures/<id>.json' },
  departments: {
    schema: z.record(z.string(), config.departmentSchema),
    title: 'The eight departments of the Paris Region, keyed by code: content/departments.json',
  },
  timeline: {
    schema: config.timelineFileSchema,
    title: 'Dated events of the cluster, a list of entries each named by its id: content/timeline.json',
  },
  cluster: {
    schema: config.clusterSchema,
    title: 'The cluster today and the periods of its history: content/cluster.json',
  },
  site: {
    schema: config.siteFactsSchema,
    title: 'Site-wide facts (contact, how to join, legal notice), every field optional: content/site.json',
  },
};

/** The doc comment of each field of each `export const xSchema = z.strictObject({...})`, by schema name. */
export function fieldDocs(source: string): Record<string, Record<string, string>> {
  const file = ts.createSourceFile('content.config.ts', source, ts.ScriptTarget.Latest, true);
  const out: Record<string, Record<string, string>> = {};
  for (const stmt of file.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const decl of stmt.declarationList.declarations) {
      const init = decl.initializer;
      if (!ts.isIdentifier(decl.name) || !init || !ts.isCallExpression(init)) continue;
      const arg = init.arguments[0];
      if (!arg || !ts.isObjectLiteralExpression(arg)) continue;
      const docs: Record<string, string> = {};
      for (const prop of arg.properties) {
        if (!prop.name) continue;
        const name = prop.name.getText(file).replace(/^['"]|['"]$/g, '');
        const ranges = ts.getLeadingCommentRanges(source, prop.getFullStart()) ?? [];
        const text = ranges
          .map((r) => source.slice(r.pos, r.end))
          .filter((c) => c.startsWith('/**'))
          .map((c) =>
            c
              .replace(/^\/\*\*|\*\/$/g, '')
              .replace(/^\s*\* ?/gm, '')
              .replace(/\s+/g, ' ')
              .trim(),
          )
          .join(' ');
        if (text) docs[name] = text;
      }
      out[decl.name.text] = docs;
    }
  }
  return out;
}

/** The generated files, by file name, formatted as Prettier would. */
export async function jsonSchemaFiles(): Promise<Record<string, string>> {
  const docs = fieldDocs(readFileSync(CONFIG_FILE, 'utf8'));
  // Which Zod object is which named schema, to attach that schema's field docs.
  const named = new Map<unknown, string>(
    Object.entries(config)
      .filter(([name]) => name.endsWith('Schema'))
      .map(([name, schema]) => [schema, name]),
  );
  const prettierOptions = { ...(await resolveConfig(resolve(SCHEMA_DIR, 'x.json'))), parser: 'json' };
  const files: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(TARGETS)) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      override: (ctx) => {
        const fields = docs[named.get(ctx.zodSchema) ?? ''];
        const props = ctx.jsonSchema.properties;
        if (!fields || !props) return;
        for (const [field, text] of Object.entries(fields)) {
          const prop = props[field];
          if (prop && typeof prop === 'object') prop.description = text;
        }
      },
    });
    const withTitle = { $schema: json.$schema, title, ...json };
    files[`${name}.schema.json`] = await format(JSON.stringify(withTitle), prettierOptions);
  }
  return files;
}
