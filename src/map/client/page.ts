/**
 * The map page's own script, small and loaded with the page: reads the
 * filters from the URL, filters the server-rendered list and the overview
 * map drawn at build (the same pure functions filter the interactive map),
 * keeps the URL and the back button in step, and starts the interactive map
 * when the visitor reaches for it: the mouse over the map, a click or a tap
 * on it (its "Explore the map" button for the keyboard), the mouse wheel, or
 * a "Show on the map" button. MapLibre and its CSS are a separate chunk,
 * imported then.
 *
 * Why not as soon as the map is on screen: MapLibre is about 440 KB gzip of
 * script and, on a machine without a graphics processor, hundreds of
 * milliseconds of main-thread work; the overview map already shows every
 * site at the first paint, so a visitor who only reads the page pays nothing.
 */
import { syncLanguageSwitch } from '../../i18n/client/lang-switch.ts';
import { isRegionDepartment } from '../../model/directory.ts';
import { countByDepartment, countSitesByKindGroup } from '../counts.ts';
import {
  EMPTY_FILTERS,
  filterOrgs,
  parseFilters,
  serializeDirectory,
  serializeFilters,
  type FilterState,
} from '../filters.ts';
import { mapEmbedCode } from '../embed.ts';
import { CHOROPLETH_COLORS, choroplethClass, choroplethRanges, choroplethShades } from '../palette.ts';
import type { MapLabels } from './labels.ts';
import { countedText } from '../../i18n/plural.ts';
import type { MapIsland } from './island.ts';
import { overview as overviewOf } from './overview.ts';
import { filterFields, keepInAddress, readListedOrg, showActiveFilters, type ListedOrg } from './filter-form.ts';

interface Row extends ListedOrg {
  /** The list group the item is in: a region department, "outside" or "unknown". */
  group: string;
  siteIds: number[];
}

function readRows(root: HTMLElement): Row[] {
  return [...root.querySelectorAll<HTMLElement>('li.map-org')].map((el) => ({
    ...readListedOrg(el),
    group: el.closest<HTMLElement>('[data-group]')?.dataset.group ?? '',
    siteIds: [...el.querySelectorAll<HTMLElement>('[data-site-id]')].map((s) => Number(s.dataset.siteId)),
  }));
}

let webgl: boolean | undefined;
/** Whether this browser can draw WebGL, tried once (with a throwaway context) and remembered. */
function hasWebGL(): boolean {
  return (webgl ??= tryWebGL());
}

function tryWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    // A test context only: let the browser free it now rather than when it is collected.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

