/**
 * RSS 2.0 feeds, written by hand: the feed is a few lines of XML and a
 * dependency would add nothing but weight. Every string goes through
 * `xmlText`, so a title such as "R&D <imaging>" stays well-formed.
 */
import { escapeXml } from '../util/escape.ts';

export interface FeedItem {
  title: string;
  /** Absolute address of the item's page; also its permanent guid. */
  link: string;
  description: string;
}

export interface Feed {
  title: string;
  /** Absolute address of the page the feed follows. */
  link: string;
  description: string;
  /** The language code of the feed, e.g. "en" or "fr". */
  language: string;
  /** Absolute address of the feed itself (atom:link rel="self", which feed validators ask for). */
  self: string;
  /** When the feed was built. */
  lastBuildDate: Date;
  items: readonly FeedItem[];
}

/** Characters XML 1.0 forbids even when escaped (C0 controls but tab, line feed, carriage return). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or attribute. */
export function xmlText(text: string): string {
  return escapeXml(text.replace(FORBIDDEN, ''));
}

const element = (name: string, text: string, attrs = '') => `<${name}${attrs}>${xmlText(text)}</${name}>`;

function itemXml(item: FeedItem): string {
  return [
    '    <item>',
    `      ${element('title', item.title)}`,
    `      ${element('link', item.link)}`,
    `      ${element('guid', item.link, ' isPermaLink="true"')}`,
    `      ${element('description', item.description)}`,
    '    </item>',
  ].join('\n');
}

/**
 * An RSS 2.0 document. Items carry no pubDate: stories are dated by year
 * only, and a made-up day would be a false date; readers order new items by
 * when they first see them.
 */
export function rssFeed(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    ${element('title', feed.title)}`,
    `    ${element('link', feed.link)}`,
    `    ${element('description', feed.description)}`,
    `    ${element('language', feed.language)}`,
    `    ${element('lastBuildDate', feed.lastBuildDate.toUTCString())}`,
    `    <atom:link href="${xmlText(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...feed.items.map(itemXml),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
