/**
 * getStaticPaths for every route of src/pages/[...locale]/: one route file
 * per page type makes the page in every language. English pages have no
 * prefix (the `locale` parameter is undefined), French ones live under /fr/.
 * Entries are handed to the page already in its language, loaded once per
 * build and locale by ./content.ts.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../model/constants.ts';
import { loadAreas, loadDepartments, loadOrganizations, loadStories } from './content.ts';
import { sitePages } from './cluster.ts';

/** The route parameter of a locale: none for the default locale, "fr" for French. */
function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** One page per locale, for routes without other parameters; endpoints read `props.locale`. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/**
 * The pages in the locales other than the default one: the French 404 page
 * (the English one is src/pages/404.astro, which static hosts serve as 404.html).
 */
export function otherLocalePaths() {
  return localePaths().filter((p) => p.props.locale !== DEFAULT_LOCALE);
}

/** One page per item and locale, the item loaded in that locale. */
async function perLocale<T, P extends Record<string, string>, Props>(
  load: (locale: Locale) => Promise<readonly T[]>,
  page: (item: T) => { params: P; props: Props },
) {
  const paths = await Promise.all(
    LOCALES.map(async (locale) =>
      (await load(locale)).map((item) => {
        const { params, props } = page(item);
        return { params: { locale: localeParam(locale), ...params }, props: { locale, ...props } };
      }),
    ),
  );
  return paths.flat();
}

export const memberPaths = () =>
  perLocale(loadOrganizations, (org) => ({ params: { slug: org.slug }, props: { org } }));

export const areaPaths = () => perLocale(loadAreas, (area) => ({ params: { slug: area.id }, props: { area } }));

export const storyPaths = () => perLocale(loadStories, (story) => ({ params: { slug: story.id }, props: { story } }));

export const departmentPaths = () =>
  perLocale(
    () => loadDepartments(),
    (department) => ({ params: { code: department.code as string }, props: { department } }),
  );

/** /contact/ in every locale once content/site.json says how to reach the cluster; no page otherwise. */
export async function contactPaths() {
  return (await sitePages()).contact ? localePaths() : [];
}

/** /legal/ in every locale once content/site.json has the legal notice's required fields; no page otherwise. */
export async function legalPaths() {
  return (await sitePages()).legal ? localePaths() : [];
}
