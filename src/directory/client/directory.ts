/**
 * The directory's tools (/members/), loaded on first use by ./loader.ts:
 * filters, a name search and an order, kept in the address in the map's
 * format (src/map/filters.ts) so a filtered list can be shared and opened on
 * the map; a live count; links that follow the filters (the map, the link to
 * copy); and "Download this list", built from /data/organizations.json with
 * the open data's own CSV and JSON writers (../download.ts).
 */
import { syncLanguageSwitch } from '../../i18n/client/lang-switch.ts';
import { countedText, formatCount } from '../../i18n/plural.ts';
import {
  EMPTY_FILTERS,
  filterOrgs,
  isFiltering,
  parseFilters,
  parseSort,
  serializeDirectory,
  serializeFilters,
  sortOrgs,
  type FilterState,
  type SortKey,
} from '../../map/filters.ts';
import {
  filterFields,
  keepInAddress,
  readListedOrg,
  showActiveFilters,
  type ListedOrg,
} from '../../map/client/filter-form.ts';
import { downloadName, shownCsv, shownJson, type OrganizationsFile } from '../download.ts';

/** The interface text the page passes to this script (data-labels on [data-directory]). */
export interface DirectoryLabels {
  /** "{count} of {total} organizations shown", by the plural form of the count shown. */
  shown: { one: string; other: string };
  /** The filters' summary on a phone: how many are active. */
  active: { one: string; other: string };
}

/** Hands a text to the browser as a downloaded file. */
function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function startDirectory(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-directory-filters]');
  const found = root.querySelector<HTMLElement>('[data-org-list="all"]');
  if (!form || !found || root.dataset.directoryState) return;
  const list: HTMLElement = found;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as DirectoryLabels;
  const locale = root.dataset.locale ?? 'en';
  /** The map page, to which the filters are added. */
  const mapPath = root.dataset.mapPath ?? '';
  /** The directory's absolute address, the base of the link to copy. */
  const linkBase = root.dataset.linkBase ?? '';
  /** /data/organizations.json, what downloads are built from. */
  const openData = root.dataset.openData ?? '';
  // The main list holds every organization, in name order as built; the sections under it
  // (outside the region, location not known) hold some of them again.
  const rows: ListedOrg[] = [...list.querySelectorAll<HTMLElement>(':scope > li[data-org]')].map(readListedOrg);
  const groups = [...root.querySelectorAll<HTMLElement>('[data-directory-group]')];
  const fields = filterFields(form);
  const sortField = fields.field<HTMLSelectElement>('sort');
  const count = root.querySelector<HTMLElement>('[data-count-shown]')!;
  const activeCount = root.querySelector<HTMLElement>('[data-filters-active]')!;
  const none = root.querySelector<HTMLElement>('[data-list-none]')!;
  const mapLink = root.querySelector<HTMLAnchorElement>('[data-map-link]')!;
  const copyField = root.querySelector<HTMLInputElement>('[data-copy-name="directory-link"] [data-copy-field]');
  const total = rows.length;

  let state: FilterState = EMPTY_FILTERS;
  let sort: SortKey = 'name';
  let shown: ListedOrg[] = rows;

  const query = () => serializeDirectory(fields.read(), parseSort(`?sort=${encodeURIComponent(sortField.value)}`));

  /** Shows what the address selects, in its order, and brings the count and the links in step. */
  function apply(): void {
    state = parseFilters(location.search, fields.vocab);
    sort = parseSort(location.search);
    syncLanguageSwitch();
    shown = sortOrgs(filterOrgs(rows, state), sort);
    const visible = new Set(shown.map((r) => r.slug));
    for (const row of rows) row.el.hidden = !visible.has(row.slug);
    // Re-appending moves the items into the order asked for, with no other change to the page.
    list.append(...shown.map((r) => r.el), ...rows.filter((r) => !visible.has(r.slug)).map((r) => r.el));
    for (const group of groups) {
      const items = [...group.querySelectorAll<HTMLElement>('li[data-org]')];
      for (const li of items) li.hidden = !visible.has(li.dataset.org ?? '');
      // Sections with nothing left to show disappear while filtering; unfiltered, they stay as built.
      group.hidden = isFiltering(state) && !items.some((li) => !li.hidden);
    }
    none.hidden = shown.length > 0;
    count.textContent = countedText(locale, labels.shown, shown.length).replace('{total}', formatCount(locale, total));
    count.dataset.countShown = String(shown.length);
    showActiveFilters(activeCount, locale, labels.active, state);
    mapLink.href = mapPath + serializeFilters(state);
    // A filtered link opens on the list itself, below the page's head and the department table.
    const own = serializeDirectory(state, sort);
    if (copyField) copyField.value = linkBase + own + (own ? '#all' : '');
  }

  function restore(): void {
    fields.write(parseFilters(location.search, fields.vocab));
    sortField.value = parseSort(location.search);
    apply();
  }

  let file: Promise<OrganizationsFile> | undefined;
  async function download(kind: 'csv' | 'json'): Promise<void> {
    file ??= fetch(openData).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${openData}`);
      return r.json() as Promise<OrganizationsFile>;
    });
    const data = await file;
    const slugs = shown.map((r) => r.slug);
    const name = downloadName(state, kind);
    if (kind === 'csv') saveFile(shownCsv(data, slugs), name, 'text/csv;charset=utf-8');
    else saveFile(shownJson(data, slugs, linkBase + serializeDirectory(state, sort)), name, 'application/json');
  }

  root.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-download]');
    if (!link) return;
    e.preventDefault();
    download(link.dataset.download === 'json' ? 'json' : 'csv').catch((err: unknown) => {
      // The open-data file could not be read: give the whole file rather than nothing.
      console.warn('directory download:', err);
      location.assign(link.href);
    });
  });

  keepInAddress(form, {
    query,
    apply,
    restore,
    clear() {
      fields.write(EMPTY_FILTERS);
      sortField.value = 'name';
    },
  });
  root.dataset.directoryState = 'ready';
  // This script loads on first use: with filters in the address, the form shows them; without,
  // the form may already have been changed before it arrived, and the address follows it.
  if (location.search.length > 1) restore();
  else {
    if (query()) history.pushState(null, '', location.pathname + query() + location.hash);
    apply();
  }
}