export function startMapPage(): void {
  const root = document.querySelector<HTMLElement>('[data-map-root]');
  const form = root?.querySelector<HTMLFormElement>('[data-map-filters]');
  if (!root || !form) return;
  const locale = root.dataset.locale ?? 'en';
  const labels = JSON.parse(root.dataset.labels ?? '{}') as MapLabels;
  const rows = readRows(root);
  const fields = filterFields(form);
  const vocab = fields.vocab;
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const orgCount = root.querySelector<HTMLElement>('[data-count-orgs]')!;
  const pointCount = root.querySelector<HTMLElement>('[data-count-points]')!;
  const legend = root.querySelector<HTMLElement>('[data-choropleth-legend]')!;
  const none = root.querySelector<HTMLElement>('[data-list-none]')!;
  const frame = root.querySelector<HTMLElement>('[data-map-frame]')!;
  const message = root.querySelector<HTMLElement>('[data-map-message]')!;
  const explore = frame.querySelector<HTMLButtonElement>('[data-map-start]')!;
  const overview = overviewOf(frame.querySelector<SVGSVGElement>('svg.static-map')!);

  let state: FilterState = parseFilters(location.search, vocab);
  let island: MapIsland | undefined;
  const layer = fields.field<HTMLInputElement>('layer');

  function writeForm(s: FilterState): void {
    fields.write(s);
    layer.checked = s.choropleth;
  }

  const readForm = (): FilterState => ({ ...fields.read(), choropleth: layer.checked });

  /** Shows the matching organizations and updates the count, the legend and the map. */
  function apply(s: FilterState): void {
    syncLanguageSwitch();
    const visible = filterOrgs(rows, s);
    const shown = new Set(visible);
    for (const row of rows) row.el.hidden = !shown.has(row);
    for (const g of groups) {
      const key = g.dataset.group ?? '';
      // The region's department groups disappear when empty; the two lists under the map stay.
      if (key !== 'outside' && key !== 'unknown') g.hidden = !visible.some((r) => r.group === key);
    }
    none.hidden = visible.some((r) => isRegionDepartment(r.group));
    // An organization listed under two departments is one organization.
    const orgTotal = new Set(visible.map((r) => r.slug)).size;
    orgCount.textContent = countedText(locale, labels.orgs, orgTotal);
    orgCount.dataset.countOrgs = String(orgTotal);
    const points = island ? island.update(s) : visible.reduce((n, r) => n + r.siteIds.length, 0);
    pointCount.textContent = countedText(locale, labels.points, points);
    pointCount.dataset.countPoints = String(points);
    const counts = countByDepartment(visible);
    const max = Math.max(0, ...Object.values(counts));
    const shades = choroplethShades(counts);
    for (const li of legend.querySelectorAll<HTMLElement>('[data-dept]')) {
      const n = counts[li.dataset.dept as keyof typeof counts] ?? 0;
      li.dataset.count = String(n);
      li.querySelector<HTMLElement>('[data-dept-count]')!.textContent = String(n);
      li.querySelector<HTMLElement>('[data-swatch]')!.style.background = shades[li.dataset.dept as keyof typeof shades];
    }
    const ranges = choroplethRanges(max);
    for (const li of legend.querySelectorAll<HTMLElement>('[data-class]')) {
      const cls = Number(li.dataset.class);
      const range = ranges.find((r) => r.cls === cls);
      li.hidden = !range;
      if (!range) continue;
      li.querySelector<HTMLElement>('[data-swatch]')!.style.background = CHOROPLETH_COLORS[cls]!;
      li.querySelector<HTMLElement>('[data-class-range]')!.textContent =
        cls === 0 ? labels.classNone : range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
    }
    for (const li of legend.querySelectorAll<HTMLElement>('[data-class]')) {
      const n = Object.values(counts).filter((c) => choroplethClass(c, max) === Number(li.dataset.class)).length;
      li.querySelector<HTMLElement>('[data-class-depts]')!.textContent =
        `(${countedText(locale, labels.departments, n)})`;
    }
    const kinds = countSitesByKindGroup(visible);
    for (const el of root!.querySelectorAll<HTMLElement>('[data-kind-count]'))
      el.textContent = String(kinds[el.dataset.kindCount!] ?? 0);
    legend.hidden = !s.choropleth;
    showActiveFilters(activeCount, locale, labels.active, s);
    island?.setChoropleth(s.choropleth, counts);
    if (!island) {
      overview.update(s, new Set(visible.map((r) => r.slug)), s.choropleth ? shades : undefined);
    }
    shareView(s);
  }

  const copyField = (name: string) =>
    root!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-copy-name="${name}"] [data-copy-field]`);
  const linkField = copyField('map-link');
  const embedField = copyField('map-embed');
  const directoryLink = root.querySelector<HTMLAnchorElement>('[data-directory-link]');

  /** The link to copy, the embed code and the link to the directory carry the current filters. */
  function shareView(s: FilterState): void {
    const query = serializeFilters(s);
    if (linkField) linkField.value = labels.share.link + query;
    if (embedField) embedField.value = mapEmbedCode(labels.share.embed + query, labels.share.title);
    if (directoryLink) directoryLink.href = `${labels.share.directory}${serializeDirectory(s)}#all`;
  }

  const box = root.querySelector<HTMLDetailsElement>('[data-filters-box]')!;
  const activeCount = root.querySelector<HTMLElement>('[data-filters-active]')!;
  // Wide screens show the filters without their summary (CSS); open them there for browsers without ::details-content.
  if (matchMedia('(min-width: 52rem)').matches) box.open = true;
  box.hidden = false;
  writeForm(state);
  apply(state);
  root.dataset.listReady = '';
  keepInAddress(form, {
    query: () => serializeFilters(readForm()),
    apply() {
      state = parseFilters(location.search, vocab);
      apply(state);
    },
    restore() {
      state = parseFilters(location.search, vocab);
      writeForm(state);
      apply(state);
    },
    clear: () => writeForm(EMPTY_FILTERS),
  });

  root.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-show]');
    if (!button) return;
    for (const li of root.querySelectorAll('li.selected')) li.classList.remove('selected');
    button.closest('li.map-org')?.classList.add('selected');
    // On a phone the list is under the map: bring the map (and the popup it opens) into view.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    frame.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    void start().then(() => island?.show(Number(button.dataset.show), button));
  });

  // The keyboard's counterpart of hovering a point: focusing a site's button names it on the map.
  root.addEventListener('focusin', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-show]');
    island?.hint(button ? Number(button.dataset.show) : undefined);
  });
  root.addEventListener('focusout', () => island?.hint(undefined));

  const showMessage = (text: string) => {
    message.textContent = text;
    message.hidden = false;
  };

  const showButtons = () => root!.querySelectorAll<HTMLButtonElement>('button[data-show]');

  async function startIsland(): Promise<void> {
    if (!hasWebGL()) {
      noWebGL();
      return;
    }
    performance.mark('map:start');
    root!.dataset.mapState = 'loading';
    explore.textContent = labels.loading;
    explore.setAttribute('aria-disabled', 'true');
    try {
      const { createMapIsland } = await import('./island.ts');
      island = await createMapIsland({ root: root!, frame, labels, state });
      const hadFocus = document.activeElement === explore;
      explore.hidden = true;
      // The keyboard user who pressed "Explore the map" lands on the map itself (arrows pan, + and - zoom).
      if (hadFocus) island.map.getCanvas().focus({ preventScroll: true });
      for (const b of showButtons()) b.hidden = false;
      apply(state);
      root!.dataset.mapState = 'ready';
    } catch (err) {
      root!.dataset.mapState = 'error';
      explore.hidden = true;
      showMessage(labels.loadError);
      console.warn('map:', err);
    }
  }

  let starting: Promise<void> | undefined;
  /** Starts the interactive map, once; resolves when it is ready (or could not start). */
  const start = (): Promise<void> => (starting ??= startIsland());

  function noWebGL(): void {
    root!.dataset.mapState = 'no-webgl';
    explore.hidden = true;
    for (const b of showButtons()) b.hidden = true;
    showMessage(labels.noWebgl);
  }

  // What says the visitor reaches for the map. A finger scrolling the page over it is not a tap, and
  // starts nothing; a tap or a click is (the "Explore the map" button is inside the frame).
  frame.addEventListener('pointerenter', (e) => {
    if (e.pointerType === 'mouse') void start();
  });
  frame.addEventListener('wheel', () => void start(), { passive: true });
  frame.addEventListener('click', () => void start());

  // Whether the map can start at all is known once the page is idle: without WebGL its buttons stay
  // hidden (they hold their place until then, so nothing moves) and the message says why.
  const whenIdle = (task: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 1500 }) : setTimeout(task, 200);
  const onLoad = () =>
    whenIdle(() => {
      if (starting) return;
      if (!hasWebGL()) return noWebGL();
      explore.hidden = false;
      for (const b of showButtons()) b.hidden = false;
    });
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
}
