import { describe, expect, it } from 'vitest';
import { datedRows, figuresIn, latestAsOf, latestRows, sourcesOf } from '../../../src/charts/prepare.ts';
import { FIGURES } from './fixture-figures.ts';

const only = (...ids: string[]) => figuresIn(ids, FIGURES);

describe('figuresIn', () => {
  it('keeps the figures content has, in the order asked, and leaves out the others', () => {
    const found = figuresIn(['region-medtech-companies', 'not-in-content', 'medicen-members'], FIGURES);
    expect(found.map((f) => f.id)).toEqual(['region-medtech-companies', 'medicen-members']);
  });
});

describe('datedRows', () => {
  it('takes every dated value of a series, oldest first, with the value’s own source', () => {
    const rows = datedRows(only('medicen-members'));
    expect(rows.map((r) => [r.category, r.as_of, r.value, r.qualifier, r.source?.publisher])).toEqual([
      ['', '2010', 10, 'exact', 'Publisher a'],
      ['', '2012-06', 20, 'more-than', 'Publisher b'],
    ]);
  });

  it('makes each date a category when asked (a bar per date)', () => {
    expect(datedRows(only('region-pharma-companies'), true).map((r) => r.category)).toEqual(['2016', '2018']);
  });
});

describe('latestRows', () => {
  it('takes the latest value of each series, the series being the category', () => {
    const rows = latestRows(only('region-pharma-companies', 'region-medtech-companies'));
    expect(rows.map((r) => [r.category, r.as_of, r.value, r.unit])).toEqual([
      ['region-pharma-companies', '2018', 30, 'companies'],
      ['region-medtech-companies', '2018', 40, 'companies'],
    ]);
  });
});

describe('sourcesOf and latestAsOf', () => {
  it('lists each source once with the dates it gave, and finds the latest date', () => {
    const rows = datedRows(only('medicen-members'));
    expect(sourcesOf(rows).map((s) => [s.source.publisher, s.dates])).toEqual([
      ['Publisher a', ['2010']],
      ['Publisher b', ['2012-06']],
    ]);
    expect(latestAsOf(rows)).toBe('2012-06');
  });
});
