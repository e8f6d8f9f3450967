/**
 * The embedded basemap written by scripts/build-department-outlines.mjs, and
 * the static maps drawn from it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import { DEPARTMENT_CODES } from '../../../src/model/constants.ts';
import { contains, type OutlineGeometry } from '../../../src/content-check/geo.ts';
import { drawStaticMap, forD3, type Basemap, type BasemapFeature } from '../../../src/map/static-map.ts';

const basemap = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../src/map/basemap.json'), 'utf8'),
) as Basemap;
const layer = (name: string) => basemap.features.filter((f) => f.properties.layer === name);

describe('embedded basemap', () => {
  it('holds the region outline, the eight departments and a label for each', () => {
    expect(layer('region')).toHaveLength(1);
    expect(layer('department').map((f) => f.properties.code)).toEqual([...DEPARTMENT_CODES]);
    expect(layer('label').map((f) => f.properties.code)).toEqual([...DEPARTMENT_CODES]);
    expect(layer('department').find((f) => f.properties.code === '77')!.properties.name).toBe('Seine-et-Marne');
  });
  it('places each label inside its own department', () => {
    for (const label of layer('label')) {
      const dept = layer('department').find((f) => f.properties.code === label.properties.code)!;
      expect(contains(dept.geometry as OutlineGeometry, label.geometry.coordinates as [number, number])).toBe(true);
    }
  });
  it('has a region outline that contains every department label (their union)', () => {
    const region = layer('region')[0]!.geometry as OutlineGeometry;
    for (const label of layer('label')) {
      expect(contains(region, label.geometry.coordinates as [number, number])).toBe(true);
    }
    expect(contains(region, [2.518, 49.868])).toBe(false);
  });
  it('is small enough to embed in every map page', () => {
    expect(JSON.stringify(basemap).length).toBeLessThan(40_000);
  });
  it('credits its source', () => {
    expect((basemap as Basemap & { attribution: string }).attribution).toMatch(/Natural Earth/);
  });
});

describe('static maps', () => {
  it('rewinds rings for d3 so that a department is not the whole globe', () => {
    for (const f of layer('department')) {
      expect(geoArea(forD3(f) as Parameters<typeof geoArea>[0])).toBeLessThan(0.01);
    }
  });
  it('leaves points alone', () => {
    const label = layer('label')[0] as BasemapFeature;
    expect(forD3(label)).toBe(label);
  });
  it('fits the region in the drawing and projects sites inside it', () => {
    const map = drawStaticMap(basemap, 600, 500, 10);
    expect(map.departments).toHaveLength(8);
    expect(map.region).toMatch(/^M/);
    const paris = map.project([2.3522, 48.8566])!;
    const evry = map.project([2.444, 48.624])!;
    expect(paris.x).toBeGreaterThan(10);
    expect(paris.x).toBeLessThan(590);
    // Évry is south of Paris: lower on the drawing.
    expect(evry.y).toBeGreaterThan(paris.y);
    for (const l of map.labels) {
      expect(l.x).toBeGreaterThanOrEqual(10);
      expect(l.y).toBeLessThanOrEqual(490);
    }
  });
  it('returns no position for a point off the drawing', () => {
    expect(drawStaticMap(basemap, 600, 500).project([5.37, 43.3])).toBeUndefined();
  });
});
