/**
 * The search page's behaviour: runs the search in the address on load, and
 * keeps the address, the form and the results in step. Choosing a facet or
 * submitting adds a history entry; typing updates the current one (one entry
 * per search, not per letter); the back button restores the earlier search.
 */
import { syncLanguageSwitch } from '../../i18n/client/lang-switch.ts';
import { fillTemplate } from '../../util/template.ts';
import {
  FACETS,
  emptyFacets,
  hasCriteria,
  parseSearch,
  sameSearch,
  serializeSearch,
  toPagefindFilters,
  type SearchState,
} from '../url.ts';
import { repeats } from '../excerpt.ts';
import { orderResults } from './order.ts';
import { el, excerptFragment } from './dom.ts';
import { formatCount, pluralForm } from '../../i18n/plural.ts';
import {
  loadPagefind,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type PagefindSearch,
} from './pagefind.ts';

interface PageText {
  countOne: string;
  countOther: string;
  filteredOne: string;
  filteredOther: string;
  none: string;
  noneFiltered: string;
  prompt: string;
  loading: string;
  error: string;
  docTitle: string;
  types: Record<string, string>;
}

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = 20;
/** Pause in typing before the search runs and the address changes. */
const TYPING_DELAY_MS = 250;

/**
 * The count beside each facet value: how many results there would be with
 * that value also chosen. For a facet already in use, its own choice is left
 * out (values of one facet are alternatives), which takes one more search.
 */
async function facetCounts(pagefind: Pagefind, state: SearchState, search: PagefindSearch): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  for (const facet of FACETS) {
    if (state.facets[facet].length === 0) {
      if (search.filters[facet]) counts[facet] = search.filters[facet];
      continue;
    }
    const others: SearchState = { ...state, facets: { ...state.facets, [facet]: [] } };
    const wider = hasCriteria(others)
      ? (await pagefind.search(others.q || null, { filters: toPagefindFilters(others) })).filters
      : await pagefind.filters();
    if (wider[facet]) counts[facet] = wider[facet];
  }
  return counts;
}

