/**
 * Every indexable HTML page of the site, by its unprefixed path (each exists
 * in every language): the fixed routes below plus the dynamic ones from the
 * same getStaticPaths functions the routes use. The sitemap reads this list;
 * a browser test checks it against the pages actually built, so a new route
 * missing here fails the tests. Not listed on purpose: the 404 pages and the
 * /embed/ pages (noindex, made to be framed by other sites).
 */
import { DEFAULT_LOCALE } from '../model/constants.ts';
import { areaPaths, departmentPaths, memberPaths, storyPaths } from './paths.ts';
import { sitePages } from './cluster.ts';

/** The routes without parameters (src/pages/…/index.astro), in navigation order. */
export const STATIC_PAGES = [
  '/',
  '/members/',
  '/map/',
  '/areas/',
  '/stories/',
  '/figures/',
  '/about/',
  '/search/',
  '/data/',
] as const;

/** The path prefixes that search engines should not index. */
export const NOINDEX_PREFIXES = ['/embed/'] as const;

/** Every page path: fixed routes (with /contact/ and /legal/ when they exist), then members, member lists by area and by department, areas, stories. */
export async function sitePagePaths(): Promise<string[]> {
  const english = <P extends { props: { locale: string } }>(paths: P[]) =>
    paths.filter((p) => p.props.locale === DEFAULT_LOCALE);
  const [members, areas, departments, stories, pages] = await Promise.all([
    memberPaths().then(english),
    areaPaths().then(english),
    departmentPaths().then(english),
    storyPaths().then(english),
    sitePages(),
  ]);
  return [
    ...STATIC_PAGES,
    // Only once content/site.json fills them.
    ...(pages.contact ? ['/contact/'] : []),
    ...(pages.legal ? ['/legal/'] : []),
    ...members.map((p) => `/members/${p.params.slug}/`),
    ...areas.map((p) => `/members/area/${p.params.slug}/`),
    ...departments.map((p) => `/members/department/${p.params.code}/`),
    ...areas.map((p) => `/areas/${p.params.slug}/`),
    ...stories.map((p) => `/stories/${p.params.slug}/`),
  ];
}
