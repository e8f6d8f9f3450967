#!/usr/bin/env node
/**
 * Writes src/model/department-names.json: the official name of every French
 * department by code ("80" -> "Somme"), from the dev dependency
 * @etalab/decoupage-administratif. Member pages name a site's department even
 * outside the region; the build reads this small copy, never node_modules.
 * Run again after updating the package: npm run build:department-names
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = require.resolve('@etalab/decoupage-administratif/data/departements.json');
/** @type {{ code: string; nom: string }[]} */
const departments = JSON.parse(readFileSync(source, 'utf8'));
const names = Object.fromEntries(
  departments.map((d) => [d.code, d.nom]).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
);
const out = new URL('../src/model/department-names.json', import.meta.url);
writeFileSync(out, JSON.stringify(names, null, 2) + '\n');
console.log(`Wrote ${Object.keys(names).length} department names to src/model/department-names.json`);
