/**
 * Sources are named in content in English, with what kind of page they are in
 * brackets: "ALA (press release)", "Medicen (competitiveness cluster page)".
 * The bracket is the editors' description, not the source's own words, so a
 * French page reads it in French; the name before it stays as published.
 */
import type { Locale } from '../model/constants.ts';

/** Each bracketed description used in content, in French. */
const KIND_FR: Readonly<Record<string, string>> = {
  'document archive': 'archive de documents',
  'press release': 'communiqué de presse',
  'competitiveness cluster page': 'page du pôle de compétitivité',
  blog: 'blog',
  'Inserm iPubli': 'Inserm iPubli',
};

/** A publisher or a title for a reader: its bracketed description in the page's language. */
export function sourceLabel(label: string, locale: Locale): string {
  if (locale === 'en') return label;
  return label.replace(/\(([^()]+)\)\s*$/, (whole, kind: string) => {
    const fr = KIND_FR[kind];
    return fr === undefined ? whole : `(${fr})`;
  });
}

/** The bracketed descriptions that have a French form, for the test that content uses no other. */
export const TRANSLATED_SOURCE_KINDS: readonly string[] = Object.keys(KIND_FR);
