/**
 * The RSS feed of success stories in a locale, written by @astrojs/rss:
 * French titles and summaries where a French file exists. The one place a
 * feed is built; the feed routes return its Response as it is.
 */
import rss from '@astrojs/rss';
import type { Locale } from '../model/constants.ts';
import { t } from '../i18n/index.ts';
import { escapeXml } from '../util/escape.ts';
import { loadStories } from './content.ts';
import { absoluteUrl } from './site-url.ts';

/** Where each language's feed is served. */
export const STORIES_FEED_PATH = '/stories/rss.xml';

/**
 * The feed as an RSS 2.0 response. The channel links to the stories page and
 * to itself (atom:link rel="self", which feed validators ask for). Items carry
 * the summary as plain text, and no pubDate: stories are dated by year only,
 * and a made-up day would be a false date; readers order new items by when
 * they first see them.
 */
export async function storiesFeed(locale: Locale): Promise<Response> {
  const stories = await loadStories(locale);
  const self = absoluteUrl(locale, STORIES_FEED_PATH);
  return rss({
    title: `${t(locale, 'site.name')}: ${t(locale, 'stories.title')}`,
    description: t(locale, 'stories.lead'),
    site: absoluteUrl(locale, '/stories/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${escapeXml(locale)}</language>`,
      `<lastBuildDate>${new Date().toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: stories.map((s) => ({
      title: s.data.title,
      description: s.data.summary,
      link: absoluteUrl(locale, `/stories/${s.id}/`),
    })),
  });
}