export function attachSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!root || !form || !input || !status || !list || !more) return;
  root.classList.add('js-search');
  // On a phone the facets would push the results off the screen: they start folded there.
  const facets = root.querySelector<HTMLDetailsElement>('[data-search-facets]');
  if (facets && matchMedia('(max-width: 48rem)').matches) facets.open = false;
  // Until now CSS hid the facets on a phone (no shift when they fold); from here <details> does.
  facets?.setAttribute('data-folded', '');
  const text = JSON.parse(root.dataset.text ?? '{}') as PageText;
  const locale = document.documentElement.lang || 'en';
  const baseTitle = document.title;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let latest = 0;
  // Every filter's totals. Asked for once before the first search: Pagefind loads filter data
  // lazily, and a first search would otherwise count only the facets it filters on.
  let totals: Promise<FilterCounts> | undefined;
  let pending: PagefindResult[] = [];
  // True while the current history entry was made by typing, so more typing replaces it.
  let typingEntry = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState =>
    parseSearch(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)])));

  const writeForm = (state: SearchState) => {
    if (input.value.trim() !== state.q) input.value = state.q;
    for (const box of boxes)
      box.checked = state.facets[box.name as (typeof FACETS)[number]]?.includes(box.value) ?? false;
  };

  const showCounts = (counts: FilterCounts) => {
    for (const box of boxes) {
      const option = box.closest<HTMLElement>('.facet-option');
      const count = counts[box.name]?.[box.value];
      const slot = option?.querySelector<HTMLElement>('[data-count]');
      if (slot) slot.textContent = count === undefined ? '' : count.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
      // Options that would give nothing are hidden, unless chosen (so they can be unchosen).
      if (option) option.hidden = count === 0 && !box.checked;
    }
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('.facet-option')].every((o) => o.hidden);
    }
  };

  const renderResults = async (results: PagefindResult[], query: string) => {
    const batch = await Promise.all(results.map((r) => r.data()));
    return batch.map((data) => {
      const item = el('li');
      const type = data.filters.type?.[0] ?? 'page';
      item.dataset.type = type;
      const heading = el('h3');
      const link = el('a', undefined, data.meta.title ?? data.url);
      link.href = data.url;
      heading.append(link);
      item.append(el('span', 'tag', text.types[type] ?? type), heading);
      const showExcerpt = query !== '' && data.excerpt !== '';
      // The description is left out when the excerpt already quotes it (a lead paragraph matched).
      const description = data.meta.description;
      if (description && !(showExcerpt && repeats(description, data.excerpt))) {
        item.append(el('p', 'result-description', description));
      }
      // A filter-only search has no matched words: the excerpt would just be the page's opening.
      if (showExcerpt) {
        const excerpt = el('p', 'result-excerpt');
        excerpt.append(excerptFragment(data.excerpt));
        item.append(excerpt);
      }
      return item;
    });
  };

  const showMore = async (query: string, mine: number) => {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = await renderResults(next, query);
    if (mine !== latest) return undefined;
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0];
  };

  const run = async (state: SearchState) => {
    const mine = ++latest;
    document.title = state.q ? fillTemplate(text.docTitle, { query: state.q }) : baseTitle;
    try {
      const pagefind = await loadPagefind();
      totals ??= pagefind.filters();
      const everything = await totals;
      if (!hasCriteria(state)) {
        if (mine !== latest) return;
        list.replaceChildren();
        more.hidden = true;
        pending = [];
        status.textContent = text.prompt;
        showCounts(everything);
        return;
      }
      status.textContent = text.loading;
      const search = await pagefind.search(state.q || null, {
        filters: toPagefindFilters(state),
        // Without words there is no relevance to rank by: list pages by name.
        ...(state.q ? {} : { sort: { name: 'asc' } }),
      });
      if (mine !== latest) return;
      const total = search.results.length;
      const query = state.q;
      const one = pluralForm(locale, total) === 'one';
      const template = query ? (one ? text.countOne : text.countOther) : one ? text.filteredOne : text.filteredOther;
      const count = formatCount(locale, total);
      const message = total === 0 ? (query ? text.none : text.noneFiltered) : template;
      const counts = await facetCounts(pagefind, state, search);
      if (mine !== latest) return;
      showCounts(counts);
      pending = await orderResults(pagefind, state.q, toPagefindFilters(state), search.results);
      if (mine !== latest) return;
      list.replaceChildren();
      await showMore(query, mine);
      if (mine !== latest) return;
      status.textContent = fillTemplate(message, { count, query });
    } catch {
      if (mine !== latest) return;
      status.textContent = text.error;
    }
  };

  /** Makes the address say `state`: a new history entry, or the current one replaced. */
  const record = (state: SearchState, replace: boolean) => {
    if (sameSearch(state, parseSearch(location.search))) return;
    const url = `${location.pathname}${serializeSearch(state)}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    syncLanguageSwitch();
  };

  const commit = () => {
    clearTimeout(typingTimer);
    const state = readForm();
    record(state, false);
    typingEntry = false;
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) commit();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = readForm();
      record(state, typingEntry);
      typingEntry = true;
      void run(state);
    }, TYPING_DELAY_MS);
  });
  more.addEventListener('click', () => {
    // Keyboard users land on the first new result rather than on a button that may vanish.
    void showMore(readForm().q, latest).then((first) => first?.querySelector('a')?.focus());
  });
  root.querySelector('[data-search-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    const state = { ...readForm(), facets: emptyFacets() };
    writeForm(state);
    record(state, false);
    typingEntry = false;
    void run(state);
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    const state = parseSearch(location.search);
    writeForm(state);
    syncLanguageSwitch();
    void run(state);
  });

  const initial = parseSearch(location.search);
  writeForm(initial);
  syncLanguageSwitch();
  // A search in the address is the page's content: run it now. Without one, Pagefind only brings
  // the facet counts, so it loads once the page has loaded (performance budget: content pages load
  // at most 10 KB of JavaScript before their load event).
  if (hasCriteria(initial)) void run(initial);
  else
    afterLoad(() => {
      if (latest === 0) void run(initial); // unless the visitor has searched already
    });
}

/** Runs `task` once the page has loaded and the browser is idle (or soon after, where there is no idle callback). */
function afterLoad(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 0);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
