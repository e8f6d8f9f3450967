import { describe, expect, it } from 'vitest';
import { asOfToDate, asOfYear } from '../../../src/util/as-of.ts';

describe('asOfToDate', () => {
  it('places a year, a month and a day at the middle of their period', () => {
    expect(asOfToDate('2018').toISOString()).toBe('2018-07-02T00:00:00.000Z');
    expect(asOfToDate('2016-10').toISOString()).toBe('2016-10-15T12:00:00.000Z');
    expect(asOfToDate('2015-10-07').toISOString()).toBe('2015-10-07T12:00:00.000Z');
  });
  it('keeps dated values in order', () => {
    expect(asOfToDate('2016') < asOfToDate('2016-10')).toBe(true);
    expect(asOfToDate('2016-10') < asOfToDate('2017')).toBe(true);
  });
  it('rejects what is not a date and reads the year', () => {
    expect(() => asOfToDate('soon')).toThrow(/not an "as of" date/);
    expect(asOfYear('2023-03')).toBe(2023);
  });
});
