import { describe, expect, it } from 'vitest';
import { n } from '../../../src/charts/svg.ts';

describe('n', () => {
  it('rounds coordinates and refuses NaN', () => {
    expect(n(1.23456)).toBe('1.23');
    expect(() => n(Number.NaN)).toThrow(/finite/);
  });
});
