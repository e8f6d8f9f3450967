/**
 * The interface dictionary: `t(locale, key, params)` for text, `tn()` for
 * counted text, and `localizePath()` for links. Every user-facing string of
 * the interface goes through here.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../model/constants.ts';
import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { formatCount, pluralForm } from './plural.ts';

export type { UiKey };
// Every dictionary has every key (fr.ts is typed Record<UiKey, string>), so t() needs no fallback.
const dictionaries: Record<Locale, Record<UiKey, string>> = { en, fr };

/** The text for a key in a locale, with `{name}` filled in. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Counted text: picks `<base>.one` or `<base>.other` by the locale's plural rules. */
export function tn(locale: Locale, base: string, count: number, params: Record<string, string | number> = {}): string {
  return t(locale, `${base}.${pluralForm(locale, count)}` as UiKey, { count: formatCount(locale, count), ...params });
}

/** A figure's unit in words ("EUR million" -> "millions d’euros"); a unit the dictionary lacks shows as written. */
export function unitLabel(locale: Locale, unit: string): string {
  const key = `unit.${unit}`;
  return key in en ? t(locale, key as UiKey) : unit;
}

/** A figure's scope in words ("Paris Region" -> "Île-de-France"); a name (Sanofi, AP-HP) shows as written. */
export function scopeLabel(locale: Locale, scope: string): string {
  const key = `scope.${scope}`;
  return key in en ? t(locale, key as UiKey) : scope;
}

/** The base path the site is served under ("/" or "/sub-folder/"), from Astro's config. */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/**
 * A link to a site path in a locale: English unprefixed, French under /fr/,
 * with the configured base path. Page paths end with a slash; files keep theirs.
 */
export function localizePath(locale: Locale, path: string): string {
  const clean = path.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(clean);
  const withSlash = isFile || clean === '' || clean.endsWith('/') ? clean : `${clean}/`;
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  return `${BASE}${prefix}${withSlash}`;
}

/** Whether a string names a supported locale. */
export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/**
 * The same page in another locale: takes a path as served (with the base path
 * and, for French, the /fr/ prefix) and returns its twin's path. Both
 * languages have the same pages, so the twin always exists.
 */
export function pathInLocale(pathname: string, target: Locale): string {
  let rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    if (rest === locale || rest.startsWith(`${locale}/`)) rest = rest.slice(locale.length + 1);
  }
  // Static hosts serve the English 404 page from the root's 404.html; other languages have /fr/404/.
  if (rest === '404.html' || rest === '404/')
    return localizePath(target, target === DEFAULT_LOCALE ? '404.html' : '404/');
  return localizePath(target, rest);
}

/**
 * The locale of the page being rendered, from Astro's i18n routing
 * (`Astro.currentLocale`: "fr" under /fr/, the default locale elsewhere).
 * Every view and component asks the page instead of being handed a prop.
 */
export function localeOf(astro: { currentLocale?: string | undefined }): Locale {
  const locale = astro.currentLocale;
  if (!isLocale(locale)) throw new Error(`not a locale of the site: ${String(locale)} (see i18n in astro.config.mjs)`);
  return locale;
}
