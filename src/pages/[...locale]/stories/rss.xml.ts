/** /stories/rss.xml and /fr/stories/rss.xml: the success stories as an RSS feed, in each language. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../model/constants.ts';
import { localePaths } from '../../../data/paths.ts';
import { storiesFeed } from '../../../data/stories-feed.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute<{ locale: Locale }> = ({ props }) => storiesFeed(props.locale);
