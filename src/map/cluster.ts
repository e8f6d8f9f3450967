/**
 * Clustering of the map's points for one zoom level at a time, for the set of
 * sites a filter leaves. MapLibre's own clustering (supercluster in its
 * worker) rebuilds an index of every zoom level from a full copy of the data
 * on each filter change; here a filter change clusters only the zoom on
 * screen, in one pass over typed arrays, and hands MapLibre the few dozen
 * clusters and points it draws.
 *
 * Cells are squares of `radius` screen pixels on a grid aligned at every
 * zoom (a cell at zoom z is four cells at z + 1), so a cluster splits into
 * its children when the map zooms in, and each site is in exactly one
 * cluster or drawn on its own: the counts add up to the filtered set.
 */

/** MapLibre's world size at zoom 0, in pixels (512-pixel tiles). */
export const WORLD_SIZE = 512;

/** Web Mercator position of a longitude and latitude, in world units (0 to 1 across the world). */
export function mercator(lng: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return [lng / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/** The sites' positions, projected once. */
export interface ProjectedPoints {
  x: Float64Array;
  y: Float64Array;
}

export function projectPoints(coordinates: readonly (readonly [number, number])[]): ProjectedPoints {
  const x = new Float64Array(coordinates.length);
  const y = new Float64Array(coordinates.length);
  coordinates.forEach(([lng, lat], i) => {
    [x[i], y[i]] = mercator(lng, lat);
  });
  return { x, y };
}

export interface Cluster {
  /** The cluster's number in this clustering (its MapLibre feature's cluster_id). */
  id: number;
  /** Mean position of its sites, in world units. */
  x: number;
  y: number;
  /** The ids of its sites, in the order given. */
  members: number[];
}

export interface Clustering {
  clusters: Cluster[];
  /** Sites drawn on their own. */
  singles: number[];
}

/** The grid cell of a point at a zoom, as one number (cells per side stay far below 2^26 up to zoom 17). */
function cellOf(points: ProjectedPoints, id: number, cells: number): number {
  const cx = Math.min(cells - 1, Math.floor(points.x[id]! * cells));
  const cy = Math.min(cells - 1, Math.floor(points.y[id]! * cells));
  return cy * cells + cx;
}

/** How many cells of `radius` pixels cross the world at a zoom (a power of two, so grids nest). */
export function cellsAt(zoom: number, radius: number): number {
  return 2 ** Math.max(0, Math.round(Math.log2((WORLD_SIZE * 2 ** Math.floor(zoom)) / radius)));
}

/**
 * Groups the sites `ids` at a zoom: sites sharing a cell form a cluster, a
 * site alone in its cell is a single. Beyond `maxZoom` nothing is clustered.
 */
export function clusterAt(
  points: ProjectedPoints,
  ids: ArrayLike<number>,
  zoom: number,
  { radius, maxZoom }: { radius: number; maxZoom: number },
): Clustering {
  if (Math.floor(zoom) > maxZoom) return { clusters: [], singles: Array.from(ids) };
  const cells = cellsAt(zoom, radius);
  const groups = new Map<number, number[]>();
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const cell = cellOf(points, id, cells);
    const group = groups.get(cell);
    if (group) group.push(id);
    else groups.set(cell, [id]);
  }
  const clusters: Cluster[] = [];
  const singles: number[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) {
      singles.push(members[0]!);
      continue;
    }
    let sx = 0;
    let sy = 0;
    for (const id of members) {
      sx += points.x[id]!;
      sy += points.y[id]!;
    }
    clusters.push({ id: clusters.length, x: sx / members.length, y: sy / members.length, members });
  }
  return { clusters, singles };
}

/**
 * The zoom at which a cluster's sites stop sharing one cell (where clicking
 * it should take the map), or `maxZoom + 1` if they share it up to there
 * (sites at one address never split).
 */
export function expansionZoom(
  points: ProjectedPoints,
  members: readonly number[],
  zoom: number,
  { radius, maxZoom }: { radius: number; maxZoom: number },
): number {
  for (let z = Math.floor(zoom) + 1; z <= maxZoom; z++) {
    const cells = cellsAt(z, radius);
    const first = cellOf(points, members[0]!, cells);
    if (members.some((id) => cellOf(points, id, cells) !== first)) return z;
  }
  return maxZoom + 1;
}

/** Longitude and latitude of a world position (the inverse of `mercator`). */
export function lngLatOf(x: number, y: number): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [(x - 0.5) * 360, lat];
}

/** A cluster's count as drawn on its bubble: 1234 -> "1.2k", like MapLibre's point_count_abbreviated. */
export function abbreviated(count: number): string {
  if (count >= 10_000) return `${Math.round(count / 1000)}k`;
  if (count >= 1000) return `${Math.round(count / 100) / 10}k`;
  return String(count);
}
