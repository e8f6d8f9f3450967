/**
 * Formatting of numbers and dates for readers, per locale: "EUR 1.3bn" and
 * "11,000" in English, "1,3 Md€" and "11 000" in French; "October 2016" and
 * "octobre 2016".
 */
import type { Locale, Qualifier } from '../model/constants.ts';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A plain number with the locale's grouping: 11,000 / 11 000. */
export function formatNumber(value: number, locale: Locale, maxDecimals = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: maxDecimals }).format(value);
}

/** A percentage: "26%" in English, "26 %" (no-break space) in French. */
export function formatPercent(value: number, locale: Locale, maxDecimals = 1): string {
  return `${formatNumber(value, locale, maxDecimals)}${locale === 'fr' ? '\u00a0%' : '%'}`;
}

/** The colon after a label: "Sources:" in English, "Sources :" (no-break space) in French. */
export function colon(locale: Locale): string {
  return locale === 'fr' ? '\u00a0:' : ':';
}

/** The semicolon between two clauses: ";" in English, " ;" (no-break space) in French. */
export function semicolon(locale: Locale): string {
  return locale === 'fr' ? '\u00a0;' : ';';
}

const MONEY_UNITS: Record<string, number> = { 'EUR million': 1e6, 'EUR billion': 1e9 };

/** Whether a unit is an amount of euros that `formatAmount` can shorten. */
export function isMoney(unit: string): boolean {
  return unit in MONEY_UNITS;
}

/** An amount of euros, shortened: EUR 1.3bn, EUR 533m / 1,3 Md€, 533 M€. */
export function formatMoney(value: number, unit: string, locale: Locale): string {
  const euros = value * (MONEY_UNITS[unit] ?? 1);
  const billions = euros >= 1e9;
  const n = billions ? euros / 1e9 : euros / 1e6;
  // Two decimals under 10, so an exact EUR 1,180m reads EUR 1.18bn, not a rounded EUR 1.2bn.
  const digits = formatNumber(n, locale, n < 10 ? 2 : n < 100 ? 1 : 0);
  if (locale === 'fr') return `${digits}\u00a0${billions ? 'Md€' : 'M€'}`;
  return `EUR\u00a0${digits}${billions ? 'bn' : 'm'}`;
}

const QUALIFIER_TEXT: Record<Locale, Record<Qualifier, string>> = {
  en: { exact: '', about: 'about ', 'more-than': 'more than ', 'close-to': 'close to ' },
  fr: { exact: '', about: 'environ ', 'more-than': 'plus de ', 'close-to': 'près de ' },
};

/**
 * A round number of millions in words, which reads and quotes better than
 * its digits: "10 million" / "10 millions" rather than 10,000,000.
 * undefined for anything under a million or not a round tenth of one.
 */
export function formatMillions(value: number, locale: Locale): string | undefined {
  if (value < 1e6 || value % 1e5 !== 0) return undefined;
  const n = value / 1e6;
  const word = locale === 'fr' && n >= 2 ? 'millions' : 'million';
  return `${formatNumber(n, locale)}\u00a0${word}`;
}

/** A figure's value as a reader sees it: "more than 300", "EUR 1.3bn", "50%", "10 million". */
export function formatValue(value: number, unit: string, locale: Locale, qualifier: Qualifier = 'exact'): string {
  let body: string;
  if (isMoney(unit)) body = formatMoney(value, unit, locale);
  else if (unit === 'percent') body = formatPercent(value, locale);
  else body = formatMillions(value, locale) ?? formatNumber(value, locale);
  return `${QUALIFIER_TEXT[locale][qualifier]}${body}`;
}

/** A compact headline value with its qualifier as a sign: "300+", "~400", "EUR 1.9bn". */
export function formatHeadline(value: number, unit: string, locale: Locale, qualifier: Qualifier = 'exact'): string {
  const body = formatValue(value, unit, locale, 'exact');
  if (qualifier === 'more-than') return `${body}+`;
  if (qualifier === 'about' || qualifier === 'close-to') return `~${body}`;
  return body;
}

/** An "as of" date for readers: 2018, October 2016, 7 October 2015 / octobre 2016. */
export function formatAsOf(asOf: string, locale: Locale): string {
  const [y, m, d] = asOf.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(date);
}
