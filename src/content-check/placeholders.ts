/**
 * Templates and the scaffolder (`npm run new`) write "TODO ..." where an
 * editor still has to fill something in. These helpers find what is left, so
 * that a half-filled file fails the checks with a clear message instead of
 * publishing "TODO the organization's name".
 */

/** A value or a line is a placeholder when it starts with this word. */
export const PLACEHOLDER = 'TODO';

const IS_PLACEHOLDER = new RegExp(`^\\s*${PLACEHOLDER}\\b`);

/** Whether a text is a placeholder left to fill. */
export function isPlaceholder(text: string): boolean {
  return IS_PLACEHOLDER.test(text);
}

/** Every string in parsed data that is a placeholder, with its path (['sites', 0, 'city']). */
export function findPlaceholders(
  data: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: string }[] {
  if (typeof data === 'string') return isPlaceholder(data) ? [{ path, value: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => findPlaceholders(item, [...path, i]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}

/** The 0-based index of the first placeholder line in a text, or -1. */
export function firstPlaceholderLine(text: string): number {
  return text.split('\n').findIndex(isPlaceholder);
}
