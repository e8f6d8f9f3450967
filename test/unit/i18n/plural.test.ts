import { describe, expect, it } from 'vitest';
import { countedText, formatCount, pluralForm } from '../../../src/i18n/plural.ts';
import { tn } from '../../../src/i18n/index.ts';

describe('counted text', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    expect([0, 1, 2].map((n) => pluralForm('en', n))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm('fr', n))).toEqual(['one', 'one', 'other']);
  });

  it("writes counts with each language's digit grouping", () => {
    expect(formatCount('en', 11000)).toBe('11,000');
    expect(formatCount('fr', 11000)).toBe('11\u202f000');
  });

  it('fills the chosen form, as the pages built with tn() do', () => {
    const forms = { one: '{count} organization', other: '{count} organizations' };
    expect(countedText('en', forms, 1)).toBe('1 organization');
    expect(countedText('en', forms, 1200)).toBe('1,200 organizations');
    expect(tn('en', 'members.count', 1200)).toContain('1,200');
  });
});
