/**
 * The performance budgets that `npm test` enforces (test/browser/budgets.test.ts),
 * in one place. Sizes are gzip bytes (node:zlib at its default level 6, close
 * to what static hosts and CDNs send) and 1 KB is 1,024 bytes.
 */

/**
 * JavaScript a content page (every page type but the map and its embed) may
 * load before its load event, without any interaction: the search box's loader
 * today. Anything bigger must load on demand (on focus, on click, when visible).
 */
export const EAGER_JS_MAX = 10 * 1024;

/**
 * A member page's HTML plus its stylesheets. A member page is text, a locator
 * map and a few links; this keeps it fast on a slow mobile connection.
 */
export const MEMBER_HTML_CSS_MAX = 30 * 1024;

/**
 * Cumulative layout shift while a page loads, before any interaction
 * (Core Web Vitals call 0.1 and below "good"). Scripts that change the page
 * after its first paint (the map's filters, the search page) must reserve
 * their space.
 */
export const LAYOUT_SHIFT_MAX = 0.1;

/**
 * What may be the largest contentful paint of the map page: the page's own
 * content (its heading and lead, the list, the static overview map, the
 * filters, their count line and the legends, all in the HTML), never the
 * interactive map's canvas, which is an enhancement that starts afterwards.
 */
export const MAP_LCP_REGIONS = [
  '.page-head',
  'h1',
  '[data-map-list]',
  '[data-map-static]',
  '[data-filters-box]',
  '[data-count-points]',
  '.map-legends',
];

/**
 * A phone-sized screen (Lighthouse's mobile emulation): the interactive map
 * sits below the first screen there, so MapLibre waits until it is scrolled to.
 */
export const PHONE_VIEWPORT = { width: 412, height: 823 };
