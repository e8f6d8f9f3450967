/**
 * The browser side of the filters (src/components/FilterBox.astro), shared by
 * the map page and the directory: the organizations listed, as their data
 * attributes describe them to the filters; the form's fields read and written
 * as a filter state, through the URL format so that anything invalid is
 * dropped; and the address kept in step with the form.
 */
import { DEPARTMENT_CODES } from '../../model/constants.ts';
import { countedText } from '../../i18n/plural.ts';
import {
  EMPTY_FILTERS,
  activeFilters,
  parseFilters,
  serializeFilters,
  type FilterState,
  type FilterVocabulary,
} from '../filters.ts';

/** A listed organization (`data-org`, `data-name`, `data-kind`...), with its element. */
export interface ListedOrg {
  el: HTMLElement;
  slug: string;
  name: string;
  kind: string;
  relation: string;
  areas: string[];
  departments: string[];
  home: string;
}

const words = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);

export function readListedOrg(el: HTMLElement): ListedOrg {
  const d = el.dataset;
  return {
    el,
    slug: d.org ?? '',
    name: d.name ?? '',
    kind: d.kind ?? '',
    relation: d.relation ?? '',
    areas: words(d.areas),
    departments: words(d.depts),
    home: d.home ?? '',
  };
}

const SELECTS = ['kind', 'relation', 'area', 'dept'] as const;

/** The filter form's fields: its vocabularies (from its options), and its filters read and written. */
export function filterFields(form: HTMLFormElement) {
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T;
  const options = (name: string) => [...field<HTMLSelectElement>(name).options].map((o) => o.value).filter(Boolean);
  const vocab: FilterVocabulary = {
    areas: options('area'),
    kinds: options('kind'),
    relations: options('relation'),
    departments: DEPARTMENT_CODES,
  };
  return {
    vocab,
    field,
    /** The filters the form holds, as the address would give them back. */
    read(): FilterState {
      const state = { ...EMPTY_FILTERS, q: field<HTMLInputElement>('q').value };
      for (const name of SELECTS) state[name] = field<HTMLSelectElement>(name).value;
      return parseFilters(serializeFilters(state), vocab);
    },
    write(state: FilterState): void {
      field<HTMLInputElement>('q').value = state.q;
      for (const name of SELECTS) field<HTMLSelectElement>(name).value = state[name];
    },
  };
}

/** What a page does with its filter form, for `keepInAddress`. */
export interface AddressedForm {
  /** The query string for what the form holds now ("?kind=sme", "" for nothing). */
  query(): string;
  /** Shows what the address selects (after the form changed it). */
  apply(): void;
  /** Writes the form from the address, then shows what it selects (Back and Forward). */
  restore(): void;
  /** Empties the form (its reset button). */
  clear(): void;
}

/**
 * Keeps the address in step with the form: each change is a history entry,
 * except that typing in the name box replaces the entry it started, so Back
 * undoes the whole word; Back and Forward bring the form back.
 */
export function keepInAddress(form: HTMLFormElement, page: AddressedForm): void {
  let lastWasText = false;
  const commit = (textEdit: boolean) => {
    const url = location.pathname + page.query() + location.hash;
    if (textEdit && lastWasText) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastWasText = textEdit;
    page.apply();
  };
  form.addEventListener('input', (e) => commit((e.target as HTMLElement).getAttribute('name') === 'q'));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    page.clear();
    commit(false);
  });
  window.addEventListener('popstate', () => {
    lastWasText = false;
    page.restore();
  });
}

/** The summary of the folded form on a phone: how many filters are active ("2 active"), empty for none. */
export function showActiveFilters(
  el: HTMLElement,
  locale: string,
  forms: { one: string; other: string },
  state: FilterState,
): void {
  const active = activeFilters(state);
  el.textContent = active ? countedText(locale, forms, active) : '';
  el.dataset.filtersActive = String(active);
}
