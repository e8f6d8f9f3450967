/** /fr/stories/rss.xml: the success stories as an RSS 2.0 feed, in French. */
import type { APIRoute } from 'astro';
import { storiesFeed } from '../../../data/stories-feed.ts';

export const GET: APIRoute = async () =>
  new Response(await storiesFeed('fr'), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
