import { describe, expect, it } from 'vitest';
import { containsWord, isShortWord, rankResults } from '../../../src/search/ranking.ts';

describe('search ranking', () => {
  it('takes one short word as a word to match whole', () => {
    expect(isShortWord('AI')).toBe(true);
    expect(isShortWord('irm')).toBe(true);
    expect(isShortWord('CNRS')).toBe(true);
    expect(isShortWord('a')).toBe(false);
    expect(isShortWord('imaging')).toBe(false);
    expect(isShortWord('AI health')).toBe(false);
  });

  it('finds a word only where it stands alone, accents and case ignored', () => {
    expect(containsWord('Digital health and AI, health data', 'ai')).toBe(true);
    expect(containsWord('santé numérique et IA.', 'ia')).toBe(true);
    expect(containsWord('Air Liquide Healthcare', 'ai')).toBe(false);
    expect(containsWord('(AI)', 'AI')).toBe(true);
    expect(containsWord('Évry', 'evry')).toBe(true);
    expect(containsWord('Air', 'a.r')).toBe(false);
  });

  it('puts entity pages before list pages, keeping the relevance order within each', () => {
    const results = [
      { id: 'dept-91', list: true },
      { id: 'genethon', list: false },
      { id: 'area-members', list: true },
      { id: 'story', list: false },
    ];
    expect(rankResults(results, (r) => r.list).map((r) => r.id)).toEqual([
      'genethon',
      'story',
      'dept-91',
      'area-members',
    ]);
  });

  it('puts whole-word matches first for a short word, then entity pages before lists', () => {
    const results = [
      { id: 'air-liquide', list: false, word: false },
      { id: 'digital-health-list', list: true, word: true },
      { id: 'ai-startup', list: false, word: true },
      { id: 'airport-list', list: true, word: false },
    ];
    const ranked = rankResults(
      results,
      (r) => r.list,
      (r) => r.word,
    );
    expect(ranked.map((r) => r.id)).toEqual(['ai-startup', 'digital-health-list', 'air-liquide', 'airport-list']);
  });
});
