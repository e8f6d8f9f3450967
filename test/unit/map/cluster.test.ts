import { describe, expect, it } from 'vitest';
import {
  abbreviated,
  cellsAt,
  clusterAt,
  expansionZoom,
  lngLatOf,
  mercator,
  projectPoints,
  WORLD_SIZE,
} from '../../../src/map/cluster.ts';

const OPTIONS = { radius: 64, maxZoom: 11 };

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function regionPoints(count: number, seed = 1): [number, number][] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => [1.6 + rnd() * 1.8, 48.2 + rnd() * 0.9]);
}

describe('mercator and lngLatOf', () => {
  it('are inverse', () => {
    for (const [lng, lat] of [
      [2.35, 48.86],
      [-120, -33],
      [0, 0],
    ] as const) {
      const [x, y] = mercator(lng, lat);
      const [lng2, lat2] = lngLatOf(x, y);
      expect(lng2).toBeCloseTo(lng, 9);
      expect(lat2).toBeCloseTo(lat, 9);
    }
  });
});

describe('cellsAt', () => {
  it('gives cells of the radius in screen pixels, doubling with each zoom level', () => {
    expect((WORLD_SIZE * 2 ** 8) / cellsAt(8, 64)).toBe(64);
    expect(cellsAt(9, 64)).toBe(2 * cellsAt(8, 64));
    expect(cellsAt(8.7, 64)).toBe(cellsAt(8, 64));
  });
});

describe('clusterAt', () => {
  const coords = regionPoints(5000);
  const points = projectPoints(coords);
  const all = coords.map((_, i) => i);

  it('puts every site of the set in exactly one cluster or on its own, at every zoom', () => {
    const subset = all.filter((i) => i % 3 === 0);
    for (let zoom = 5; zoom <= 13; zoom++) {
      const { clusters, singles } = clusterAt(points, subset, zoom, OPTIONS);
      const seen = [...singles, ...clusters.flatMap((c) => c.members)].sort((a, b) => a - b);
      expect(seen).toEqual(subset);
      expect(clusters.every((c) => c.members.length >= 2)).toBe(true);
      if (zoom > OPTIONS.maxZoom) expect(clusters).toEqual([]);
    }
  });

  it('numbers clusters by their index and places them at the mean of their sites', () => {
    const { clusters } = clusterAt(points, all, 8, OPTIONS);
    expect(clusters.map((c) => c.id)).toEqual(clusters.map((_, k) => k));
    const c = clusters[0]!;
    const mean = c.members.reduce((s, i) => s + points.x[i]!, 0) / c.members.length;
    expect(c.x).toBeCloseTo(mean, 12);
  });

  it('nests: a cluster at one zoom is the union of clusters and sites at the next', () => {
    const parentOf = new Map<number, number>();
    for (const c of clusterAt(points, all, 8, OPTIONS).clusters) for (const i of c.members) parentOf.set(i, c.id);
    for (const c of clusterAt(points, all, 9, OPTIONS).clusters) {
      expect(new Set(c.members.map((i) => parentOf.get(i))).size).toBe(1);
    }
  });

  it('keeps sites at one address together, and finds where a cluster splits', () => {
    const pts = projectPoints([
      [2.35, 48.86],
      [2.35, 48.86],
      [2.36, 48.87],
    ]);
    const same = clusterAt(pts, [0, 1], 11, OPTIONS).clusters[0]!;
    expect(expansionZoom(pts, same.members, 11, OPTIONS)).toBe(OPTIONS.maxZoom + 1);
    const near = clusterAt(pts, [0, 2], 7, OPTIONS).clusters[0]!;
    const z = expansionZoom(pts, near.members, 7, OPTIONS);
    expect(z).toBeGreaterThan(7);
    expect(clusterAt(pts, [0, 2], z, OPTIONS).clusters).toEqual([]);
    expect(clusterAt(pts, [0, 2], z - 1, OPTIONS).clusters).toHaveLength(1);
  });

  it('clusters 50,000 sites in a few tens of milliseconds', () => {
    const big = projectPoints(regionPoints(50_000, 7));
    const ids = Array.from({ length: 50_000 }, (_, i) => i);
    const t0 = performance.now();
    const { clusters, singles } = clusterAt(big, ids, 8, OPTIONS);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(clusters.reduce((n, c) => n + c.members.length, 0) + singles.length).toBe(50_000);
  });
});

describe('abbreviated', () => {
  it('writes counts as MapLibre does', () => {
    expect(abbreviated(7)).toBe('7');
    expect(abbreviated(999)).toBe('999');
    expect(abbreviated(1234)).toBe('1.2k');
    expect(abbreviated(15_400)).toBe('15k');
  });
});
