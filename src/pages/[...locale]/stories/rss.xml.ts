/** /stories/rss.xml and /fr/stories/rss.xml: the success stories as an RSS feed, in each language. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../model/constants.ts';
import { localePaths } from '../../../data/paths.ts';
import { storiesFeed } from '../../../data/stories-feed.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(await storiesFeed(props.locale), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
