#!/usr/bin/env node
/**
 * `npm run build:schemas`: regenerates public/schemas/*.schema.json from the
 * Zod schemas. Run it after changing src/content.config.ts; a unit test fails
 * while the committed files differ from freshly generated ones.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemaFiles, SCHEMA_DIR } from './lib/json-schemas.ts';

const dir = resolve(import.meta.dirname, '..', SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(await jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${SCHEMA_DIR}/${name}`);
}
