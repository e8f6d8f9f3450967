/**
 * The outline rules (src/content-check/outline-rules.ts) with the real IGN
 * outlines: department polygons without tolerance, communes of a postcode
 * within 500 m, and point-in-polygon itself.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contains, type OutlineGeometry } from '../../../src/content-check/geo.ts';
import { checkSiteOutlines, type OutlineContext } from '../../../src/content-check/outline-rules.ts';
import type { Problem } from '../../../src/content-check/validation.ts';
import { DEPARTMENT_CODES } from '../../../src/model/constants.ts';

const outlines = Object.fromEntries(
  (
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data/departments.geojson'), 'utf8')) as {
      features: { properties: { code: string }; geometry: OutlineGeometry }[];
    }
  ).features.map((f) => [f.properties.code, f.geometry]),
);
const ctx: OutlineContext = { outlines, regionCodes: new Set(DEPARTMENT_CODES), deptName: (c) => c };
const rules = (site: { department: string; postcode?: string; lat: number; lon: number; precision: string }) => {
  const out: Problem[] = [];
  checkSiteOutlines('f.md', 'sites[0]', site, ctx, out);
  return out.map((p) => p.rule);
};

describe('point in polygon', () => {
  const square: OutlineGeometry = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
      [
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 2],
        [1, 1],
      ],
    ],
  };
  it('is inside the outer ring and not in a hole', () => {
    expect(contains(square, [3, 3])).toBe(true);
    expect(contains(square, [1.5, 1.5])).toBe(false);
    expect(contains(square, [5, 1])).toBe(false);
  });
  it('finds the point in any part of a multipolygon', () => {
    const multi: OutlineGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates as [number, number][][],
        [
          [
            [10, 10],
            [11, 10],
            [11, 11],
            [10, 10],
          ],
        ],
      ],
    };
    expect(contains(multi, [10.8, 10.2])).toBe(true);
  });
});

describe('outline rules with the IGN outlines', () => {
  it('accepts a campus inside its commune and department (Genopole, Évry-Courcouronnes)', () => {
    expect(rules({ department: '91', postcode: '91000', lat: 48.624, lon: 2.444, precision: 'campus' })).toEqual([]);
  });
  it('reports a precise site far from the commune of its postcode, but not a town-level one', () => {
    const massy = { department: '91', postcode: '91000', lat: 48.7309, lon: 2.2713 };
    expect(rules({ ...massy, precision: 'address' })).toEqual(['outside-commune']);
    expect(rules({ ...massy, precision: 'town' })).toEqual([]);
  });
  it('has no tolerance at a department border: Paris is not Hauts-de-Seine', () => {
    // Place de la Concorde, in Paris.
    expect(rules({ department: '92', lat: 48.8656, lon: 2.3212, precision: 'town' })).toEqual(['outside-department']);
    expect(rules({ department: '75', lat: 48.8656, lon: 2.3212, precision: 'town' })).toEqual([]);
  });
});
