/**
 * Results as you type, under the header's search box: the first few pages
 * with their type, and a link to all results on the search page. Loaded by
 * search-box.ts the first time the box is used. The list is plain links:
 * Arrow Down moves into it, arrows move through it, Escape closes it.
 */
import { orderResults } from './order.ts';
import { fillTemplate } from '../../util/template.ts';
import { serializeSearch, emptyFacets } from '../url.ts';
import { el } from './dom.ts';
import { formatCount, pluralForm } from '../../i18n/plural.ts';
import { loadPagefind } from './pagefind.ts';

interface BoxText {
  countOne: string;
  countOther: string;
  none: string;
  all: string;
  error: string;
  types: Record<string, string>;
}

/** How many results the box lists before pointing to the search page. */
const SHOWN = 6;
/** Queries shorter than this list nothing: one letter matches most of the site. */
const MIN_LENGTH = 2;

export function attachLiveResults(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('.site-search-panel');
  const status = panel?.querySelector<HTMLElement>('.site-search-status');
  const list = panel?.querySelector<HTMLUListElement>('.site-search-list');
  // A live region outside the panel, so the count is announced even as the panel opens.
  const announce = form.querySelector<HTMLElement>('[data-search-announce]');
  if (!panel || !status || !list || !announce) return;
  const text = JSON.parse(form.dataset.text ?? '{}') as BoxText;
  const searchUrl = form.dataset.searchUrl ?? form.action;
  const locale = document.documentElement.lang || 'en';
  let latest = 0;

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  const run = async () => {
    const query = input.value.trim();
    const mine = ++latest;
    if (query.length < MIN_LENGTH) {
      open(false);
      list.replaceChildren();
      status.textContent = '';
      announce.textContent = '';
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, {}, 150);
      if (!search || mine !== latest) return;
      const results = await orderResults(pagefind, query, {}, search.results);
      if (mine !== latest) return;
      const shown = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== latest) return;
      const total = search.results.length;
      const template = pluralForm(locale, total) === 'one' ? text.countOne : text.countOther;
      const count = formatCount(locale, total);
      status.textContent = total === 0 ? fillTemplate(text.none, { query }) : fillTemplate(template, { count, query });
      announce.textContent = status.textContent;
      const items = shown.map((data) => {
        const link = el('a');
        link.href = data.url;
        const type = data.filters.type?.[0] ?? 'page';
        link.append(el('span', 'type', text.types[type] ?? type), el('span', 'title', data.meta.title ?? data.url));
        const item = el('li');
        item.append(link);
        return item;
      });
      if (total > 0) {
        const all = el('a', 'all', fillTemplate(text.all, { query }));
        all.href = searchUrl + serializeSearch({ q: query, facets: emptyFacets() });
        const item = el('li');
        item.append(all);
        items.push(item);
      }
      list.replaceChildren(...items);
      open(true);
    } catch {
      if (mine !== latest) return;
      list.replaceChildren();
      status.textContent = text.error;
      announce.textContent = text.error;
      open(true);
    }
  };

  input.addEventListener('input', () => void run());
  form.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      open(false);
      input.focus();
    } else if (event.key === 'ArrowDown' && all.length > 0) {
      // Also reopens a list closed with Escape, as a combobox does.
      event.preventDefault();
      open(true);
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) input.focus();
      else all[index - 1]?.focus();
    }
  });
  // Closes when focus or a click leaves the box, as a menu would.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });

  if (input.value.trim()) void run();
}
