/**
 * Pins the facts of the site's content: the content passes every check, and
 * the entries that the facts single out (members without a location, the
 * member outside the region, the headline figures, the regional GDP) say what
 * the sources say.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent, formatProblem, loadContent } from '../../../src/content-check/index.ts';

const root = resolve(import.meta.dirname, '../../..');
const content = join(root, 'content');
const loaded = loadContent(root);

const AREA_SLUGS = [
  'biological-diagnostics',
  'diagnostic-and-interventional-imaging',
  'regenerative-medicine-and-biomaterials',
  'digital-health',
  'translational-medicine',
];

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function organization(slug: string) {
  const entry = loaded.organizations.find((o) => o.slug === slug);
  if (!entry) throw new Error(`content/organizations/en/${slug}.md is missing`);
  return entry.data;
}

function figure(id: string) {
  const entry = loaded.figures.find((f) => f.slug === id);
  if (!entry) throw new Error(`content/figures/${id}.json is missing`);
  return entry.data;
}

describe('site content', () => {
  it('passes every content check', () => {
    expect(checkContent(root).map(formatProblem)).toEqual([]);
  });

  // Relations, not today's numbers: an editor adding an organization or a story never breaks a test.
  it.each([
    ['organizations', /\.md$/],
    ['stories', /\.mdx?$/],
    ['figures', /\.json$/],
  ] as const)('loads every file of content/%s, each once', (collection, extension) => {
    const folder = collection === 'figures' ? join(content, collection) : join(content, collection, 'en');
    const files = readdirSync(folder).filter((f) => extension.test(f));
    const slugs = loaded[collection].map((e) => e.slug);
    expect(files.length).toBeGreaterThan(0);
    expect([...slugs].sort()).toEqual(files.map((f) => f.replace(extension, '')).sort());
  });

  it('has exactly the five strategic areas of 2014-2018, in order', () => {
    const files = readdirSync(join(content, 'areas', 'en')).filter((f) => f.endsWith('.md'));
    expect(files.map((f) => f.replace(/\.md$/, '')).sort()).toEqual([...AREA_SLUGS].sort());
    const byOrder = [...loaded.areas].sort((a, b) => a.data.order - b.data.order).map((a) => a.slug);
    expect(byOrder).toEqual(AREA_SLUGS);
  });

  it('shows no site for members whose location is unknown (AgiLab, Hybrigenics)', () => {
    expect(organization('agilab').sites).toEqual([]);
    expect(organization('hybrigenics').sites).toEqual([]);
  });

  it("keeps Evolucare's site in the Somme (department 80), outside the region", () => {
    const sites = organization('evolucare').sites;
    expect(sites).toHaveLength(1);
    expect(sites[0]!.department).toBe('80');
  });

  it('references only existing organizations and areas from the stories', () => {
    const orgSlugs = new Set(loaded.organizations.map((o) => o.slug));
    const areaSlugs = new Set(loaded.areas.map((a) => a.slug));
    for (const story of loaded.stories) {
      for (const ref of story.data.organizations) expect(orgSlugs, `${story.file} -> ${ref}`).toContain(ref);
      for (const ref of story.data.areas) expect(areaSlugs, `${story.file} -> ${ref}`).toContain(ref);
    }
  });

  it.each(['medicen-members', 'medicen-projects-certified', 'medicen-products-launched', 'medicen-investment'])(
    'gives every value of the headline figure %s a date and a source',
    (id) => {
      const fig = figure(id);
      expect(fig.values.length).toBeGreaterThan(0);
      for (const value of fig.values) {
        expect(value.as_of).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        const source = value.source ?? fig.source;
        expect(source, `${id} as of ${value.as_of}`).toBeDefined();
        expect(source!.url).toMatch(/^https?:\/\//);
        expect(source!.title.length).toBeGreaterThan(0);
        expect(source!.publisher.length).toBeGreaterThan(0);
      }
    },
  );

  it('never prints the wrong regional GDP of the seed brief', () => {
    for (const file of listFiles(content)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/28 billion/i);
      expect(text, file).not.toMatch(/28 bn/i);
    }
  });

  it('gives the sourced regional GDP (EUR 660bn) as the latest value', () => {
    const gdp = figure('region-gdp');
    expect(gdp.unit).toBe('EUR billion');
    const latest = [...gdp.values].sort((a, b) => a.as_of.localeCompare(b.as_of)).at(-1)!;
    expect(latest.value).toBe(660);
    expect(latest.source ?? gdp.source).toBeDefined();
  });
});
