import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/util/template.ts';

describe('fillTemplate', () => {
  it('fills known placeholders and keeps unknown ones', () => {
    expect(fillTemplate('{count} results for “{query}”', { count: '1,024', query: 'genopole' })).toBe(
      '1,024 results for “genopole”',
    );
    expect(fillTemplate('Search: {query}', {})).toBe('Search: {query}');
  });

  it('inserts values as they are, even with braces or dollar signs', () => {
    expect(fillTemplate('“{query}”', { query: '{count} $& $1' })).toBe('“{count} $& $1”');
  });
});
