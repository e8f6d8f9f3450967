import { describe, expect, it } from 'vitest';
import { rssFeed, xmlText, type Feed } from '../../../src/site/rss.ts';

const feed = (items: Feed['items']): Feed => ({
  title: 'Stories & more',
  link: 'https://example.org/stories/',
  description: 'What came out of the cluster',
  language: 'en',
  self: 'https://example.org/stories/rss.xml?a=1&b=2',
  lastBuildDate: new Date(Date.UTC(2025, 5, 1, 12, 30, 0)),
  items,
});

const tricky = `R&D <imaging> "quoted" and it's done`;

describe('xmlText', () => {
  it('escapes the five XML special characters', () => {
    expect(xmlText(tricky)).toBe('R&amp;D &lt;imaging&gt; &quot;quoted&quot; and it&#39;s done');
  });
  it('drops control characters XML 1.0 forbids, keeps tabs and line breaks', () => {
    expect(xmlText('a\u0000b\u0007c\u000Bd\te\nf\rg')).toBe('abcd\te\nf\rg');
  });
});

describe('rssFeed', () => {
  const xml = rssFeed(
    feed([
      { title: tricky, link: 'https://example.org/stories/one/', description: `Summary with ${tricky}` },
      { title: 'Second', link: 'https://example.org/stories/two/', description: 'Plain' },
    ]),
  );

  it('is an RSS 2.0 document with the channel fields and a self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<title>Stories &amp; more</title>');
    expect(xml).toContain('<link>https://example.org/stories/</link>');
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain(
      '<atom:link href="https://example.org/stories/rss.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
  });

  it('writes the build date in RFC 822 form', () => {
    expect(xml).toContain('<lastBuildDate>Sun, 01 Jun 2025 12:30:00 GMT</lastBuildDate>');
  });

  it('escapes every item text: no raw & < > " or \' reaches the XML', () => {
    expect(xml).toContain(`<title>${xmlText(tricky)}</title>`);
    expect(xml).toContain(`<description>Summary with ${xmlText(tricky)}</description>`);
    expect(xml).not.toContain(tricky);
    // Outside tags and declarations, every & starts an entity.
    const text = xml.replace(/<[^>]*>/g, '');
    expect(text).not.toMatch(/[<>"']/);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  });

  it('lists the items in order, each with its link as a permanent guid and no made-up date', () => {
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(2);
    expect(items[1]).toContain('<link>https://example.org/stories/two/</link>');
    expect(items[1]).toContain('<guid isPermaLink="true">https://example.org/stories/two/</guid>');
    expect(xml).not.toContain('pubDate');
  });

  it('balances its elements', () => {
    const tags = [...xml.matchAll(/<(\/?)([a-zA-Z:]+)[^>]*?(\/?)>/g)];
    const open: string[] = [];
    for (const [, closing, name, selfClosing] of tags) {
      if (selfClosing) continue;
      if (closing) expect(open.pop()).toBe(name);
      else open.push(name!);
    }
    expect(open).toEqual([]);
  });
});
