import { describe, expect, it } from 'vitest';
import { headlineFigures, newestFirst } from '../../../src/model/figures.ts';

describe('headlineFigures', () => {
  it('keeps the series marked headline, in headline_order', () => {
    const figures = [
      { id: 'a', data: { headline: true, headline_order: 2 } },
      { id: 'b', data: {} },
      { id: 'c', data: { headline: true, headline_order: 1 } },
      { id: 'd', data: { headline: false, headline_order: 3 } },
    ];
    expect(headlineFigures(figures).map((f) => f.id)).toEqual(['c', 'a']);
  });
});

describe('newestFirst', () => {
  it('orders by the newest date, undated last, keeping the given order between equals', () => {
    const items = [
      { id: 'old', d: '2008-05' },
      { id: 'none', d: undefined },
      { id: 'new', d: '2024' },
      { id: 'march', d: '2023-03' },
      { id: 'year', d: '2023' },
      { id: 'new-too', d: '2024' },
    ];
    expect(newestFirst(items, (i) => i.d).map((i) => i.id)).toEqual(['new', 'new-too', 'march', 'year', 'old', 'none']);
  });
});
