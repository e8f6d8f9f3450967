/**
 * The order of search results, on top of Pagefind's relevance. Two rules:
 * pages about one thing (an organization, a story, an area, a figure) come
 * before list pages (a department, a strategic area's members), which merely
 * repeat them; and a short query ("AI", "IRM", "CNRS") is read as a word, so
 * pages that contain it as a word come before pages where it is only the
 * start of a longer one ("Air Liquide"). Pagefind's order is kept within
 * each group. Pure: the search page feeds it what Pagefind returned.
 */
import { foldForCompare } from '../util/text.ts';

/** Up to this many characters, a one-word query is taken as an acronym or a whole word. */
const SHORT_WORD_MAX = 4;

/** Whether a query is one short word (2-4 letters or digits), for which whole-word matches come first. */
export function isShortWord(query: string): boolean {
  const q = query.trim();
  return q.length >= 2 && q.length <= SHORT_WORD_MAX && /^[\p{L}\p{N}]+$/u.test(q);
}

/** Whether `text` contains `word` as a whole word, accents and case ignored ("IA" in "santé numérique et IA"). */
export function containsWord(text: string, word: string): boolean {
  const needle = foldForCompare(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!needle) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${needle}($|[^\\p{L}\\p{N}])`, 'u').test(foldForCompare(text));
}

/**
 * Results in the site's order: whole-word matches first when `isWordMatch`
 * is given, then, within each, entity pages before list pages. Stable.
 */
export function rankResults<T>(
  results: readonly T[],
  isListPage: (r: T) => boolean,
  isWordMatch?: (r: T) => boolean,
): T[] {
  const key = (r: T) => (isWordMatch && !isWordMatch(r) ? 2 : 0) + (isListPage(r) ? 1 : 0);
  return results
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ r }) => r);
}
