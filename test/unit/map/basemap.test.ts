/**
 * The embedded basemap written by scripts/build-basemap.ts from the IGN
 * outlines, and the static maps drawn from it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { geoArea } from 'd3-geo';
import { DEPARTMENT_CODES } from '../../../src/model/constants.ts';
import { contains, type OutlineGeometry } from '../../../src/content-check/geo.ts';
import {
  OVERVIEW,
  drawStaticMap,
  forD3,
  labelBox,
  placeLabels,
  type Basemap,
  type BasemapFeature,
} from '../../../src/map/static-map.ts';

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
  it('is small enough for the first view (under 150 KB gzip)', () => {
    expect(gzipSync(JSON.stringify(basemap)).length).toBeLessThan(150_000);
  });
  it('credits its source', () => {
    expect((basemap as Basemap & { attribution: string }).attribution).toBe(
      'Outlines: IGN Admin Express, INSEE (Licence Ouverte 2.0)',
    );
  });
  it('names the main towns, each inside the region, Paris left to its department label', () => {
    const towns = layer('town') as (BasemapFeature & { properties: { pop: number } })[];
    const names = towns.map((f) => f.properties.name);
    expect(names).toContain('Évry-Courcouronnes');
    expect(names).toContain('Versailles');
    expect(names).not.toContain('Paris');
    const region = layer('region')[0]!.geometry as OutlineGeometry;
    for (const t of towns) expect(contains(region, t.geometry.coordinates as [number, number])).toBe(true);
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
  it("gives each department the box of its outline, which holds the department's sites", () => {
    const map = drawStaticMap(basemap, 620, 500);
    const paris = map.departments.find((d) => d.code === '75')!.box;
    const essonne = map.departments.find((d) => d.code === '91')!.box;
    for (const [x0, y0, x1, y1] of [paris, essonne]) {
      expect(x0).toBeLessThan(x1);
      expect(y0).toBeLessThan(y1);
    }
    const notreDame = map.project([2.3499, 48.853])!;
    expect(notreDame.x).toBeGreaterThan(paris[0]);
    expect(notreDame.x).toBeLessThan(paris[2]);
    expect(notreDame.y).toBeGreaterThan(paris[1]);
    expect(notreDame.y).toBeLessThan(paris[3]);
    // Paris is a small department inside the region; Essonne, south of it, starts lower.
    expect(paris[2] - paris[0]).toBeLessThan((essonne[2] - essonne[0]) / 2);
    expect(essonne[3]).toBeGreaterThan(paris[3]);
  });
  it('keeps the department names of the overview apart', () => {
    const { width, height, margin, labelSize } = OVERVIEW;
    const map = drawStaticMap(basemap, width, height, margin, labelSize);
    const boxes = map.labels.map(labelBox);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${map.labels[i]!.name} / ${map.labels[j]!.name}`).toBe(false);
      }
    }
  });
  it('moves a label that would overlap another one already placed', () => {
    const placed = placeLabels(
      [
        { code: 'a', name: 'Paris', x: 100, y: 100, size: 10 },
        { code: 'b', name: 'Hauts-de-Seine', x: 95, y: 102, size: 10 },
      ],
      300,
      300,
    );
    expect(placed[0]).toMatchObject({ x: 100, y: 100 });
    expect(placed[1]).not.toMatchObject({ x: 95, y: 102 });
  });
  it('returns no position for a point off the drawing', () => {
    expect(drawStaticMap(basemap, 600, 500).project([5.37, 43.3])).toBeUndefined();
  });
});
