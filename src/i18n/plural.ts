/**
 * Counted text in the reader's language: the plural form a count takes
 * ("1 organization" / "2 organizations"; French puts 0 and 1 in the same
 * form) and the count written with the locale's digits (11,000 / 11 000).
 * Dependency-free, so the browser code of the map and of search uses the same
 * rules as the pages built by `tn()`.
 */

/** The dictionary form a count takes in a locale. */
export function pluralForm(locale: string, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/** A count written for a locale's readers. */
export function formatCount(locale: string, count: number): string {
  return count.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
}

/** The form of `forms` a count takes, with `{count}` filled in. */
export function countedText(locale: string, forms: { one: string; other: string }, count: number): string {
  return forms[pluralForm(locale, count)].replace('{count}', formatCount(locale, count));
}
