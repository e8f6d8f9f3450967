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
