/**
 * Loads Pagefind's browser API from the index written at build time
 * (dist/pagefind/, see src/search/integration.ts). Its address only
 * exists in the built site, so it is imported at run time, once, and only
 * when a search is about to run. Pagefind picks the index of the page's
 * language (<html lang>) itself, so French pages search French pages.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, whole. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter value, how many of these results have it. */
  filters: FilterCounts;
  /** For each filter value, how many results the words alone would give with it. */
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(term: string, options?: SearchOptions, timeoutMs?: number): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** The site's base path ("/" or "/sub-folder/"), which result addresses start with. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${BASE}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      baseUrl: BASE,
      // About 30 words: enough context to judge a result, several results to a screen.
      excerptLength: 30,
      // A page's description repeats its lead paragraph, so it counts for little on its own:
      // otherwise a story naming an organization in its summary outranks that organization's page.
      ranking: { metaWeights: { description: 0.2 } },
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, index missing) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
