import { describe, expect, it } from 'vitest';
import {
  colon,
  formatAsOf,
  formatHeadline,
  formatMoney,
  formatNumber,
  formatPercent,
  formatValue,
} from '../../../src/i18n/format.ts';

describe('formatNumber', () => {
  it('groups thousands per locale', () => {
    expect(formatNumber(11000, 'en')).toBe('11,000');
    expect(formatNumber(11000, 'fr')).toBe('11\u202f000');
  });
});

describe('formatMoney', () => {
  it('shortens millions and billions of euros', () => {
    expect(formatMoney(1300, 'EUR million', 'en')).toBe('EUR\u00a01.3bn');
    expect(formatMoney(533, 'EUR million', 'en')).toBe('EUR\u00a0533m');
    expect(formatMoney(21.7, 'EUR billion', 'en')).toBe('EUR\u00a021.7bn');
    expect(formatMoney(1300, 'EUR million', 'fr')).toBe('1,3\u00a0Md€');
    expect(formatMoney(2.3, 'EUR million', 'en')).toBe('EUR\u00a02.3m');
  });
});

describe('formatValue and formatHeadline', () => {
  it('keeps the qualifier the source uses', () => {
    expect(formatValue(300, 'organizations', 'en', 'more-than')).toBe('more than 300');
    expect(formatValue(1300, 'EUR million', 'en', 'close-to')).toBe('close to EUR\u00a01.3bn');
    expect(formatHeadline(300, 'organizations', 'en', 'more-than')).toBe('300+');
    expect(formatHeadline(400, 'organizations', 'en', 'about')).toBe('~400');
  });
  it('writes a round number of millions in words', () => {
    expect(formatValue(10_000_000, 'patients', 'en')).toBe('10\u00a0million');
    expect(formatValue(10_000_000, 'patients', 'fr')).toBe('10\u00a0millions');
    expect(formatValue(1_500_000, 'people', 'fr')).toBe('1,5\u00a0million');
    expect(formatValue(1_234_567, 'people', 'en')).toBe('1,234,567');
    expect(formatValue(950_000, 'people', 'en')).toBe('950,000');
    expect(formatHeadline(12_000_000, 'people', 'en', 'about')).toBe('~12\u00a0million');
  });
  it('writes percentages per locale', () => {
    expect(formatValue(50, 'percent', 'en')).toBe('50%');
    expect(formatValue(50, 'percent', 'fr')).toBe('50\u00a0%');
  });
});

describe('formatAsOf', () => {
  it('writes a year, a month or a day', () => {
    expect(formatAsOf('2018', 'en')).toBe('2018');
    expect(formatAsOf('2016-10', 'en')).toBe('October 2016');
    expect(formatAsOf('2015-10-07', 'en')).toBe('7 October 2015');
    expect(formatAsOf('2015-10-07', 'fr')).toBe('7 octobre 2015');
    expect(formatAsOf('2016-10', 'fr')).toBe('octobre 2016');
  });
});

describe('formatPercent and colon', () => {
  it('puts a no-break space before % and : in French only', () => {
    expect(formatPercent(26, 'en', 0)).toBe('26%');
    expect(formatPercent(26.4, 'fr', 0)).toBe('26\u00a0%');
    expect(colon('en')).toBe(':');
    expect(colon('fr')).toBe('\u00a0:');
  });
});

describe('formatMoney keeps an exact value exact', () => {
  it('writes EUR 1,180m as EUR 1.18bn, not a rounded EUR 1.2bn', () => {
    expect(formatMoney(1180, 'EUR million', 'en')).toBe('EUR\u00a01.18bn');
    expect(formatMoney(1180, 'EUR million', 'fr')).toBe('1,18\u00a0Md€');
  });
});
