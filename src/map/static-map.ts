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
  properties: { layer: 'region' | 'department' | 'label' | 'town'; code?: string; name: string };
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
  /** Each department's outline and its box in the drawing ([x0, y0, x1, y1]), where a filter zooms the overview. */
  departments: { code: string; name: string; d: string; box: [number, number, number, number] }[];
  /** Department names at their label points, moved apart where two would overlap (see placeLabels). */
  labels: PlacedLabel[];
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

export interface PlacedLabel {
  code: string;
  name: string;
  x: number;
  y: number;
  /** Font size in pixels the label is drawn at. */
  size: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a centred label takes, from an average glyph width (about 0.56 em for Noto Sans / system sans). */
export function labelBox(l: { name: string; x: number; y: number; size: number }): Box {
  const w = l.name.length * l.size * 0.56 + 4;
  const h = l.size + 4;
  return { x0: l.x - w / 2, y0: l.y - h / 2, x1: l.x + w / 2, y1: l.y + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Keeps labels apart: each label, smallest department first (Paris keeps its
 * place), tries its own point, then points a little further up, down, left
 * and right, and takes the first whose box overlaps no label already placed
 * and stays inside the drawing.
 */
export function placeLabels(
  labels: readonly { code: string; name: string; x: number; y: number; size: number }[],
  width: number,
  height: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  for (const l of labels) {
    const candidates: [number, number][] = [[0, 0]];
    for (let step = 1; step <= 6; step++) {
      const d = step * (l.size * 0.8);
      candidates.push([0, -d], [0, d], [-d * 1.5, 0], [d * 1.5, 0], [-d, -d], [d, -d], [-d, d], [d, d]);
    }
    const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
    let chosen = { ...l, x: r1(l.x), y: r1(l.y) };
    for (const [dx, dy] of candidates) {
      const c = { ...l, x: r1(l.x + dx), y: r1(l.y + dy) };
      const box = labelBox(c);
      if (inside(box) && !boxes.some((b) => overlaps(b, box))) {
        chosen = c;
        break;
      }
    }
    placed.push(chosen);
    boxes.push(labelBox(chosen));
  }
  return placed;
}

/**
 * The overview map's drawing on /map/: its size in units, its margin, and its department names' size
 * (the inner departments' 80% of it: 11 units, which stays at least 11 px on a phone's screen).
 */
export const OVERVIEW = { width: 620, height: 500, margin: 8, labelSize: 14 } as const;

/** The departments whose names get the smaller type: they are small at the overview's scale. */
const INNER = new Set(['75', '92', '93', '94']);

/**
 * Projects the basemap to fit width x height (with a margin), Mercator like the interactive map.
 * `labelSize` is the department names' font size (inner departments a little smaller).
 */
export function drawStaticMap(basemap: Basemap, width: number, height: number, margin = 8, labelSize = 13): StaticMap {
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
    .map((f) => {
      const [[x0, y0], [x1, y1]] = path.bounds(f as GeoPermissibleObjects);
      return {
        code: f.properties.code ?? '',
        name: f.properties.name,
        d: path(f as GeoPermissibleObjects) ?? '',
        box: [r1(x0), r1(y0), r1(x1), r1(y1)] as [number, number, number, number],
      };
    });
  const areaOf = new Map(
    departments.map((d) => [
      d.code,
      geoArea(
        features.find(
          (f) => f.properties.code === d.code && f.properties.layer === 'department',
        ) as GeoPermissibleObjects,
      ),
    ]),
  );
  const raw = features
    .filter((f) => f.properties.layer === 'label')
    .map((f) => {
      const [x, y] = projection(f.geometry.coordinates as [number, number]) ?? [0, 0];
      const code = f.properties.code ?? '';
      return { code, name: f.properties.name, x, y, size: INNER.has(code) ? Math.round(labelSize * 0.8) : labelSize };
    })
    .sort((a, b) => (areaOf.get(a.code) ?? 0) - (areaOf.get(b.code) ?? 0));
  const placed = placeLabels(raw, width, height);
  const labels = raw.map((l) => placed.find((p) => p.code === l.code)!).sort((a, b) => a.code.localeCompare(b.code));
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
