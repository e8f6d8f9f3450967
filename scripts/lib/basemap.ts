/**
 * The basemap builder, pure (no file access): from the communes' outlines,
 * builds one topology so that a border simplified for one commune moves the
 * same way for its neighbour, then merges the communes into departments and
 * the region (their borders match exactly), places label points inside the
 * polygons, and ranks the towns by population for the zoom at which their
 * name appears. Used by scripts/build-basemap.ts.
 */
import polylabel from 'polylabel';
import { merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { contains, type OutlineGeometry } from '../../src/content-check/geo.ts';
import { TOWN_MINZOOMS } from '../../src/map/style.ts';

export const ATTRIBUTION = 'Outlines: IGN Admin Express, INSEE (Licence Ouverte 2.0)';

type Position = [number, number];
export interface CommuneOutline {
  code: string;
  name: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}
export interface TownInput {
  code: string;
  name: string;
  population: number;
  /** The town's own point (GeoNames), when known. */
  point?: Position;
}
export interface BuildInput {
  communes: CommuneOutline[];
  /** Department names by code (the region's eight). */
  departmentNames: Record<string, string>;
  towns: TownInput[];
  /**
   * The current commune of an outline's code (the outlines are of 2018: Évry and Courcouronnes,
   * merged since, are two). Outlines of one current commune are merged into one.
   */
  currentCode?: Record<string, string>;
  /** Visvalingam thresholds in square degrees: first-view basemap, communes file. */
  basemapWeight?: number;
  communesWeight?: number;
}

/**
 * The zoom from which a town's name shows, by population: the large towns at
 * region zoom, then smaller ones as the map zooms in. Below the last threshold
 * a commune is named only by the communes layer (see src/map/style.ts).
 */
export const TOWN_TIERS: readonly { minPopulation: number; minzoom: number }[] = [
  { minPopulation: 80_000, minzoom: TOWN_MINZOOMS[0] },
  { minPopulation: 30_000, minzoom: TOWN_MINZOOMS[1] },
  { minPopulation: 10_000, minzoom: TOWN_MINZOOMS[2] },
];

export function townMinzoom(population: number): number | undefined {
  return TOWN_TIERS.find((t) => population >= t.minPopulation)?.minzoom;
}

const roundTo = (digits: number) => {
  const k = 10 ** digits;
  return (n: number) => Math.round(n * k) / k;
};

/** Rounds a polygon's coordinates and drops repeated vertices and rings that collapse. */
export function roundGeometry(geometry: { type: string; coordinates: unknown }, digits = 4): OutlineGeometry {
  const round = roundTo(digits);
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
  const cleanRing = (ring: Position[]) => {
    const out: Position[] = [];
    for (const [x, y] of ring) {
      const p: Position = [round(x), round(y)];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  const coordinates = polygons
    .map((poly) => poly.map(cleanRing).filter((ring) => ring.length >= 4))
    .filter((poly) => poly.length > 0);
  return coordinates.length === 1
    ? { type: 'Polygon', coordinates: coordinates[0]! }
    : { type: 'MultiPolygon', coordinates };
}

const ringArea = (ring: Position[]) =>
  Math.abs(
    ring.reduce((s, [x1, y1], i) => s + x1 * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y1, 0),
  ) / 2;

/** The largest polygon of a geometry, where a label belongs. */
export function mainPolygon(geometry: OutlineGeometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
  return [...(geometry.coordinates as Position[][][])].sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0]!;
}

/** A point inside the geometry, far from its edges (the pole of inaccessibility of its largest part). */
export function labelPoint(geometry: OutlineGeometry): Position {
  const [x, y] = polylabel(mainPolygon(geometry), 1e-4);
  const round = roundTo(4);
  return [round(x!), round(y!)];
}

type Feature<P> = {
  type: 'Feature';
  properties: P;
  geometry: OutlineGeometry | { type: 'Point'; coordinates: Position };
};

export function buildBasemap(input: BuildInput) {
  const { communes, departmentNames, towns } = input;
  const codes = Object.keys(departmentNames).sort();
  const source = {
    type: 'FeatureCollection' as const,
    features: communes.map((c) => ({
      type: 'Feature' as const,
      properties: { code: c.code, name: c.name },
      geometry: c.geometry,
    })),
  };
  type Props = { code: string; name: string };
  const topo = presimplify(topology({ communes: source } as never, 1e6) as never) as unknown as Topology<{
    communes: GeometryCollection<Props>;
  }>;
  const coarse = simplify(topo, input.basemapWeight ?? 1e-5) as typeof topo;
  const fine = simplify(topo, input.communesWeight ?? 3e-6) as typeof topo;
  const geometries = (t: typeof topo) => t.objects.communes.geometries;

  const departments = codes.map((code) => {
    const parts = geometries(coarse).filter((g) => (g.properties as Props).code.startsWith(code));
    if (parts.length === 0) throw new Error(`no commune of department ${code} in the outlines`);
    return {
      type: 'Feature' as const,
      properties: { layer: 'department', code, name: departmentNames[code]! },
      geometry: roundGeometry(merge(coarse as never, parts as never)),
    };
  });
  const region = {
    type: 'Feature' as const,
    properties: { layer: 'region', name: 'Île-de-France' },
    geometry: roundGeometry(merge(coarse as never, geometries(coarse) as never)),
  };
  const departmentLabels = departments.map((f) => ({
    type: 'Feature' as const,
    properties: { layer: 'label', code: f.properties.code, name: f.properties.name },
    geometry: { type: 'Point' as const, coordinates: labelPoint(f.geometry) },
  }));

  const current = (code: string) => input.currentCode?.[code] ?? code;
  const nameOf = new Map(towns.map((t) => [t.code, t.name]));
  const groups = new Map<string, typeof topo.objects.communes.geometries>();
  for (const g of geometries(fine)) {
    const code = current((g.properties as Props).code);
    groups.set(code, [...(groups.get(code) ?? []), g]);
  }
  const fineCommunes = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, parts]) => ({
      properties: { code, name: nameOf.get(code) ?? (parts[0]!.properties as Props).name },
      geometry: roundGeometry(merge(fine as never, parts as never)),
    }));
  const outlineOf = new Map(fineCommunes.map((f) => [f.properties.code, f.geometry]));

  const labelled = new Set<string>();
  const townFeatures: Feature<{ layer: string; code: string; name: string; pop: number; minzoom: number }>[] = [];
  const communesIn = (dept: string) => fineCommunes.filter((c) => c.properties.code.startsWith(dept)).length;
  for (const t of [...towns].sort((a, b) => b.population - a.population || a.code.localeCompare(b.code))) {
    const minzoom = townMinzoom(t.population);
    // A commune that is a whole department (Paris) is named by the department's label.
    if (communesIn(t.code.slice(0, 2)) === 1) continue;
    const outline = outlineOf.get(t.code);
    if (minzoom === undefined || !outline) continue;
    const point = t.point && contains(outline, t.point) ? (t.point.map(roundTo(4)) as Position) : labelPoint(outline);
    labelled.add(t.code);
    townFeatures.push({
      type: 'Feature',
      properties: { layer: 'town', code: t.code, name: t.name, pop: t.population, minzoom },
      geometry: { type: 'Point', coordinates: point },
    });
  }

  // The communes' borders as lines, each shared border once (the map draws no commune fill).
  const borders = mesh(
    fine as never,
    fine.objects.communes as never,
    ((a: { properties: Props }, b: { properties: Props }) =>
      a === b || current(a.properties.code) !== current(b.properties.code)) as never,
  ) as unknown as { coordinates: Position[][] };
  const round4 = roundTo(4);
  const communeFeatures = [
    {
      type: 'Feature' as const,
      properties: { layer: 'commune' },
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: borders.coordinates.map((line) => line.map(([x, y]) => [round4(x), round4(y)] as Position)),
      },
    },
    ...fineCommunes.map((f) => ({
      type: 'Feature' as const,
      properties: {
        layer: 'commune-label',
        code: f.properties.code,
        name: f.properties.name,
        // Named by the towns layer already: the communes layer leaves it out.
        town: labelled.has(f.properties.code),
      },
      geometry: { type: 'Point' as const, coordinates: labelPoint(f.geometry) },
    })),
  ];

  return {
    basemap: {
      type: 'FeatureCollection' as const,
      attribution: ATTRIBUTION,
      features: [region, ...departments, ...departmentLabels, ...townFeatures],
    },
    communes: { type: 'FeatureCollection' as const, attribution: ATTRIBUTION, features: communeFeatures },
    /** The communes' polygons, for the content checks (not served). */
    communeOutlines: Object.fromEntries(fineCommunes.map((f) => [f.properties.code, f.geometry])),
  };
}
