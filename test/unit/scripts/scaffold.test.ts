import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureFile, organizationFile, slugFor, storyFile } from '../../../scripts/lib/scaffold.ts';
import { findPlaceholders } from '../../../src/content-check/placeholders.ts';

const frontMatter = (text: string) => parse(text.split('---\n')[1]!);

describe('slugFor', () => {
  it('makes the file name from a name, accents and punctuation removed', () => {
    expect(slugFor('Généthon')).toBe('genethon');
    expect(slugFor("L'Oréal R&D  Centre")).toBe('l-oreal-r-and-d-centre');
  });
});

describe('organizationFile', () => {
  it('writes every given value, quoted where YAML needs it', () => {
    const text = organizationFile({
      name: 'Name: with "quotes"',
      relation: 'partner',
      kind: 'research',
      areas: ['imaging'],
      fields: ['gene therapy'],
      website: 'https://example.org',
      site: { city: 'Évry-Courcouronnes', postcode: '91000', department: '91', lat: 48.6328, lon: 2.44049 },
      sources: ['https://example.org/a'],
      text: 'A paragraph.',
    });
    expect(frontMatter(text)).toEqual({
      name: 'Name: with "quotes"',
      relation: 'partner',
      kind: 'research',
      areas: ['imaging'],
      fields: ['gene therapy'],
      website: 'https://example.org',
      sites: [
        {
          label: 'Head office',
          city: 'Évry-Courcouronnes',
          postcode: '91000',
          department: '91',
          lat: 48.6328,
          lon: 2.44049,
          precision: 'town',
        },
      ],
      sources: ['https://example.org/a'],
    });
    expect(text.endsWith('---\n\nA paragraph.\n')).toBe(true);
  });

  it('marks what is missing as TODO, and writes an unknown location as no site', () => {
    const text = organizationFile({ name: 'X' });
    const data = frontMatter(text);
    expect(data.sites).toEqual([]);
    expect(findPlaceholders(data).map((p) => p.path.join('.'))).toEqual(['kind', 'sources.0']);
    expect(text).toMatch(/\nTODO two or three sentences/);
  });

  it('leaves coordinates to fill when a site has none', () => {
    const data = frontMatter(organizationFile({ name: 'X', site: { city: 'Y' } }));
    expect(findPlaceholders(data).map((p) => p.path.join('.'))).toEqual([
      'kind',
      'sites.0.department',
      'sites.0.lat',
      'sites.0.lon',
      'sources.0',
    ]);
  });
});

describe('storyFile', () => {
  it('writes the year as a number and the references as lists', () => {
    const data = frontMatter(
      storyFile({ title: 'T', year: 2017, organizations: ['genethon'], summary: 'S', sources: ['https://e.org'] }),
    );
    expect(data).toEqual({
      title: 'T',
      year: 2017,
      organizations: ['genethon'],
      areas: [],
      summary: 'S',
      sources: ['https://e.org'],
    });
  });
});

describe('figureFile', () => {
  it('writes JSON linked to its schema, with the id from the label', () => {
    const data = JSON.parse(figureFile({ label: 'Members of the cluster', value: 300, asOf: '2018' }));
    expect(data.$schema).toBe('../../public/schemas/figure.schema.json');
    expect(data.id).toBe('members-of-the-cluster');
    expect(data.values[0]).toMatchObject({ as_of: '2018', value: 300, qualifier: 'exact' });
    expect(findPlaceholders(data).map((p) => p.path.join('.'))).toEqual([
      'scope',
      'unit',
      'values.0.source.title',
      'values.0.source.url',
      'values.0.source.publisher',
    ]);
  });
});
