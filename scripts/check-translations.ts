#!/usr/bin/env node
/**
 * `npm run check:translations`: lists every content text that has no French
 * version yet (the site shows English with a note there). Informational:
 * exits 0 unless --strict is given.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/content-check/index.ts';
import { untranslated } from '../src/content-check/translations.ts';
import { escapeForLog } from '../src/util/hidden-characters.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const missing = untranslated(loadContent(root));
// File names and texts from content, escaped: none can start a line of its own (src/util/hidden-characters.ts).
for (const line of missing) console.log(escapeForLog(line));
console.log(
  missing.length === 0 ? 'Every text has its French version.' : `\n${missing.length} text(s) without a French version.`,
);
if (process.argv.includes('--strict') && missing.length > 0) process.exit(1);
