import { describe, expect, it } from 'vitest';
import { headlineFigures } from '../../../src/model/figures.ts';

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
