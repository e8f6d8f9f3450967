import { describe, expect, it } from 'vitest';
import {
  capitalize,
  figureParams,
  inSentence,
  placeholdersOf,
  subtitleOf,
  titleKeysOf,
  titleOf,
} from '../../../src/charts/title.ts';
import type { ChartRow } from '../../../src/charts/prepare.ts';

const row = (series: string, as_of: string, value: number): ChartRow => ({
  series,
  category: series,
  as_of,
  value,
  qualifier: 'exact',
  unit: 'employees',
  note: undefined,
  source: undefined,
});

describe('sentence helpers', () => {
  it('lower-cases a capitalised word but keeps acronyms', () => {
    expect(inSentence('Medtech')).toBe('medtech');
    expect(inSentence('R&D')).toBe('R&D');
    expect(capitalize('more than 1,000')).toBe('More than 1,000');
  });
});

describe('figureParams', () => {
  const ids = ['world', 'france', 'region'];

  it('names each figure’s latest value and date by its place in the entry, and shares of same-date values', () => {
    const params = figureParams(
      ids,
      [row('world', '2020', 1000), row('france', '2021', 400), row('region', '2021', 100)],
      'en',
    );
    expect(params).toMatchObject({ value1: '1,000', date1: '2020', value2: '400', value3: '100', date3: '2021' });
    expect(params['share3of2']).toBe('25%');
    expect(params['share2of3']).toBe('400%');
    // Values of different dates are not compared.
    expect(params['share3of1']).toBeUndefined();
  });

  it('keeps the places of the figures that exist when one is missing', () => {
    const params = figureParams(ids, [row('region', '2021', 100)], 'en');
    expect(params).toEqual({ value3: '100', date3: '2021' });
  });
});

describe('titleOf', () => {
  it('finds a chart’s title texts and their placeholders', () => {
    expect(titleKeysOf('sanofi-employees')).toEqual([
      'chart.sanofi-employees.title',
      'chart.sanofi-employees.titleShare',
    ]);
    expect(placeholdersOf('{value3} people, {share3of2} ({date3})')).toEqual(['value3', 'share3of2', 'date3']);
  });

  it('uses the richest title text the data fills', () => {
    expect(titleOf('sanofi-employees', { value3: '100', share3of2: '25%', date3: '2021' }, 'en')).toBe(
      'Sanofi employs 100 people in the Paris Region, 25% of its staff in France (2021)',
    );
    expect(titleOf('sanofi-employees', { value3: '100' }, 'en')).toBe('Sanofi employs 100 people in the Paris Region');
  });

  it('falls back to the chart’s name when the data fills no title text', () => {
    expect(titleOf('sanofi-employees', {}, 'en')).toBe('Sanofi staff: world, France, Paris Region');
    expect(titleOf('sanofi-employees', {}, 'fr')).toBe('Effectifs de Sanofi\u00a0: monde, France, Île-de-France');
  });

  it('starts the title with a capital', () => {
    expect(titleOf('medicen-investment', { total: 'more than EUR 1bn', date: '2017' }, 'en')).toMatch(/^More than/);
  });
});

describe('subtitleOf', () => {
  it('fills in the period and the latest date of the rows', () => {
    expect(subtitleOf('medicen-members', [row('m', '2005', 1), row('m', '2023-03', 2)], 'en')).toBe(
      'Member organizations of the cluster, as published at each date (2005–2023).',
    );
    expect(subtitleOf('sanofi-employees', [row('m', '2021', 1)], 'en')).toBe('Employees, 2021.');
  });
});
