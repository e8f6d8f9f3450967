/** The RSS feed of success stories in a locale: French titles and summaries where a French file exists. */
import type { Locale } from '../model/constants.ts';
import { rssFeed } from '../site/rss.ts';
import { t } from '../i18n/index.ts';
import { loadStories } from './content.ts';
import { absoluteUrl } from './site-url.ts';

/** Where each language's feed is served. */
export const STORIES_FEED_PATH = '/stories/rss.xml';

export async function storiesFeed(locale: Locale): Promise<string> {
  const stories = await loadStories(locale);
  return rssFeed({
    title: `${t(locale, 'site.name')}: ${t(locale, 'stories.title')}`,
    link: absoluteUrl(locale, '/stories/'),
    description: t(locale, 'stories.lead'),
    language: locale,
    self: absoluteUrl(locale, STORIES_FEED_PATH),
    lastBuildDate: new Date(),
    items: stories.map((s) => ({
      title: s.data.title,
      description: s.data.summary,
      link: absoluteUrl(locale, `/stories/${s.id}/`),
    })),
  });
}
