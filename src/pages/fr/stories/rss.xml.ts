/** /fr/stories/rss.xml: the success stories as an RSS 2.0 feed, in French. */
import type { APIRoute } from 'astro';
import { storiesFeed } from '../../../data/stories-feed.ts';

export const GET: APIRoute = () => storiesFeed('fr');
