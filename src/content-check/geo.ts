/**
 * Plane geometry on longitude/latitude, good enough at the scale of a region:
 * point-in-polygon and distance from a point to a polygon in kilometres.
 */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];

export interface OutlineGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | PolygonCoords[];
}

const KM_PER_DEG_LAT = 111.32;

function polygonsOf(geometry: OutlineGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon'
    ? [geometry.coordinates as PolygonCoords]
    : (geometry.coordinates as PolygonCoords[]);
}

/** Ray casting: whether [lon, lat] lies inside a ring. */
function inRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether [lon, lat] lies inside the geometry (outer ring, not in a hole). */
export function contains(geometry: OutlineGeometry, point: Position): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) => !!outer && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
  );
}

/** Distance in km from a point to a segment, on a local flat projection. */
function segmentDistanceKm(p: Position, a: Position, b: Position): number {
  const kx = KM_PER_DEG_LAT * Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * KM_PER_DEG_LAT;
  const bx = (b[0] - p[0]) * kx;
  const by = (b[1] - p[1]) * KM_PER_DEG_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in km from a point to the geometry: 0 inside, else to the nearest edge. */
export function distanceKm(geometry: OutlineGeometry, point: Position): number {
  if (contains(geometry, point)) return 0;
  let best = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        best = Math.min(best, segmentDistanceKm(point, ring[i - 1]!, ring[i]!));
      }
    }
  }
  return best;
}

/** The department a French postcode belongs to: its first two digits (three overseas, 2A/2B in Corsica). */
export function departmentOfPostcode(postcode: string): string {
  if (postcode.startsWith('97')) return postcode.slice(0, 3);
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B';
  return postcode.slice(0, 2);
}

/** A latitude/longitude rectangle, in degrees. */
export interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

/** The Paris Region's extent (48.12-49.24 N, 1.45-3.56 E) widened by about 5 km, as the outlines' tolerance. */
export const REGION_BOX: Box = { south: 48.07, north: 49.29, west: 1.38, east: 3.63 };

/** Metropolitan France with Corsica, and each overseas department, with a margin of a few km. */
export const FRANCE_BOXES: Readonly<Record<string, Box>> = {
  metropolitan: { south: 41.3, north: 51.15, west: -5.2, east: 9.6 },
  '971': { south: 15.8, north: 16.55, west: -61.85, east: -60.95 },
  '972': { south: 14.35, north: 14.9, west: -61.25, east: -60.8 },
  '973': { south: 2.1, north: 5.8, west: -54.65, east: -51.6 },
  '974': { south: -21.4, north: -20.85, west: 55.2, east: 55.85 },
  '975': { south: 46.7, north: 47.15, west: -56.45, east: -56.1 },
  '976': { south: -13.05, north: -12.6, west: 44.95, east: 45.35 },
};

/** French department codes: 01 to 95 (Corsica is 2A and 2B, not 20) and the overseas 971 to 976. */
export const FRENCH_DEPARTMENTS: ReadonlySet<string> = new Set([
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'),
  '2A',
  '2B',
  ...['971', '972', '973', '974', '975', '976'],
]);

/** The box a department's points lie in: its overseas one, or metropolitan France's. */
export function franceBoxOf(department: string): Box {
  return FRANCE_BOXES[department] ?? FRANCE_BOXES.metropolitan!;
}

export function inBox(box: Box, lat: number, lon: number): boolean {
  return lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;
}

/** A box in words, for a message: "latitude 48.07 to 49.29, longitude 1.38 to 3.63". */
export function describeBox(box: Box): string {
  return `latitude ${box.south} to ${box.north}, longitude ${box.west} to ${box.east}`;
}
