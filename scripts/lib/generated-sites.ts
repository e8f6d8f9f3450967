/**
 * Generated map sites for the map benchmark (`npm run bench:map`) and the
 * browser test of cluster counts: random points in the Paris Region's
 * bounding box with the real vocabularies, seeded by their number so that
 * runs compare. They replace /data/map-sites.geojson in the browser only.
 */
import { DEPARTMENT_CODES } from '../../src/model/constants.ts';
import type { SiteFeature } from '../../src/map/sites.ts';

/** The kinds drawn from (eight of the vocabulary's, the same since the benchmark's first numbers). */
export const GENERATED_KINDS = [
  'large-company',
  'sme',
  'startup',
  'research',
  'university',
  'hospital',
  'cluster',
  'investor',
] as const;
const PRECISIONS = ['address', 'campus', 'district', 'town'] as const;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` sites, one per generated organization, in the areas given (the real ones). */
export function generatedSites(count: number, areas: readonly string[]): SiteFeature[] {
  const rnd = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    id: i,
    properties: {
      slug: `generated-${i}`,
      name: `Generated organization ${i}`,
      kind: pick(GENERATED_KINDS),
      relation: rnd() < 0.8 ? 'member' : 'partner',
      areas: [pick(areas)],
      department: pick(DEPARTMENT_CODES),
      home: pick(DEPARTMENT_CODES),
      inRegion: true,
      site: 0,
      label: 'Site',
      city: 'Generated',
      precision: pick(PRECISIONS),
    },
    geometry: { type: 'Point', coordinates: [1.6 + rnd() * 1.8, 48.2 + rnd() * 0.9] },
  })) as SiteFeature[];
}

/** The body of a /data/map-sites.geojson holding `count` generated sites. */
export function generatedSitesFile(count: number, areas: readonly string[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features: generatedSites(count, areas), unlocated: [] });
}
