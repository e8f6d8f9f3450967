/**
 * Puts Pagefind's results in the site's order (src/search/ranking.ts):
 * entity pages before list pages and, for a short word, pages with the whole
 * word first. Shared by the search page and the header's live results, so
 * both list the same pages first. List pages are found by asking Pagefind
 * for the same search among them (the index is loaded already: no download).
 */
import { containsWord, isShortWord, rankResults } from '../ranking.ts';
import type { Pagefind, PagefindResult, SearchOptions } from './pagefind.ts';

/** For a short word, how many of the first results are read to find those with the whole word. */
const WORD_CHECK = 40;

export async function orderResults(
  pagefind: Pagefind,
  query: string,
  filters: NonNullable<SearchOptions['filters']>,
  results: PagefindResult[],
): Promise<PagefindResult[]> {
  if (!query || results.length < 2) return results;
  const lists = await pagefind.search(query, { filters: { ...filters, type: { any: ['page'] } } });
  const listIds = new Set(lists.results.map((r) => r.id));
  let wordIds: Set<string> | undefined;
  if (isShortWord(query)) {
    const head = results.slice(0, WORD_CHECK);
    const data = await Promise.all(head.map((r) => r.data()));
    wordIds = new Set(
      head.filter((_, i) => containsWord(`${data[i]!.meta.title ?? ''} ${data[i]!.content}`, query)).map((r) => r.id),
    );
  }
  const words = wordIds;
  return rankResults(results, (r) => listIds.has(r.id), words && ((r) => words.has(r.id)));
}
