import { describe, expect, it } from 'vitest';
import {
  emptyFacets,
  hasCriteria,
  MAX_QUERY_LENGTH,
  parseSearch,
  sameSearch,
  serializeSearch,
  toPagefindFilters,
  type SearchState,
} from '../../../src/search/url.ts';

const state = (q: string, facets: Partial<SearchState['facets']> = {}): SearchState => ({
  q,
  facets: { ...emptyFacets(), ...facets },
});

describe('parseSearch', () => {
  it('reads the query and repeated facet values', () => {
    const s = parseSearch('?q=genopole&dept=91&dept=92&type=organization');
    expect(s.q).toBe('genopole');
    expect(s.facets.dept).toEqual(['91', '92']);
    expect(s.facets.type).toEqual(['organization']);
    expect(s.facets.kind).toEqual([]);
  });

  it('decodes accents and spaces, and tidies the query', () => {
    expect(parseSearch('?q=%C3%8Ele-de-France').q).toBe('Île-de-France');
    expect(parseSearch('?q=++ile+de++france+').q).toBe('ile de france');
  });

  it('drops unknown parameters, invalid values and duplicates', () => {
    const s = parseSearch('?q=x&dept=91&dept=91&dept=<script>&kind=spaceship&kind=startup&area=Bad Area&foo=1');
    expect(s.facets.dept).toEqual(['91']);
    expect(s.facets.kind).toEqual(['startup']);
    expect(s.facets.area).toEqual([]);
    expect(Object.keys(s.facets).sort()).toEqual(['area', 'dept', 'kind', 'relation', 'type']);
  });

  it('cuts an over-long query instead of rejecting it', () => {
    expect(parseSearch(`?q=${'a'.repeat(500)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('accepts URLSearchParams as well as a string', () => {
    expect(parseSearch(new URLSearchParams([['relation', 'member']])).facets.relation).toEqual(['member']);
  });
});

describe('serializeSearch', () => {
  it('writes the query first, then facets in a stable order', () => {
    expect(serializeSearch(state('genopole', { dept: ['92', '91'], type: ['story'] }))).toBe(
      '?q=genopole&type=story&dept=91&dept=92',
    );
  });

  it('writes nothing for an empty search', () => {
    expect(serializeSearch(state('  '))).toBe('');
  });

  it('round-trips through parseSearch, accents and all', () => {
    const s = state('Généthon Évry', { kind: ['research'], area: ['imaging', 'digital-health'], relation: ['member'] });
    const back = parseSearch(serializeSearch(s));
    expect(back.q).toBe('Généthon Évry');
    expect(sameSearch(back, s)).toBe(true);
    expect(back.facets.area).toEqual(['digital-health', 'imaging']);
  });
});

describe('hasCriteria and toPagefindFilters', () => {
  it('knows an empty search from one with words or facets', () => {
    expect(hasCriteria(state(''))).toBe(false);
    expect(hasCriteria(state('x'))).toBe(true);
    expect(hasCriteria(state('', { dept: ['91'] }))).toBe(true);
  });

  it('ORs values within a facet and leaves out empty facets', () => {
    expect(toPagefindFilters(state('x', { dept: ['91', '92'], kind: ['sme'] }))).toEqual({
      kind: { any: ['sme'] },
      dept: { any: ['91', '92'] },
    });
    expect(toPagefindFilters(state('x'))).toEqual({});
  });
});
