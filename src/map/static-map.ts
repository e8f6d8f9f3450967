/**
 * Static SVG maps drawn at build time with d3-geo from the same outlines as
 * the interactive map: the overview on /map/ (shown without JavaScript or
 * WebGL) and the locator on member pages. Returns path data and positions
 * only; the Astro components write the SVG, escaping every text.
 */
import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';

type Ring = [number, number][];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon' | 'Point';
  coordinates: unknown;
}
export interface BasemapFeature {
  type: 'Feature';
  properties: { layer: 'region' | 'department' | 'label'; code?: string; name: string };
  geometry: Geometry;
}
export interface Basemap {
  type: 'FeatureCollection';
  features: BasemapFeature[];
}

export interface StaticMap {
  width: number;
  height: number;
  region: string;
  departments: { code: string; name: string; d: string }[];
  labels: { code: string; name: string; x: number; y: number }[];
  /** Screen position of [lon, lat], or undefined when it falls outside the drawing. */
  project: (lonLat: [number, number]) => { x: number; y: number } | undefined;
}

/**
 * d3-geo works on the sphere and reads a ring's direction to know which side
 * is inside: GeoJSON's counter-clockwise outer rings would mean "the whole
 * globe but this department". Reverses the rings of any polygon that covers
 * more than a hemisphere.
 */
export function forD3(feature: BasemapFeature): BasemapFeature {
  if (feature.geometry.type === 'Point') return feature;
  if (geoArea(feature as GeoPermissibleObjects) <= 2 * Math.PI) return feature;
  const rewind = (poly: Ring[]) => poly.map((ring) => [...ring].reverse());
  const coordinates =
    feature.geometry.type === 'Polygon'
      ? rewind(feature.geometry.coordinates as Ring[])
      : (feature.geometry.coordinates as Ring[][]).map(rewind);
  return { ...feature, geometry: { ...feature.geometry, coordinates } };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Projects the basemap to fit width x height (with a margin), Mercator like the interactive map. */
export function drawStaticMap(basemap: Basemap, width: number, height: number, margin = 8): StaticMap {
  const features = basemap.features.map(forD3);
  const region = features.find((f) => f.properties.layer === 'region');
  if (!region) throw new Error('the basemap has no region outline: run npm run build:outlines');
  const projection = geoMercator().fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    region as GeoPermissibleObjects,
  );
  const path = geoPath(projection).digits(1);
  const departments = features
    .filter((f) => f.properties.layer === 'department')
    .map((f) => ({
      code: f.properties.code ?? '',
      name: f.properties.name,
      d: path(f as GeoPermissibleObjects) ?? '',
    }));
  const labels = features
    .filter((f) => f.properties.layer === 'label')
    .map((f) => {
      const [x, y] = projection(f.geometry.coordinates as [number, number]) ?? [0, 0];
      return { code: f.properties.code ?? '', name: f.properties.name, x: r1(x), y: r1(y) };
    });
  return {
    width,
    height,
    region: path(region as GeoPermissibleObjects) ?? '',
    departments,
    labels,
    project: (lonLat) => {
      const p = projection(lonLat);
      if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return undefined;
      return { x: r1(p[0]), y: r1(p[1]) };
    },
  };
}
