import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contains, departmentOfPostcode, distanceKm, type OutlineGeometry } from '../../../src/content-check/geo.ts';

const geo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/data/departments.geojson'), 'utf8'),
) as {
  features: { properties: { code: string; name: string }; geometry: OutlineGeometry }[];
};
const outline = (code: string) => geo.features.find((f) => f.properties.code === code)!.geometry;

describe('department outlines', () => {
  it('holds the eight departments of the region, named from content', () => {
    expect(geo.features.map((f) => f.properties.code)).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
    expect(geo.features.find((f) => f.properties.code === '77')!.properties.name).toBe('Seine-et-Marne');
  });
  it('puts Institut Pasteur in Paris and Genopole in Essonne', () => {
    expect(contains(outline('75'), [2.311, 48.8404])).toBe(true);
    expect(contains(outline('91'), [2.444, 48.624])).toBe(true);
    expect(contains(outline('75'), [2.444, 48.624])).toBe(false);
  });
  it('measures how far a point is from a department', () => {
    // Boulogne-Billancourt (92) falls in the coarse Paris polygon, a few hundred metres from the 92 outline.
    expect(distanceKm(outline('92'), [2.241, 48.8352])).toBeLessThan(1);
    // Villers-Bretonneux (Somme) is far from every department of the region.
    expect(distanceKm(outline('95'), [2.518, 49.868])).toBeGreaterThan(50);
  });
});

describe('departmentOfPostcode', () => {
  it('reads the department from the postcode', () => {
    expect(departmentOfPostcode('91000')).toBe('91');
    expect(departmentOfPostcode('75013')).toBe('75');
    expect(departmentOfPostcode('97400')).toBe('974');
    expect(departmentOfPostcode('20000')).toBe('2A');
    expect(departmentOfPostcode('20200')).toBe('2B');
  });
});
