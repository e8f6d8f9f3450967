/** Small text helpers shared by validation, filters and search. */

/** Lower-cases and strips accents, so "Généthon" and "genethon" compare equal. */
export function foldForCompare(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A slug from a name: "Institut Pasteur" -> "institut-pasteur". */
export function slugify(text: string): string {
  return foldForCompare(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A text with an English original and an optional French version, as JSON content stores it. */
export interface LocalizedText {
  en: string;
  fr?: string | undefined;
}

/**
 * The text to show in a locale, and the language it is actually in: the
 * English text stands in when the French one is missing, and says so.
 */
export function pickText(value: LocalizedText, locale: 'en' | 'fr'): { text: string; lang: 'en' | 'fr' } {
  if (locale === 'fr' && value.fr) return { text: value.fr, lang: 'fr' };
  return { text: value.en, lang: 'en' };
}

/** Just the text of `pickText`, for metadata and chart markup; "" when there is no text at all. */
export function localText(value: LocalizedText | undefined, locale: 'en' | 'fr'): string {
  return value ? pickText(value, locale).text : '';
}
