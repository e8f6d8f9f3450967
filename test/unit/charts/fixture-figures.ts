/** Made-up figure series for tests (example.org sources): shapes of content, not facts. */
import type { FigureLike } from '../../../src/charts/prepare.ts';

const src = (name: string) => ({
  title: `Report ${name}`,
  url: `https://example.org/${name}`,
  publisher: `Publisher ${name}`,
});

export const FIGURES: FigureLike[] = [
  {
    id: 'medicen-members',
    label: { en: 'Members' },
    scope: 'Medicen',
    unit: 'organizations',
    source: src('a'),
    values: [
      { as_of: '2010', value: 10, qualifier: 'exact' },
      { as_of: '2012-06', value: 20, qualifier: 'more-than', note: { en: 'note, with "quotes"' }, source: src('b') },
    ],
  },
  {
    id: 'medicen-investment',
    label: { en: 'Total invested' },
    scope: 'Medicen',
    unit: 'EUR million',
    source: src('c'),
    values: [
      { as_of: '2015', value: 400, qualifier: 'exact' },
      { as_of: '2017', value: 1000, qualifier: 'about' },
    ],
  },
  {
    id: 'medicen-public-aid',
    label: { en: 'Public aid' },
    scope: 'Medicen',
    unit: 'EUR million',
    source: src('c'),
    values: [{ as_of: '2017', value: 250, qualifier: 'exact' }],
  },
  {
    id: 'region-life-science-companies',
    label: { en: 'Life-science companies' },
    scope: 'Paris Region',
    unit: 'companies',
    source: src('d'),
    values: [{ as_of: '2018', value: 90, qualifier: 'more-than' }],
  },
  {
    id: 'region-pharma-companies',
    label: { en: 'Pharma companies' },
    scope: 'Paris Region',
    unit: 'companies',
    source: src('d'),
    values: [
      { as_of: '2016', value: 5, qualifier: 'exact' },
      { as_of: '2018', value: 30, qualifier: 'exact' },
    ],
  },
  {
    id: 'region-medtech-companies',
    label: { en: 'Medtech companies' },
    scope: 'Paris Region',
    unit: 'companies',
    source: src('d'),
    values: [{ as_of: '2018', value: 40, qualifier: 'exact' }],
  },
];
