import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateOrganizations,
  readSourceOrganizations,
  regionTowns,
  writeGeneratedOrganizations,
  type GeneratedFile,
  type RegionTown,
} from '../../../scripts/lib/generate-organizations.ts';
import { loadPlaceIndex } from '../../../scripts/lib/places.ts';
import { checkContent, formatProblem, OUTLINES_FILE, readOutlines } from '../../../src/content-check/index.ts';
import { contains } from '../../../src/content-check/geo.ts';
import { DEPARTMENT_CODES, KINDS, RELATIONS } from '../../../src/model/constants.ts';

const project = resolve(import.meta.dirname, '../../..');
const outlines = readOutlines(join(project, OUTLINES_FILE));

/** The front matter of a generated file. */
function frontMatter(file: GeneratedFile): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---/.exec(file.text)![1]!) as Record<string, unknown>;
}

/** The Paris Region's bounding box, a little wide. */
const REGION = { minLat: 48.1, maxLat: 49.25, minLon: 1.4, maxLon: 3.6 };

describe('regionTowns', () => {
  const towns = regionTowns(loadPlaceIndex(), outlines);

  it('holds communes of each of the eight departments (Paris is one commune)', () => {
    for (const code of DEPARTMENT_CODES) {
      expect(towns.filter((t) => t.department === code).length, code).toBeGreaterThan(code === '75' ? 0 : 20);
    }
    expect(towns.find((t) => t.name === 'Évry-Courcouronnes')).toMatchObject({ department: '91' });
  });

  it('gives each a postcode of its department and a point inside the region and its department', () => {
    for (const t of towns) {
      expect(t.postcode.slice(0, 2)).toBe(t.department);
      expect(t.lat).toBeGreaterThan(REGION.minLat);
      expect(t.lat).toBeLessThan(REGION.maxLat);
      expect(t.lon).toBeGreaterThan(REGION.minLon);
      expect(t.lon).toBeLessThan(REGION.maxLon);
      expect(contains(outlines[t.department]!, [t.lon, t.lat]), `${t.name} ${t.department}`).toBe(true);
    }
  });
});

describe('generateOrganizations', () => {
  const sources = readSourceOrganizations(project);
  const towns: RegionTown[] = regionTowns(loadPlaceIndex(), outlines);
  const areas = ['digital-health', 'translational-medicine'];
  const files = generateOrganizations({
    sources,
    towns,
    areas,
    count: 150,
    taken: { slugs: sources.map((s) => s.slug), names: sources.map((s) => s.name) },
  });
  const english = files.filter((f) => !f.path.includes('/fr/'));

  it('writes N organizations, each with its French file', () => {
    expect(english).toHaveLength(150);
    for (const f of english)
      expect(files.map((g) => g.path)).toContain(f.path.replace('organizations/en/', 'organizations/fr/'));
  });

  it('gives each a slug and a name of its own, none of a real organization', () => {
    const slugs = english.map((f) => f.path.split('/').pop()!.slice(0, -3));
    const names = english.map((f) => String(frontMatter(f).name));
    expect(new Set(slugs).size).toBe(150);
    expect(new Set(names).size).toBe(150);
    for (const s of sources) {
      expect(slugs).not.toContain(s.slug);
      expect(names).not.toContain(s.name);
    }
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses the real vocabularies and one or two sites in real communes of the region', () => {
    for (const f of english) {
      const data = frontMatter(f) as {
        kind: string;
        relation: string;
        areas: string[];
        sites: { city: string; postcode: string; department: string; lat: number; lon: number }[];
      };
      expect(KINDS).toContain(data.kind);
      expect(RELATIONS).toContain(data.relation);
      for (const a of data.areas) expect(areas).toContain(a);
      expect(data.sites.length).toBeGreaterThanOrEqual(1);
      expect(data.sites.length).toBeLessThanOrEqual(2);
      for (const site of data.sites) {
        expect(towns).toContainEqual({
          name: site.city,
          postcode: site.postcode,
          department: site.department,
          lat: site.lat,
          lon: site.lon,
        });
        expect(contains(outlines[site.department]!, [site.lon, site.lat])).toBe(true);
      }
    }
  });

  it('is the same for the same seed', () => {
    const again = generateOrganizations({ sources, towns, areas, count: 5, seed: 7 });
    expect(generateOrganizations({ sources, towns, areas, count: 5, seed: 7 })).toEqual(again);
  });
});

describe('writeGeneratedOrganizations', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'generated-organizations-'));
    cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(project, OUTLINES_FILE), join(root, OUTLINES_FILE));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('adds organizations up to the total, which the content checks accept', () => {
    const real = readdirSync(join(root, 'content/organizations/en')).filter((f) => f.endsWith('.md')).length;
    expect(writeGeneratedOrganizations(root, real + 50)).toBe(50);
    const all = readdirSync(join(root, 'content/organizations/en')).filter((f) => f.endsWith('.md'));
    expect(all).toHaveLength(real + 50);
    for (const f of all) expect(existsSync(join(root, 'content/organizations/fr', f)), f).toBe(true);
    expect(checkContent(root).map(formatProblem)).toEqual([]);
  });

  it('adds none when the project already has that many', () => {
    expect(writeGeneratedOrganizations(root, 10)).toBe(0);
  });
});
