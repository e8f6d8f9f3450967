/**
 * The basemap builder (scripts/lib/basemap.ts) on a small made-up region: four
 * square communes in two departments, two of them merged since the outlines.
 */
import { describe, expect, it } from 'vitest';
import { buildBasemap, labelPoint, townMinzoom } from '../../../scripts/lib/basemap.ts';
import { contains, type OutlineGeometry } from '../../../src/content-check/geo.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ],
});

// 91001, 91002 and 91003 side by side (91002 merged into 91001 since), 92001 and 92002 under them.
const communes = [
  { code: '91001', name: 'Alpha', geometry: square(2, 48.6) },
  { code: '91002', name: 'Beta', geometry: square(2.1, 48.6) },
  { code: '91003', name: 'Epsilon', geometry: square(2.2, 48.6) },
  { code: '92001', name: 'Gamma', geometry: square(2, 48.5) },
  { code: '92002', name: 'Delta', geometry: square(2.1, 48.5) },
];
const built = buildBasemap({
  communes,
  departmentNames: { '91': 'Essonne', '92': 'Hauts-de-Seine' },
  towns: [
    { code: '91001', name: 'Alpha-Beta', population: 90_000, point: [2.05, 48.65] },
    { code: '92001', name: 'Gamma', population: 12_000, point: [5, 45] },
    { code: '92002', name: 'Delta', population: 900 },
  ],
  currentCode: { '91002': '91001' },
  basemapWeight: 0,
  communesWeight: 0,
});
type Props = { layer: string; code: string; name: string; minzoom?: number; town?: boolean };
type Feature = { properties: Props; geometry: { coordinates: unknown } };
const of = (layer: string) =>
  (built.basemap.features as unknown as Feature[]).filter((f) => f.properties.layer === layer);
const communeLabels = () =>
  (built.communes.features as unknown as Feature[]).filter((f) => f.properties.layer === 'commune-label');

describe('basemap builder', () => {
  it('merges the communes into departments and the region', () => {
    expect(of('department').map((f) => f.properties.code)).toEqual(['91', '92']);
    const region = of('region')[0]!.geometry as OutlineGeometry;
    expect(region.type).toBe('Polygon');
    expect(contains(region, [2.15, 48.55])).toBe(true);
    expect(contains(region, [2.25, 48.55])).toBe(false);
    const essonne = of('department')[0]!.geometry as OutlineGeometry;
    expect(contains(essonne, [2.15, 48.65])).toBe(true);
    expect(contains(essonne, [2.15, 48.55])).toBe(false);
  });
  it('puts each department label inside its department', () => {
    for (const label of of('label')) {
      const dept = of('department').find((d) => d.properties.code === label.properties.code)!;
      expect(contains(dept.geometry as OutlineGeometry, label.geometry.coordinates as [number, number])).toBe(true);
    }
  });
  it('merges a commune merged since the outlines into its current commune, named as today', () => {
    expect(Object.keys(built.communeOutlines)).toEqual(['91001', '91003', '92001', '92002']);
    const labels = communeLabels();
    expect(labels.map((f) => f.properties.name)).toEqual(['Alpha-Beta', 'Epsilon', 'Gamma', 'Delta']);
    expect(contains(built.communeOutlines['91001']!, [2.15, 48.65])).toBe(true);
  });
  it('draws each border between two current communes once, and none inside a merged commune', () => {
    const lines = (built.communes.features as unknown as Feature[]).find((f) => f.properties.layer === 'commune')!
      .geometry as {
      coordinates: [number, number][][];
    };
    const vertical = (x: number, from: number, to: number) =>
      lines.coordinates.some((line) =>
        line.some(([x0, y0], i) => {
          const [x1, y1] = line[i + 1] ?? [NaN, NaN];
          return x0 === x && x1 === x && Math.min(y0, y1) >= from && Math.max(y0, y1) <= to;
        }),
      );
    // The old border between Alpha and Beta (x = 2.1, 48.6 to 48.7) is gone.
    expect(vertical(2.1, 48.6, 48.7)).toBe(false);
    // The one between Gamma and Delta is there, and the one between Beta and Epsilon.
    expect(vertical(2.1, 48.5, 48.6)).toBe(true);
    expect(vertical(2.2, 48.6, 48.7)).toBe(true);
  });
  it('names the towns by population tier, at their own point or else inside their outline', () => {
    const towns = of('town');
    expect(towns.map((t) => [t.properties.name, (t.properties as { minzoom: number }).minzoom])).toEqual([
      ['Alpha-Beta', townMinzoom(90_000)],
      ['Gamma', townMinzoom(12_000)],
    ]);
    expect(towns[0]!.geometry.coordinates).toEqual([2.05, 48.65]);
    // Gamma's own point is far away: the label goes inside its outline instead.
    expect(contains(built.communeOutlines['92001']!, towns[1]!.geometry.coordinates as [number, number])).toBe(true);
    expect(townMinzoom(900)).toBeUndefined();
  });
  it('marks the communes the towns layer already names', () => {
    const labels = communeLabels();
    expect(labels.map((f) => (f.properties as { town: boolean }).town)).toEqual([true, false, true, false]);
  });
  it('finds a label point inside a crescent', () => {
    const crescent: OutlineGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [0, 3],
          [0, 2],
          [2, 2],
          [2, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(contains(crescent, labelPoint(crescent))).toBe(true);
  });
});
