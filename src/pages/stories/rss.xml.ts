/** /stories/rss.xml: the success stories as an RSS 2.0 feed, in English. */
import type { APIRoute } from 'astro';
import { storiesFeed } from '../../data/stories-feed.ts';

export const GET: APIRoute = async () =>
  new Response(await storiesFeed('en'), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
