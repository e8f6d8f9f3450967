import { describe, expect, it } from 'vitest';
import { findPlaceholders, firstPlaceholderLine, isPlaceholder } from '../../../src/content-check/placeholders.ts';

describe('placeholders', () => {
  it('recognises a value that starts with TODO, and nothing else', () => {
    expect(isPlaceholder('TODO the name')).toBe(true);
    expect(isPlaceholder('  TODO: text')).toBe(true);
    expect(isPlaceholder('TODOS')).toBe(false);
    expect(isPlaceholder('Genethon TODO')).toBe(false);
  });

  it('finds placeholders anywhere in parsed data, with their path', () => {
    const data = {
      name: 'TODO name',
      sites: [{ city: 'Évry', lat: 'TODO latitude' }],
      year: 2017,
      sources: ['TODO url'],
    };
    expect(findPlaceholders(data)).toEqual([
      { path: ['name'], value: 'TODO name' },
      { path: ['sites', 0, 'lat'], value: 'TODO latitude' },
      { path: ['sources', 0], value: 'TODO url' },
    ]);
  });

  it('finds the first placeholder line of a body', () => {
    expect(firstPlaceholderLine('\nA real paragraph.\nTODO: more\n')).toBe(2);
    expect(firstPlaceholderLine('All written.\n')).toBe(-1);
  });
});
