/**
 * Descriptions of pages for search engines and link previews, made from
 * content: one or two plain sentences, no Markdown.
 */
import type { Locale } from '../model/constants.ts';

/** Markdown reduced to its words: links keep their text, emphasis and headings marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text's first paragraph, as the locale's rules cut sentences. */
export function firstSentence(markdown: string, locale: Locale): string {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  const text = plainText(paragraph);
  const first = new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment.trim();
}

/**
 * An organization's description: its kind and town, then the first sentence of
 * its text ("Research organization, Évry-Courcouronnes. Généthon is a research
 * centre for gene therapy of rare diseases.").
 */
export function organizationDescription(o: { kind: string; city?: string | undefined; body: string; locale: Locale }) {
  const head = [o.kind, o.city].filter(Boolean).join(', ');
  const sentence = firstSentence(o.body, o.locale);
  return sentence ? `${head}. ${sentence}` : `${head}.`;
}
